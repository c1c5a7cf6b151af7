import { TCVN3_TO_UNICODE } from './tcvn3Table';

/**
 * Detection of Vietnamese text typed in the legacy TCVN3 (ABC, ".Vn*" fonts) or VNI ("VNI-*" fonts)
 * encodings and pasted into Excel, where it shows as mojibake: "KÕ ho¹ch thùc hiÖn" (TCVN3) or
 * "Keá hoaïch thöïc hieän" (VNI). Markers from ../shared/reference/domain.md §3 (tables checked against
 * https://dothanhlong.org/unicode-va-ma-hoa-ky-tu-cu-cua-viet-nam/).
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

// Characters only TCVN3 produces (đ â ê ô ơ ư ă and the tones of a); VNI never does. TCVN3 also produces
// ñ, Ö, å …, which VNI uses too, so those decide nothing on their own.
const TCVN3_MARKERS = /[®©ª«¬\u00ad¸µ¶·¹¨§¡¢£¤¥¦]/gu;
// VNI writes a base vowel followed by a tone or hat byte; đ is ñ and ư is ö.
const VNI_MARKERS = /[aeiouyAEIOUY][ùøûõïâêåäëæ]|[ñöÑÖ]/gu;
// Characters Unicode Vietnamese never uses (VNI's đ ư and tone bytes ñ ö ø ï û …, TCVN3's ® ¸ ¹ …).
const ANY_MARKER = /[®©ª«¬\u00ad¸µ¶·¹¨§¡¢£¤¥¦ñöøïûåäëæÑÖØÏÛ]/u;
const UNICODE_VIETNAMESE = /[\u1ea0-\u1ef9ăđơưĂĐƠƯ]/gu;

/**
 * The legacy encoding the text appears to be in, or undefined for Unicode (or too little text to tell).
 * @example detectLegacyEncoding('KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh') === 'tcvn3'
 * @example detectLegacyEncoding('Keá hoaïch thöïc hieän') === 'vni'
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  // Most cells are plain Unicode: one scan that stops at the first marker rules them out cheaply.
  if (!ANY_MARKER.test(text)) return undefined;
  const unicode = count(text, UNICODE_VIETNAMESE);
  const tcvn3 = count(text, TCVN3_MARKERS);
  const vni = count(text, VNI_MARKERS);
  if (tcvn3 >= 2 && tcvn3 > unicode) return 'tcvn3';
  if (vni >= 3 && vni > unicode) return 'vni';
  return undefined;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const TCVN3 = new Map(TCVN3_TO_UNICODE);

/**
 * The Unicode text a TCVN3 cell was meant to be (VNI is not converted yet: its two-character sequences need
 * a longest-match table of its own, see ../shared/reference/domain.md §3.2).
 * @example convertTcvn3('KÕ ho¹ch thùc hiÖn') === 'Kế hoạch thực hiện'
 */
export function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out.normalize('NFC');
}
