import ExcelJS from 'exceljs';
import { UnusableWorkbookError } from '../domain';
import { normalizePackage } from './normalizePackage';
import { packageWithReadableNotes } from './readableNotes';
import { checkPackageLimits } from './packageLimits';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted .xlsx is an OLE compound file holding an "EncryptionInfo" stream (MS-OFFCRYPTO), its name in
// UTF-16LE. Spelled out as bytes, not with Buffer: this module also runs in the browser workbench.
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function includesBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first ?? 0); at >= 0; at = bytes.indexOf(first ?? 0, at + 1)) {
    if (needle.every((byte, i) => bytes[at + i] === byte)) return true;
  }
  return false;
}

/**
 * Opens .xlsx bytes with ExcelJS. Files that are not .xlsx (a .txt renamed, a legacy .xls, a
 * password-protected workbook) or hold more than can be read safely (packageLimits.ts) raise
 * UnusableWorkbookError with the reason, never a raw library error.
 */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, OLE)) {
    const encrypted = includesBytes(bytes, ENCRYPTION_INFO);
    throw new UnusableWorkbookError(encrypted ? 'encrypted' : 'not-xlsx', {
      file: fileName,
      ...(encrypted ? {} : { legacyXls: true }),
    });
  }
  if (!startsWith(bytes, ZIP)) throw new UnusableWorkbookError('not-xlsx', { file: fileName });
  await checkPackageLimits(bytes, fileName);
  bytes = await packageWithReadableNotes(bytes);
  let workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (first) {
    // Another tool's way of writing notes or drawings (normalizePackage.ts): once more, normalised.
    try {
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await normalizePackage(bytes)) as unknown as ArrayBuffer);
    } catch {
      throw new UnusableWorkbookError('not-xlsx', { file: fileName }, { cause: first });
    }
  }
  if (workbook.worksheets.length === 0) throw new UnusableWorkbookError('no-sheets', { file: fileName });
  return workbook;
}
