/**
 * Office.js takes a string value starting with "=", "+" or "-" as a formula (Range.values, learn.microsoft.com
 * javascript/api/excel/excel.range#values); "@" and a leading tab or carriage return are treated the same way
 * to be safe. Excel's own text-literal convention, a leading apostrophe, keeps the text as typed (the
 * apostrophe is not part of the value). The cells are also formatted as text before the values are written.
 * @example literalText('=SUM(A1)') === "'=SUM(A1)"; literalText('Sở Nội vụ') === 'Sở Nội vụ'
 */
export function literalText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) || text.startsWith("'") ? `'${text}` : text;
}
