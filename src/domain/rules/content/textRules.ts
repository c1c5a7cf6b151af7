import type { Field } from '../../schema';
import { FIELDS } from '../../schema';
import { convertLegacy, detectLegacyEncoding, normalizeText } from '../../text';
import type { FieldCell } from '../fieldCells';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding, RuleInput } from '../types';

// Every text column; TT holds numbering, which the numbering rules check.
const TEXT_FIELDS: readonly Field[] = FIELDS.filter((field) => field !== 'tt');

function eachCell(
  input: RuleInput,
  test: (cell: FieldCell) => RuleFinding['data'] | undefined,
): RuleFinding[] {
  return TEXT_FIELDS.flatMap((field) =>
    fieldCells(input, field).flatMap((cell) => {
      const data = test(cell);
      return data ? [{ ...atCell(cell), data: { field, ...data } }] : [];
    }),
  );
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
  check: (input) => eachCell(input, (cell) => (cell.text !== cell.text.normalize('NFC') ? {} : undefined)),
};

const STRAY_SPACE = /^[ \t\u00a0]|[ \t\u00a0]$|[ \t\u00a0]{2,}/u;

/** Spaces at either end of a cell or doubled inside it (line breaks are the officer's layout and stay). */
export const extraWhitespace: Rule = {
  meta: {
    code: 'extra-whitespace',
    severity: 'info',
    title: { vi: 'Khoảng trắng thừa', en: 'Extra whitespace' },
    columns: TEXT_FIELDS,
  },
  check: (input) => eachCell(input, (cell) => (STRAY_SPACE.test(cell.text) ? {} : undefined)),
};

/**
 * A text cell starting with "=", or with + - @ followed by something other than a space: Excel, and every
 * copy the add-in writes, would take it for a formula. The add-in writes such text literally; the officer
 * may prefer to reword it.
 */
// "=…" always; "+", "-", "@" only when a formula could follow ("-5%", "+84…", "@Sở"): a Word bullet "- Tổ
// chức …" (a sign, a space, then words) is the document's list, not a formula in waiting (issue 11).
const FORMULA_LIKE = /^(?:=|[+\-@](?!\s))/u;

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

/** The same task text twice (after NFC, whitespace and case normalisation). */
export const duplicateTask: Rule = {
  meta: {
    code: 'duplicate-task',
    severity: 'warning',
    title: { vi: 'Nhiệm vụ trùng lặp', en: 'Duplicate task' },
    columns: ['task'],
  },
  check: (input) => {
    const first = new Map<string, number>();
    return fieldCells(input, 'task').flatMap((cell) => {
      const key = normalizeText(cell.text).toLowerCase();
      const firstRow = first.get(key);
      if (firstRow === undefined) {
        first.set(key, cell.rowNumber);
        return [];
      }
      return [{ ...atCell(cell), data: { firstRow } }];
    });
  },
};
