import { romanNumeral } from '../domain';
import type { XmlNode } from './wordXml';
import { attributeOf, childNamed, childrenOf, descendantsNamed, tagOf } from './wordXml';

interface Level {
  start: number;
  format: string;
  text: string;
}

/**
 * Word's automatic numbering (word/numbering.xml): the "1.", "1.1.", "a)" Word draws before a paragraph
 * and keeps out of its text. A plan numbered so would lose its outline without them.
 */
export class WordNumbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: readonly XmlNode[]) {
    const abstracts = new Map<string, Level[]>();
    for (const abstract of descendantsNamed(numberingXml, 'w:abstractNum'))
      abstracts.set(attributeOf(abstract, 'w:abstractNumId') ?? '', levelsOf(abstract));
    for (const num of descendantsNamed(numberingXml, 'w:num')) {
      const abstractId = attributeOf(childNamed(num, 'w:abstractNumId') ?? {}, 'w:val') ?? '';
      const levels = (abstracts.get(abstractId) ?? []).map((level) => ({ ...level }));
      for (const override of childrenOf(num).filter((n) => tagOf(n) === 'w:lvlOverride')) {
        const ilvl = Number(attributeOf(override, 'w:ilvl') ?? 0);
        const start = attributeOf(childNamed(override, 'w:startOverride') ?? {}, 'w:val');
        const level = levels[ilvl];
        if (level && start !== undefined) level.start = Number(start);
      }
      this.levels.set(attributeOf(num, 'w:numId') ?? '', levels);
    }
  }

  /**
   * The label Word shows for the next paragraph of list `numId` at level `ilvl`, counting it: "1.2.",
   * "b)", "III." ("-" for a bullet); '' when the list is unknown or numbering is switched off (numId 0).
   */
  next(numId: string, ilvl: number): string {
    const levels = this.levels.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level) return '';
    const counts = this.counters.get(numId) ?? levels.map((l) => l.start - 1);
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++)
      counts[deeper] = (levels[deeper]?.start ?? 1) - 1;
    this.counters.set(numId, counts);
    if (level.format === 'bullet' || level.format === 'none') return level.format === 'bullet' ? '-' : '';
    return level.text.replace(/%(\d)/gu, (_, n: string) => {
      const at = Number(n) - 1;
      return formatNumber(Math.max(counts[at] ?? 1, levels[at]?.start ?? 1), levels[at]?.format ?? 'decimal');
    });
  }
}

function levelsOf(abstract: XmlNode): Level[] {
  const levels: Level[] = [];
  for (const lvl of childrenOf(abstract).filter((n) => tagOf(n) === 'w:lvl')) {
    const ilvl = Number(attributeOf(lvl, 'w:ilvl') ?? 0);
    levels[ilvl] = {
      start: Number(attributeOf(childNamed(lvl, 'w:start') ?? {}, 'w:val') ?? 1),
      format: attributeOf(childNamed(lvl, 'w:numFmt') ?? {}, 'w:val') ?? 'decimal',
      text: attributeOf(childNamed(lvl, 'w:lvlText') ?? {}, 'w:val') ?? '',
    };
  }
  return Array.from(levels, (level) => level ?? { start: 1, format: 'decimal', text: '' });
}

/** @example formatNumber(4, 'upperRoman') === 'IV'; formatNumber(2, 'lowerLetter') === 'b' */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
    case 'lowerRoman': {
      const out = romanNumeral(n);
      return format === 'upperRoman' ? out : out.toLowerCase();
    }
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    default:
      return String(n);
  }
}
