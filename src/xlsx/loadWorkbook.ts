import ExcelJS from 'exceljs';
import { UnusableWorkbookError } from '../domain';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted .xlsx is an OLE compound file holding an "EncryptionInfo" stream (MS-OFFCRYPTO).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * Opens .xlsx bytes with ExcelJS. Files that are not .xlsx (a .txt renamed, a legacy .xls, a
 * password-protected workbook) raise UnusableWorkbookError with the reason, never a raw library error.
 */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, OLE)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO);
    throw new UnusableWorkbookError(encrypted ? 'encrypted' : 'not-xlsx', {
      file: fileName,
      ...(encrypted ? {} : { legacyXls: true }),
    });
  }
  if (!startsWith(bytes, ZIP)) throw new UnusableWorkbookError('not-xlsx', { file: fileName });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    throw new UnusableWorkbookError('not-xlsx', { file: fileName }, { cause });
  }
  if (workbook.worksheets.length === 0) throw new UnusableWorkbookError('no-sheets', { file: fileName });
  return workbook;
}
