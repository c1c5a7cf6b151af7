/**
 * Hostile and broken files, generated (nothing binary is committed): each is what some officer's machine,
 * some other tool or some attacker could hand the command line. `test/cli/badFiles.test.ts` runs the real
 * executable on every one; `node build/test/helpers/badWorkbooks.js DIR` is not needed — the test writes
 * them to a temporary folder.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HEADER } from './grid';

export interface BadFile {
  name: string;
  /** What it is, for the test's title. */
  what: string;
  bytes: () => Promise<Uint8Array>;
  /** The exit the command must give: 0/1 a checked file, 2 an unusable one (one clear line). */
  exit: Array<0 | 1 | 2>;
  /** Part of the one-line reason on stderr, for exit 2. */
  reason?: RegExp;
}

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function appendix(sheet: ExcelJS.Worksheet): void {
  sheet.addRow(['PHỤ LỤC']);
  sheet.addRow(HEADER);
  sheet.addRow([
    '1',
    'Tổ chức hội nghị',
    'Sở Nội vụ',
    'Quý I/2025',
    'Kế hoạch số 12/KH-UBND ngày 10/01/2025',
    '',
  ]);
}

/** Rewrites one part of a package built by ExcelJS. */
async function patched(
  bytes: Uint8Array,
  path: string,
  change: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, change((await zip.file(path)?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A zip whose directory declares `size` bytes unpacked for its sharedStrings (a zip bomb's shape). */
async function declaredSize(bytes: Uint8Array, size: number): Promise<Uint8Array> {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  // Central directory entries: signature 0x02014b50; uncompressed size at +24; name length +28, name +46.
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength));
    if (name === 'xl/sharedStrings.xml') view.setUint32(at + 24, size, true);
  }
  return out;
}

const text = (value: string) => async () => new TextEncoder().encode(value);

export const BAD_FILES: BadFile[] = [
  { name: 'empty.xlsx', what: 'an empty file', bytes: text(''), exit: [2], reason: /không phải tệp Excel/ },
  {
    name: 'csv.xlsx',
    what: 'a CSV renamed .xlsx',
    bytes: text('TT,Nhiệm vụ,Cơ quan chủ trì\n1,Hội nghị,Sở Nội vụ\n'),
    exit: [2],
    reason: /không phải tệp Excel/,
  },
  {
    name: 'corrupt.xlsx',
    what: 'a zip cut in half',
    bytes: async () => (await workbook((wb) => appendix(wb.addWorksheet('Phụ lục')))).slice(0, 900),
    exit: [2],
    reason: /không phải tệp Excel/,
  },
  {
    name: 'biff.xlsx',
    what: 'a legacy .xls (BIFF in an OLE file)',
    bytes: async () =>
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    exit: [2],
    reason: /tệp Excel cũ \(\.xls\)/,
  },
  {
    name: 'encrypted.xlsx',
    what: 'a password-protected workbook',
    bytes: async () =>
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]),
        ...new Array(480).fill(0),
      ]),
    exit: [2],
    reason: /đặt mật khẩu/,
  },
  {
    name: 'merge-bomb.xlsx',
    what: 'one merge over the whole sheet (7 KB)',
    bytes: async () =>
      patched(
        await workbook((wb) => appendix(wb.addWorksheet('Phụ lục'))),
        'xl/worksheets/sheet1.xml',
        (xml) =>
          xml.replace(
            '</sheetData>',
            '</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>',
          ),
      ),
    exit: [2],
    reason: /vùng gộp ô A20:XFD1048576/,
  },
  {
    name: 'zip-bomb.xlsx',
    what: 'shared strings declared at 400 MB unpacked',
    bytes: async () =>
      declaredSize(await workbook((wb) => appendix(wb.addWorksheet('Phụ lục'))), 400_000_000),
    exit: [2],
    reason: /giải nén ra \d+ MB/,
  },
  {
    name: 'stray-cell.xlsx',
    what: 'a single value at XFD1048576 beside the table',
    bytes: () =>
      workbook((wb) => {
        const sheet = wb.addWorksheet('Phụ lục');
        appendix(sheet);
        sheet.getCell('XFD1048576').value = 'x';
      }),
    exit: [2],
    reason: /Ctrl\+End/,
  },
  {
    name: 'xxe.xlsx',
    what: 'an external entity declared in the shared strings (XXE)',
    bytes: async () =>
      patched(await workbook((wb) => appendix(wb.addWorksheet('Phụ lục'))), 'xl/sharedStrings.xml', (xml) =>
        xml
          .replace('<sst', '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst')
          .replace('Tổ chức hội nghị', 'Tổ chức hội nghị &xxe;'),
      ),
    exit: [0, 1, 2],
  },
  {
    name: 'many-sheets.xlsx',
    what: '200 sheets, the appendix last',
    bytes: () =>
      workbook((wb) => {
        for (let i = 1; i < 200; i++) wb.addWorksheet(`Trang ${i}`).getCell('A1').value = `ghi chép ${i}`;
        appendix(wb.addWorksheet('Phụ lục'));
      }),
    exit: [0, 1],
  },
  {
    name: 'hostile-names.xlsx',
    what: 'formula-like, very long and control-character agency names',
    bytes: () =>
      workbook((wb) => {
        const sheet = wb.addWorksheet('Phụ lục');
        appendix(sheet);
        sheet.addRow(['2', "=cmd|' /C calc'!A0", '=HYPERLINK("http://x","bấm")', 'Năm 2025', '', '']);
        sheet.addRow(['3', 'Việc', `Sở ${'Nội vụ '.repeat(3_000)}`, 'Năm 2025', '', '']);
        sheet.addRow(['4', 'Việc\u0000\u0007\u001b[31m', 'Sở Tài chính\u200b\u202e', 'Quý V/2025', '', '']);
      }),
    exit: [0, 1],
  },
  {
    name: 'no-header.xlsx',
    what: 'a workbook with no appendix header',
    bytes: () => workbook((wb) => wb.addWorksheet('Ghi chép').addRow(['Họp giao ban tuần'])),
    exit: [2],
    reason: /không tìm thấy dòng tiêu đề/,
  },
];
