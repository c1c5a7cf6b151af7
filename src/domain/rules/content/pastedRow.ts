import type { AgencyMention } from '../../agencies';
import { splitAgencies } from '../../agencies';
import { parseTimeframe } from '../../timeframe';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding } from '../types';

// A year, or a range of years, as a time column writes it: "2026-2030", "2026 - 2030", "2025".
const YEARS = /(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)/gu;
// Mid-sentence, a capital right after a lower-case word and a space: where a glued cell may begin.
const CAPITAL_AFTER_WORD = /(?<=\p{Ll}) (?=\p{Lu})/gu;

/**
 * A task's text that ends with the other cells of a row — two agencies run together, then a time — as a
 * table pasted from Word leaves them when its cells merge: "… phát triển các ngành công nghệ cao, công
 * nghiệp mới nổi Sở Tài chính Các sở, ban, ngành và địa phương liên quan 2026-2030 Chương trình Ngân
 * sách." (104/CTr-TU Lào Cai 2026, whose lead column names another body). Who leads is then unclear.
 * Only what reads wholly as registry bodies or collectives, glued to the sentence with no punctuation and
 * followed by a year, counts: "… của UBND tỉnh giai đoạn 2026-2030" names one body and words, not a row.
 */
export const rowInTaskCell: Rule = {
  meta: {
    code: 'row-in-task-cell',
    severity: 'warning',
    title: { vi: 'Ô nhiệm vụ lẫn nội dung các cột khác', en: 'Task cell holds other columns' },
    columns: ['task'],
  },
  check: (input) => {
    const context = { province: input.appendix.plan.province ?? null };
    return fieldCells(input, 'task').flatMap((cell): RuleFinding[] => {
      const { text } = cell;
      const years = [...text.matchAll(YEARS)];
      if (years.length === 0) return [];
      for (const capital of text.matchAll(CAPITAL_AFTER_WORD)) {
        const start = capital.index + 1;
        const year = years.find((y) => y.index > start);
        if (!year) break;
        const between = text.slice(start, year.index).trimEnd();
        if (!gluedAgencies(splitAgencies(between, input.registry, context), between.length)) continue;
        if (parseTimeframe(year[0]).parts.every((part) => part.kind === 'unparsed')) continue;
        return [{ ...atCell(cell), data: { text: text.slice(start).trim() } }];
      }
      return [];
    });
  },
};

/** Two bodies or more, all known, covering the text, the second run on to the first without a separator. */
function gluedAgencies(mentions: readonly AgencyMention[], length: number): boolean {
  return (
    mentions.length >= 2 &&
    mentions[0]?.start === 0 &&
    (mentions[mentions.length - 1]?.end ?? 0) >= length &&
    mentions.every((m) => m.entry !== undefined) &&
    mentions[1]?.runsOn === true
  );
}
