import type { Field } from '../../schema';
import { composed, romanValue } from '../../text';
import type { FieldCell } from '../fieldCells';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding, RuleInput } from '../types';

/**
 * The cells of the columns the header did not name ("Nội dung chính", "Tình trạng"): the document's own
 * wording too. Each task's first row, as read; a text merged down over several tasks comes to each of
 * them, so the same text as the task above's in that column is that one cell, read once.
 */
function extraCells(input: RuleInput): FieldCell[] {
  const { appendix } = input;
  const cells: FieldCell[] = [];
  appendix.tasks.forEach((task, taskIndex) => {
    const above = appendix.tasks[taskIndex - 1];
    for (const { column, title } of appendix.extraColumns) {
      const raw = task.extra[title] ?? '';
      if (raw.trim() === '' || above?.extra[title] === raw) continue;
      const cell = `${column}${task.rows[0]}`;
      cells.push({ rowNumber: task.rows[0], column, cell, text: composed(raw), raw, taskIndex });
    }
  });
  return cells;
}

const WORDED_FIELDS: readonly Field[] = ['task', 'time', 'product', 'note'];

// "từ tháng đến tháng 4 năm sau" (2530/QĐ-TTg 2025): the first month of a range left blank; "… đến tháng
// năm sau", the second. A month, day or quarter word must carry its number.
// "\b" is ASCII-only in JavaScript: a letter boundary is spelled out ("đến" starts with a non-ASCII letter).
const BLANK_NUMBER =
  /(?<!\p{L})(?:từ\s+(?:ngày|tháng|quý)\s+(?:đến|tới)\s|(?:đến|tới)\s+(?:ngày|tháng|quý)\s+(?=năm\s+(?:sau|tới)(?!\p{L})|[,;.)]|$))/iu;

/**
 * A number left blank in a range of dates: "tăng tần suất vệ sinh đường từ tháng đến tháng 4 năm sau"
 * (2530/QĐ-TTg 2025, Phụ lục 2: the document's footnote gives months 10 to 3). Read wherever the document
 * words a task: its text, time, product, note and the columns the header did not name.
 */
export const numberLeftBlank: Rule = {
  meta: {
    code: 'number-left-blank',
    severity: 'warning',
    title: { vi: 'Bỏ trống số ngày, tháng', en: 'Date number left blank' },
    columns: WORDED_FIELDS,
  },
  check: (input) => {
    const cells = [...WORDED_FIELDS.flatMap((field) => fieldCells(input, field)), ...extraCells(input)];
    return cells.flatMap((cell): RuleFinding[] => {
      const text = cell.text.normalize('NFC');
      const match = BLANK_NUMBER.exec(text);
      if (!match) return [];
      return [{ ...atCell(cell), data: { text: around(text, match.index, match[0].length) } }];
    });
  },
};

/** The words around a span, for the message: up to about 40 characters either side, cut at words. */
function around(text: string, start: number, length: number): string {
  const before = text.slice(Math.max(0, start - 40), start).replace(/^\S*\s/u, '');
  const after = text.slice(start + length, start + length + 40).replace(/\s\S*$/u, '');
  return `${before}${text.slice(start, start + length)}${after}`.replace(/\s+/gu, ' ').trim();
}

// "03 nền tảng: (1) …; (2) …", "gồm 04 nhóm giải pháp như sau: 1) …": a count written as digits (the
// administrative style pads it, "03"), up to four words naming what is counted, then the list.
const STATED_COUNT =
  /(?:^|[\s(])0?([2-9]|1\d)\s+((?:[\p{L}/]+\s+){0,3}[\p{L}/]+)\s*(?:gồm|bao gồm|như sau)?\s*:/gu;
// "(1)", "1)", "(i)", "i)" — the markers of an enumerated list inside a cell.
const MARKER = /(?:^|[\s(;:,.])\(?(\d{1,2}|[ivx]{1,4})\)/gu;

/**
 * A task that announces a number of items and lists another: "Triển khai xây dựng 03 nền tảng: (1) …; (2)
 * …" (6225/BVHTTDL-VP 2025) — the third is missing, or the count is wrong. Only a list numbered (1), (2) …
 * right after the count is compared, up to the point its numbering starts again.
 */
export const statedCountMismatch: Rule = {
  meta: {
    code: 'stated-count-mismatch',
    severity: 'warning',
    title: { vi: 'Số lượng nêu không khớp với liệt kê', en: 'Stated count differs from the list' },
    columns: ['task'],
  },
  check: (input) =>
    fieldCells(input, 'task').flatMap((cell): RuleFinding[] => {
      if (!cell.text.includes(':') || !cell.text.includes(')')) return [];
      const text = cell.text.normalize('NFC');
      for (const match of text.matchAll(STATED_COUNT)) {
        const stated = Number(match[1]);
        const listed = listedItems(text.slice((match.index ?? 0) + match[0].length));
        if (listed >= 2 && listed !== stated)
          return [{ ...atCell(cell), data: { stated, listed, what: match[2] ?? '' } }];
      }
      return [];
    }),
};

/**
 * How many items a list numbered (1), (2) … holds at the start of the text: 0 when the text does not
 * start with its first marker (within a few characters), else the markers counted in order until the
 * numbering breaks.
 */
function listedItems(text: string): number {
  let count = 0;
  for (const match of text.matchAll(MARKER)) {
    const raw = (match[1] ?? '').toLowerCase();
    const value = /^\d/u.test(raw) ? Number(raw) : romanValue(raw);
    if (count === 0 && (value !== 1 || (match.index ?? 0) > 6)) return 0;
    if (value !== count + 1) break;
    count = value;
  }
  return count;
}
