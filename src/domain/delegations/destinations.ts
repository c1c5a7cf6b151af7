import { foldKey, normalizeText } from '../text';
import type { Destination } from './schema';

/** Names of regions that list their countries in brackets; compared folded. */
const REGIONS = [
  'châu âu',
  'châu á',
  'châu mỹ',
  'châu phi',
  'châu úc',
  'châu đại dương',
  'bắc âu',
  'tây âu',
  'đông âu',
  'nam âu',
  'trung âu',
  'bắc mỹ',
  'nam mỹ',
  'mỹ latinh',
  'mỹ la tinh',
  'trung đông',
  'đông nam á',
  'đông bắc á',
  'nam á',
  'trung á',
  'tây á',
  'asean',
  'eu',
  'liên minh châu âu',
  'một số nước',
  'các nước',
].map(foldKey);

const LIST_SEPARATOR = /\s*[,;\n]\s*|\s+[-–]\s+|\s+và\s+/u;
const SEPARATOR_AT = new RegExp(LIST_SEPARATOR.source, 'uy');

/**
 * The countries a "Nơi đến" cell names. "Châu Âu (Pháp, Hà Lan, Đan Mạch)" is three countries of a region;
 * "Hồng Công (Trung Quốc)" is a place in one country; "Lào, Campuchia" and "Nhật Bản - Hàn Quốc" are two.
 * @example parseDestinations('Châu Âu (Pháp, Hà Lan)').map((d) => d.country) → ['Pháp', 'Hà Lan']
 */
export function parseDestinations(text: string): Destination[] {
  const destinations: Destination[] = [];
  for (const piece of topLevelPieces(normalizeText(text))) {
    const bracket = /^(.*?)\s*\((.*)\)\s*\.?$/su.exec(piece);
    if (!bracket) {
      const name = clean(piece);
      if (name !== '') destinations.push({ country: name });
      continue;
    }
    const outer = clean(bracket[1] ?? '');
    const inner = (bracket[2] ?? '').split(LIST_SEPARATOR).map(clean).filter(Boolean);
    if (REGIONS.includes(foldKey(outer)) || outer === '') {
      for (const country of inner) destinations.push({ country, ...(outer ? { region: outer } : {}) });
    } else if (inner.length === 1) {
      destinations.push({ country: inner[0] as string, place: outer });
    } else {
      // "Hoa Kỳ (Texas, California)": places of one country.
      destinations.push({ country: outer });
    }
  }
  return destinations;
}

/** The cell cut at separators outside brackets. */
function topLevelPieces(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    SEPARATOR_AT.lastIndex = i;
    const separator = SEPARATOR_AT.exec(text);
    if (!separator) continue;
    pieces.push(text.slice(start, i));
    start = i + separator[0].length;
    i = start - 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function clean(name: string): string {
  return name.replace(/^[-–•+*\s]+|[.;:\s]+$/gu, '').trim();
}
