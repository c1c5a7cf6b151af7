import { foldKey } from '../text';

/**
 * A name for an Excel table drawn on the sheet: the sheet's name without diacritics, spaces or
 * punctuation, each word capitalised ("Phụ lục (2)" → "PhuLuc2"), then "_2", "_3" … until no table or
 * defined name of the workbook has it. Table names share the workbook's name space, ignore case, must
 * start with a letter or "_", hold only letters, digits, "_" and ".", and must not read as a cell address
 * (ECMA-376 SpreadsheetML, "Names"; Microsoft's "Rename an Excel table"): an all-letter stem followed by digits
 * ("Pl1") could, so such a stem gets an "_" before its digits (a bare "R" or "C", one after it).
 * @example excelTableName('Phụ lục', ['PhuLuc']) === 'PhuLuc_2'
 */
export function excelTableName(sheetName: string, taken: readonly string[]): string {
  const words = foldKey(sheetName)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  const stem = /^[a-z_]/i.test(joined) ? joined : `Bang${joined}`;
  const safe = !readsAsCell(stem) ? stem : /\d$/.test(stem) ? stem.replace(/(\d+)$/, '_$1') : `${stem}_`;
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(safe.toLowerCase())) return safe;
  for (let n = 2; ; n++) if (!used.has(`${safe}_${n}`.toLowerCase())) return `${safe}_${n}`;
}

// "A1"-style (up to three letters, as XFD) or "R1C1"-style addresses, and the bare "R"/"C".
const readsAsCell = (name: string) => /^[a-z]{1,3}\d+$/i.test(name) || /^(r\d*c\d*|r|c)$/i.test(name);
