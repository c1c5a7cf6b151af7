import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { firstSheetOf as sheetOf, memoryIo } from '../helpers/memoryIo';
import { SAMPLE } from '../helpers/grid';

async function plainWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Của tôi').getCell('A1').value = 'bảng của cán bộ';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Folders this suite makes on disk, removed after it.
const made: string[] = [];
function scratchFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'task-matrix-split-'));
  made.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A file on disk: one task led by `lead` on the sheet "Phụ lục", and a settings sheet with these rows. */
async function oneTaskWithSettings(lead: string, rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Phụ lục').addRows([
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
    ['1', 'Việc một', lead, 'Năm 2026'],
  ]);
  workbook
    .addWorksheet('Cài đặt kiểm tra', { state: 'hidden' })
    .addRows([['CÀI ĐẶT KIỂM TRA'], ['Mục', 'Giá trị', 'Ghi chú'], ...rows]);
  const path = join(scratchFolder(), 'ke-hoach.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('task-matrix split', () => {
  it('writes the index and one workbook per agency, and says what it wrote', async () => {
    const { files, folders, run } = memoryIo();
    const { code, stdout, stderr } = await run('split', SAMPLE, '--out', 'out');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(folders).toEqual(['out']);
    // Phụ lục 2's delegations join the lists: Sở Y tế leads one delegation and no task.
    expect(files.size).toBe(31);
    expect(stdout).toContain(
      'Đã chọn trang "Phụ lục 1".\nKèm đoàn ra của trang "Phụ lục 2": 15 đoàn.\nĐã ghi 31 tệp vào out:\n',
    );
    expect(stdout).toContain('  out/00-tong-hop.xlsx  tổng hợp: 97 nhiệm vụ, 30 danh sách\n');
    expect(stdout).toContain(
      '  out/02-so-ngoai-vu.xlsx  Sở Ngoại vụ: chủ trì 41 (6 cùng chủ trì), đoàn ra 4\n',
    );
    expect(stdout).toContain(
      '  out/05-so-ke-hoach-dau-tu.xlsx  Sở Kế hoạch và Đầu tư: chủ trì 5 (3 cùng chủ trì), đoàn ra 0\n',
    );
    expect(stdout).toContain('  out/15-so-y-te.xlsx  Sở Y tế: chủ trì 0, đoàn ra 1\n');
    expect(stdout).toContain(
      '  out/28-ubnd-cac-huyen-thi-xa-thanh-pho.xlsx  Ủy ban nhân dân các huyện, thị xã, thành phố: chủ trì 1, đoàn ra 0\n',
    );
    const khdt = await sheetOf(files.get('out/05-so-ke-hoach-dau-tu.xlsx'));
    expect(khdt.name).toBe('Sở KH&ĐT');
    expect(khdt.getCell('A1').value).toBe('DANH SÁCH NHIỆM VỤ – Sở Kế hoạch và Đầu tư');
    expect(khdt.pageSetup.printTitlesRow).toBe('5:5');
    const index = await sheetOf(files.get('out/00-tong-hop.xlsx'));
    expect(index.getCell('B5').value).toEqual({
      text: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
      hyperlink: '01-van-phong-doan-dbqh-hdnd-tinh.xlsx',
    });
  });

  it('replaces the files of an earlier split without asking', async () => {
    const { files, run } = memoryIo();
    await run('split', SAMPLE, '--out', 'out');
    const { code, stdout } = await run('split', SAMPLE, '--out', 'out', '--sheet', 'Phụ lục 1');
    expect(code).toBe(0);
    expect(stdout).not.toContain('Đã chọn trang');
    expect(stdout).toContain(
      'out/00-tong-hop.xlsx  tổng hợp: 97 nhiệm vụ, 30 danh sách [thay tệp của lần chia trước]',
    );
    expect(files.size).toBe(31);
  });

  it('writes nothing when a file it did not make is in the way, and exits 2', async () => {
    const { files, run } = memoryIo();
    const mine = await plainWorkbook();
    files.set('out/02-so-ngoai-vu.xlsx', mine);
    files.set('out/00-tong-hop.xlsx', new TextEncoder().encode('not a workbook'));
    const { code, stdout, stderr } = await run('split', SAMPLE, '--out', 'out');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'Không ghi: các tệp sau đã có trong thư mục và không do task-matrix split tạo ra: 00-tong-hop.xlsx, 02-so-ngoai-vu.xlsx. Chọn thư mục khác hoặc thêm --force để ghi đè.\n',
    );
    expect(stdout).not.toContain('Đã ghi');
    expect([...files.keys()].sort()).toEqual(['out/00-tong-hop.xlsx', 'out/02-so-ngoai-vu.xlsx']);
    expect(files.get('out/02-so-ngoai-vu.xlsx')).toBe(mine);
  });

  it('writes nothing over a list of its own the officer edited since, and exits 2', async () => {
    const { files, run } = memoryIo();
    await run('split', SAMPLE, '--out', 'out');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.get('out/02-so-ngoai-vu.xlsx') as unknown as ArrayBuffer);
    (workbook.worksheets[0] as ExcelJS.Worksheet).getCell('B8').value = 'Đã xong, báo cáo ngày 30/6';
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    files.set('out/02-so-ngoai-vu.xlsx', edited);

    const { code, stderr } = await run('split', SAMPLE, '--out', 'out');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'Không ghi: các tệp sau do lần chia trước tạo ra nhưng đã được sửa sau đó: 02-so-ngoai-vu.xlsx. Lưu chúng ra chỗ khác, hoặc thêm --force để ghi đè.\n',
    );
    expect(files.get('out/02-so-ngoai-vu.xlsx')).toBe(edited);
  });

  it('removes its own lists of agencies no longer in the appendix, and keeps an edited one', async () => {
    const { files, run } = memoryIo();
    await run('split', SAMPLE, '--out', 'out');
    // Two lists of an earlier split for agencies the appendix no longer names: one untouched, one edited.
    const old = files.get('out/02-so-ngoai-vu.xlsx') as Uint8Array;
    files.set('out/99-so-giai-the.xlsx', old);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(old as unknown as ArrayBuffer);
    (workbook.worksheets[0] as ExcelJS.Worksheet).getCell('B8').value = 'Ghi chú của chuyên viên';
    files.set('out/98-so-da-sua.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    files.set('out/ghi-chu.xlsx', await plainWorkbook());

    const { code, stdout } = await run('split', SAMPLE, '--out', 'out');
    expect(code).toBe(0);
    expect(files.has('out/99-so-giai-the.xlsx')).toBe(false);
    expect(files.has('out/98-so-da-sua.xlsx')).toBe(true);
    expect(files.has('out/ghi-chu.xlsx')).toBe(true);
    expect(stdout).toContain(
      'Đã xoá danh sách của lần chia trước không còn cơ quan trong phụ lục (chưa ai sửa): 99-so-giai-the.xlsx.',
    );
    expect(stdout).toContain(
      'Giữ lại danh sách của lần chia trước không còn cơ quan trong phụ lục, vì đã được sửa: 98-so-da-sua.xlsx.',
    );
  });

  it('overwrites such files with --force, and says so', async () => {
    const { files, run } = memoryIo();
    files.set('out/02-so-ngoai-vu.xlsx', await plainWorkbook());
    const { code, stdout } = await run('split', SAMPLE, '--out', 'out', '--force');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'out/02-so-ngoai-vu.xlsx  Sở Ngoại vụ: chủ trì 41 (6 cùng chủ trì), đoàn ra 4 [ghi đè tệp khác (--force)]',
    );
    expect((await sheetOf(files.get('out/02-so-ngoai-vu.xlsx'))).name).toBe('Sở Ngoại vụ');
  });

  it('pairs a named delegations sheet with the task sheet beside it', async () => {
    const { files, run } = memoryIo();
    const { code, stdout } = await run('split', SAMPLE, '--out', 'out', '--sheet', 'Phụ lục 2');
    expect(code).toBe(0);
    expect(stdout).toContain('Đã chọn trang "Phụ lục 1".\nKèm đoàn ra của trang "Phụ lục 2": 15 đoàn.\n');
    expect(files.size).toBe(31);
  });

  it('says a delegations list alone has no task lists to join, and writes nothing', async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(SAMPLE);
    source.removeWorksheet((source.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet).id);
    const { files, run } = memoryIo();
    files.set('only-2.xlsx', new Uint8Array(await source.xlsx.writeBuffer()));
    const { code, stderr } = await run('split', 'only-2.xlsx', '--out', 'out');
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /Trang "Phụ lục 2" là danh sách đoàn ra, và sổ tính không có trang phụ lục nhiệm vụ nào/,
    );
    expect([...files.keys()]).toEqual(['only-2.xlsx']);
  });

  it('prints English with --lang en, sheets included', async () => {
    const { files, run } = memoryIo();
    const { stdout } = await run('split', SAMPLE, '--out', 'out', '--lang', 'en');
    expect(stdout).toContain('Wrote 31 files to out:');
    expect(stdout).toContain('out/02-so-ngoai-vu.xlsx  Sở Ngoại vụ: leads 41 (6 shared), delegations 4');
    expect((await sheetOf(files.get('out/00-tong-hop.xlsx'))).name).toBe('By agency');
  });

  it.each([
    [['split', SAMPLE], /--out/],
    [['split', 'khong-co.xlsx', '--out', 'out'], /khong-co\.xlsx/],
    [['split', SAMPLE, '--out', 'out', '--plan-date', '2025-02-30'], /yyyy-mm-dd/],
  ])('exits 2 for %j, writing nothing', async (argv, message) => {
    const { files, run } = memoryIo();
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(files.size).toBe(0);
  });

  it('creates the folder on disk when no file system is injected', async () => {
    const folder = join(scratchFolder(), 'a', 'b');
    let stdout = '';
    const code = await main(['split', SAMPLE, '--out', folder], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      readFile: (path) => readFile(path),
    });
    expect(code).toBe(0);
    expect(existsSync(join(folder, '00-tong-hop.xlsx'))).toBe(true);
    expect(readdirSync(folder)).toHaveLength(31);
    expect(stdout).toContain(join(folder, '02-so-ngoai-vu.xlsx'));
  });

  it('reads the lead cells as of the province saved in the workbook’s settings', async () => {
    const path = await oneTaskWithSettings('Công an tỉnh Đồng Nai', [['Tỉnh/thành phố', 'Đồng Nai']]);
    const { files, run } = memoryIo();
    const { code } = await run('split', path, '--out', 'out', '--sheet', 'Phụ lục');
    expect(code).toBe(0);
    // The provincial police of the plan's own province, not "another province's" body.
    expect([...files.keys()].sort()).toEqual(['out/00-tong-hop.xlsx', 'out/01-cong-an-tinh.xlsx']);
  });

  it('closes each agency’s file with the settings’ "Nơi nhận" and signature, ready to sign', async () => {
    const path = await oneTaskWithSettings('Sở Tài chính', [
      ['Nơi nhận', '- Lưu: VT.'],
      ['Chữ ký', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn A'],
    ]);
    const { files, run } = memoryIo();
    expect((await run('split', path, '--out', 'out', '--sheet', 'Phụ lục')).code).toBe(0);
    const sheet = await sheetOf(files.get('out/01-so-tai-chinh.xlsx'));
    // A merged cell's value is its area's (ExcelJS's `.text` fails on an empty merged area).
    const textAt = (row: number, column: number) => String(sheet.getCell(row, column).value ?? '');
    const texts = (column: number) =>
      Array.from({ length: sheet.rowCount }, (_, i) => textAt(i + 1, column)).filter(Boolean);
    expect(texts(1).slice(-3)).toEqual(['Nơi nhận:', '- Sở Tài chính;', '- Lưu: VT.']);
    const right = texts(sheet.columnCount).slice(-3);
    expect(right).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
    // The signature's name sits four rows under the title, leaving room to sign.
    const rowOf = (text: string) =>
      Array.from({ length: sheet.rowCount }, (_, i) => i + 1).find((r) =>
        Array.from({ length: sheet.columnCount }, (_, c) => textAt(r, c + 1)).includes(text),
      ) ?? 0;
    expect(rowOf('Nguyễn Văn A') - rowOf('PHÓ CHỦ TỊCH')).toBe(3);
  });

  it('says which file it cannot write, and exits 2', async () => {
    let stderr = '';
    const denied = Object.assign(new Error('EACCES: permission denied'), {
      code: 'EACCES',
      path: 'out/00-tong-hop.xlsx',
    });
    const code = await main(['split', SAMPLE, '--out', 'out'], {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      readFile: (path) =>
        path.startsWith('out/')
          ? Promise.reject(Object.assign(new Error(path), { code: 'ENOENT' }))
          : readFile(path),
      writeFile: () => Promise.reject(denied),
      mkdir: async () => undefined,
    });
    expect(code).toBe(2);
    expect(stderr).toBe('Không ghi được out/00-tong-hop.xlsx: EACCES: permission denied\n');
  });
});
