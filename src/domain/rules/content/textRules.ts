import type { Field } from '../../schema';
import { FIELDS } from '../../schema';
import {
  bareLetters,
  convertLegacy,
  detectLegacyEncoding,
  hasNonVietnameseLetter,
  hasStraySpaces,
  isVietnameseWord,
  normalizeText,
  oddWords,
} from '../../text';
import type { FieldCell } from '../fieldCells';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding, RuleInput } from '../types';

// Every text column; TT holds numbering, which the numbering rules check.
const TEXT_FIELDS: readonly Field[] = FIELDS.filter((field) => field !== 'tt');

function eachCell(
  input: RuleInput,
  test: (cell: FieldCell) => RuleFinding['data'] | undefined,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const field of TEXT_FIELDS)
    for (const cell of fieldCells(input, field)) {
      const data = test(cell);
      if (data) findings.push({ ...atCell(cell), data: { field, ...data } });
    }
  return findings;
}

/**
 * Text typed in the legacy TCVN3 or VNI encodings: it prints as mojibake and matches nothing. The finding
 * carries the converted Unicode text as its suggestion.
 */
export const legacyEncoding: Rule = {
  meta: {
    code: 'legacy-encoding',
    severity: 'warning',
    title: { vi: 'Chữ dùng bảng mã cũ', en: 'Legacy encoding' },
    columns: TEXT_FIELDS,
  },
  check: (input) =>
    eachCell(input, (cell) => {
      const encoding = detectLegacyEncoding(cell.text);
      if (!encoding) return undefined;
      return { encoding, text: cell.text, suggestion: convertLegacy(cell.text, encoding) };
    }),
};

/** Decomposed Unicode (NFD, from Unikey "tổ hợp", macOS or PDF copies): looks right, sorts and searches wrong. */
export const nonNfcText: Rule = {
  meta: {
    code: 'non-nfc-text',
    severity: 'info',
    title: { vi: 'Chữ Unicode tổ hợp', en: 'Decomposed Unicode' },
    columns: TEXT_FIELDS,
  },
  check: (input) => eachCell(input, (cell) => (cell.raw !== cell.text ? {} : undefined)),
};

/**
 * A letter that has no place in the Vietnamese text and looks like one that does (see oddWords): a Cyrillic
 * "Т" in "BТС", "Ð" for "Đ", a stray glyph ("định kǶ", 6225/BVHTTDL 2025), a foreign letter in a Vietnamese
 * word ("Đắk Låk" where the document writes "Đắk Lắk"). The text reads right on screen and in print but no
 * search, filter or per-agency list finds it. Text in a legacy encoding is legacy-encoding's.
 */
export const oddLetter: Rule = {
  meta: {
    code: 'odd-letter',
    severity: 'warning',
    title: { vi: 'Chữ cái lạ', en: 'Odd letter' },
    columns: TEXT_FIELDS,
  },
  check: (input) => {
    const cells: Array<{ field: Field; cell: FieldCell }> = [];
    for (const field of TEXT_FIELDS)
      for (const cell of fieldCells(input, field))
        if (hasNonVietnameseLetter(cell.text) && !detectLegacyEncoding(cell.text))
          cells.push({ field, cell });
    if (cells.length === 0) return [];
    const known = documentSpellings(input, cells);
    return cells.flatMap(({ field, cell }) =>
      oddWords(cell.text, (bare) => known.get(bare)).map((odd) => ({
        ...atCell(cell),
        data: {
          field,
          word: odd.word,
          letters: odd.letters.join(' '),
          kind: odd.kind,
          ...(odd.meant !== undefined ? { meant: odd.meant } : {}),
        },
      })),
    );
  },
};

/**
 * The document's own Vietnamese spelling of each word the odd cells hold, by its bare letters ("lak" →
 * "Lắk"): read only when a cell has an odd letter, and only for those words.
 */
function documentSpellings(input: RuleInput, odd: ReadonlyArray<{ cell: FieldCell }>): Map<string, string> {
  const wanted = new Set<string>();
  for (const { cell } of odd)
    for (const [word] of cell.text.matchAll(/\p{L}+/gu))
      if (!isVietnameseWord(word)) wanted.add(bareLetters(word));
  const spellings = new Map<string, string>();
  for (const field of TEXT_FIELDS)
    for (const cell of fieldCells(input, field))
      for (const [word] of cell.text.matchAll(/\p{L}+/gu)) {
        const bare = bareLetters(word);
        if (wanted.has(bare) && !spellings.has(bare) && isVietnameseWord(word)) spellings.set(bare, word);
      }
  return spellings;
}

/** Spaces at either end of a cell or doubled inside it (line breaks are the officer's layout and stay). */
export const extraWhitespace: Rule = {
  meta: {
    code: 'extra-whitespace',
    severity: 'info',
    title: { vi: 'Khoảng trắng thừa', en: 'Extra whitespace' },
    columns: TEXT_FIELDS,
  },
  check: (input) => eachCell(input, (cell) => (hasStraySpaces(cell.text) ? {} : undefined)),
};

/**
 * A text cell starting with "=", or with + - @ followed by something other than a space: Excel, and every
 * copy the add-in writes, would take it for a formula. The add-in writes such text literally; the officer
 * may prefer to reword it.
 */
// "=…" always; "+", "-", "@" only when a formula could follow ("-5%", "+84…", "@Sở"): a Word bullet "- Tổ
// chức …" (a sign, a space, then words) is the document's list, not a formula in waiting (issue 11); a sign
// alone ("-" for "none" in a partner cell, session 21 probe) is plain text to Excel too.
const FORMULA_LIKE = /^(?:=|[+\-@](?=\S))/u;

export const formulaLikeText: Rule = {
  meta: {
    code: 'formula-like-text',
    severity: 'info',
    title: { vi: 'Chữ giống công thức', en: 'Formula-like text' },
    columns: TEXT_FIELDS,
  },
  check: (input) =>
    eachCell(input, (cell) => (FORMULA_LIKE.test(cell.text) ? { first: cell.text.charAt(0) } : undefined)),
};

/**
 * The same task text twice under one heading (after NFC, whitespace and case normalisation). Under two
 * headings it is the document's plan: Huế 188/KH-UBND 2026 gives each of its four regions the same
 * "Nâng cấp, đầu tư các hạ tầng du lịch cơ bản …" and household-guidance tasks, each with its own places.
 */
export const duplicateTask: Rule = {
  meta: {
    code: 'duplicate-task',
    severity: 'warning',
    title: { vi: 'Nhiệm vụ trùng lặp', en: 'Duplicate task' },
    columns: ['task'],
  },
  check: (input) => {
    // Keyed by heading, then by text: no key string built per task.
    const first = new Map<number | null, Map<string, { row: number; lead: string }>>();
    const findings: RuleFinding[] = [];
    const { tasks } = input.appendix;
    for (const cell of fieldCells(input, 'task')) {
      const task = tasks[cell.taskIndex];
      const parent = task?.parentRow ?? null;
      let underParent = first.get(parent);
      if (!underParent) first.set(parent, (underParent = new Map()));
      const text = normalizeText(cell.text).toLowerCase();
      const lead = normalizeText(task?.lead ?? '').toLowerCase();
      const earlier = underParent.get(text);
      if (earlier === undefined) underParent.set(text, { row: cell.rowNumber, lead });
      // The same work given to another body ("Xây dựng kế hoạch triển khai" for each department, session 21
      // probe) is each body's own part: a note, in case a copied row kept its text by mistake.
      else if (lead !== '' && earlier.lead !== '' && lead !== earlier.lead)
        findings.push({
          ...atCell(cell),
          severity: 'info',
          data: { firstRow: earlier.row, otherLead: true },
        });
      else findings.push({ ...atCell(cell), data: { firstRow: earlier.row } });
    }
    return findings;
  },
};

// "Kế hoạch đầu tư công trung hạn giai đoạn 2020 - 2025", "Kế hoạch phát triển kinh tế - xã hội 5 năm
// 2021-2025": a medium-term or five-year plan named with its years.
const mayNameFiveYearPlan = (text: string) =>
  ['rung h', 'RUNG H', '5 n', '5 N'].some((part) => text.includes(part));
const FIVE_YEAR_PLAN = /(?:trung hạn|\b0?5 năm)[^.;:\n\d]{0,40}?(\d{4})\s*[-–—]\s*(\d{4})/giu;

/**
 * A five-year plan named with a period that is no five-year cycle. Medium-term public investment plans
 * and five-year socio-economic plans run 2016–2020, 2021–2025, 2026–2030 (Luật Đầu tư công
 * 39/2019/QH14: the medium-term plan is made for five years, with the five-year socio-economic plan; e.g.
 * Nghị quyết 51/NQ-HĐND 2022 of Vĩnh Long "… trung hạn … giai đoạn 2021-2025"): "giai đoạn 2020 - 2025"
 * (175/NQ-CP 2023) names a plan that does not exist.
 */
export const fiveYearPeriod: Rule = {
  meta: {
    code: 'five-year-period',
    severity: 'warning',
    title: { vi: 'Giai đoạn kế hoạch 5 năm chưa đúng', en: 'Five-year period off the cycle' },
    columns: TEXT_FIELDS,
  },
  check: (input) =>
    eachCell(input, (cell) => {
      // Most cells name no such plan: a test on the raw text (its ASCII part reads the same in NFC and NFD)
      // spares normalising them.
      if (!mayNameFiveYearPlan(cell.text)) return undefined;
      for (const match of cell.text.normalize('NFC').matchAll(FIVE_YEAR_PLAN)) {
        const start = Number(match[1]);
        const end = Number(match[2]);
        if (end - start === 4 && start % 5 === 1) continue;
        const cycle = likelyCycle(start, end);
        return { period: `${start} - ${end}`, expected: `${cycle} - ${cycle + 4}`, text: match[0] };
      }
      return undefined;
    }),
};

/** First year of the five-year cycle (2021, 2026 …) sharing the most years with start–end. */
function likelyCycle(start: number, end: number): number {
  const cycleOf = (year: number) => year - ((year + 4) % 5);
  const overlap = (first: number) => Math.min(end, first + 4) - Math.max(start, first) + 1;
  const [a, b] = [cycleOf(start), cycleOf(end)];
  return overlap(b) > overlap(a) ? b : a;
}
