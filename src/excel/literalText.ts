/**
 * How a text reaches a cell as the same text, never as a formula or a number.
 *
 * What Microsoft documents (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
 * a string written to `Range.values` that starts with "=", "+" or "-" is taken as a formula. Nothing
 * documents, for Office.js, that a leading apostrophe stays out of the value, nor that the "@" (Text)
 * format keeps such a string as text — in real Excel an apostrophe written into a cell already formatted
 * "@" may stay visible (docs/office-js-research.md §3). So a text that would be read as a formula (or
 * starts with an apostrophe, "@" or a control character) is written as what the documentation does
 * promise: a formula, one that is a string constant, `="- Sở Nội vụ"`, in a General cell, so the cell's
 * value is exactly the text. Quotes are doubled (the formula language's escape); line breaks and other
 * control characters are `CHAR(n)`; the text is cut into constants of at most 255 characters (Excel's limit
 * for a text value in a formula) joined by "&". Every other text goes in as itself, in a cell formatted "@"
 * so "2024" or "12/2025" stay text. A text whose formula would pass Excel's 8,192-character limit keeps the
 * apostrophe, in a General cell — the one undocumented case, checked by the self-test.
 * @example literalCell('- Sở Nội vụ') → { format: 'General', input: '="- Sở Nội vụ"' }
 * @example literalCell('2024') → { format: '@', input: '2024' }
 */
export interface LiteralCell {
  format: '@' | 'General';
  input: string | number;
}

const FORMULA_LIKE = /^[=+\-@'\t\r\n]/;
const CONSTANT_LIMIT = 255;
const FORMULA_LIMIT = 8_192;

export function literalCell(value: string | number): LiteralCell {
  if (typeof value === 'number') return { format: 'General', input: value };
  if (!FORMULA_LIKE.test(value)) return { format: '@', input: value };
  const formula = stringFormula(value);
  return formula.length <= FORMULA_LIMIT
    ? { format: 'General', input: formula }
    : { format: 'General', input: `'${value}` };
}

/** `="…"&CHAR(10)&"…"`: the text as a formula made of string constants only. */
export function stringFormula(text: string): string {
  const parts: string[] = [];
  let constant = '';
  let length = 0;
  const flush = () => {
    if (length > 0) parts.push(`"${constant}"`);
    constant = '';
    length = 0;
  };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 32) {
      flush();
      parts.push(`CHAR(${code})`);
      continue;
    }
    if (length === CONSTANT_LIMIT) flush();
    constant += char === '"' ? '""' : char;
    length++;
  }
  flush();
  return `=${parts.length > 0 ? parts.join('&') : '""'}`;
}

/**
 * A block of texts and numbers as the two 2-D arrays a range takes: its number formats (set first) and
 * its values.
 * @example const { formats, values } = literalBlock([['TT', '- a']]); range.numberFormat = formats; range.values = values;
 */
export function literalBlock(rows: ReadonlyArray<ReadonlyArray<string | number>>): {
  formats: string[][];
  values: Array<Array<string | number>>;
} {
  const cells = rows.map((row) => row.map(literalCell));
  return {
    formats: cells.map((row) => row.map((cell) => cell.format)),
    values: cells.map((row) => row.map((cell) => cell.input)),
  };
}
