import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { firstSheetOf as sheetOf, memoryIo } from '../helpers/memoryIo';
import { docxBytes, list, p, table, tc } from '../helpers/docx';
import { FIXTURES, SAMPLE } from '../helpers/grid';

const DONG_NAI = join(FIXTURES, 'plans', 'ke-hoach-doi-ngoai-dong-nai-2025.txt');
const BA_RIA = join(FIXTURES, 'plans', 'ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau.txt');

describe('task-matrix import PLAN --out MATRIX.xlsx', () => {
  it('writes the Đồng Nai plan as an appendix in the standard layout, then checks it', async () => {
    const { files, run } = memoryIo();
    const result = await run('import', DONG_NAI, '--out', 'out/dong-nai.xlsx');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Đã ghi out/dong-nai.xlsx:\n  trang "Phụ lục nhiệm vụ": 11 nhiệm vụ, 0 mục',
    );
    expect(result.stdout).toMatch(/Dòng 121: Văn bản nhắc tới "Danh sách đoàn ra, đoàn vào/u);
    expect(result.stdout).toContain('Văn bản không ghi thời gian thực hiện của 11 nhiệm vụ');
    expect(result.stdout).toContain('Kiểm tra trang "Phụ lục nhiệm vụ" vừa lập:');
    expect(result.stdout).toContain('Đọc được: 0 mục, 0 nhóm, 11 nhiệm vụ');
    const sheet = await sheetOf(files.get('out/dong-nai.xlsx'));
    expect(sheet.name).toBe('Phụ lục nhiệm vụ');
    expect(sheet.getCell('A1').text).toBe('PHỤ LỤC');
    expect(sheet.getCell('A3').text).toBe(
      '(Kèm theo Kế hoạch số /KH-UBND ngày tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Đồng Nai)',
    );
    const header = (sheet.getRow(5).values as unknown[]).slice(1);
    expect(header).toEqual([
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Căn cứ',
      'Nguồn kinh phí',
      'Ghi chú',
    ]);
    expect(sheet.getCell('C6').text).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(sheet.getCell('H6').text).toBe('Dòng 29–41 của văn bản');
  });

  it('keeps the body numbering, so the check of the new sheet names the same faults as the text', async () => {
    const { run } = memoryIo();
    const result = await run('import', BA_RIA, '--out', 'out/58.xlsx', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('sheet "Phụ lục nhiệm vụ": 91 tasks, 20 sections');
    expect(result.stdout).toContain(
      'Line 37: Heading "1.1.15" repeats the number of the heading on line 35.',
    );
    expect(result.stdout).toContain('Line 134: Heading "3.5" follows "3.3": a number is skipped.');
    expect(result.stdout).toMatch(/A26 +.*"1\.1\.15"/u);
    expect(result.stdout).toContain('Plan: Kế hoạch 58/KH-UBND dated 11/03/2024');
  });

  it('never overwrites a file, and writes nothing when the input is no plan text', async () => {
    const { files, run } = memoryIo();
    files.set('out/taken.xlsx', new Uint8Array([1, 2, 3]));
    const taken = await run('import', DONG_NAI, '--out', 'out/taken.xlsx');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('Tệp "out/taken.xlsx" đã có: không ghi đè.');
    expect(files.get('out/taken.xlsx')).toEqual(new Uint8Array([1, 2, 3]));

    const workbook = await run('import', SAMPLE, '--out', 'out/x.xlsx');
    expect(workbook.code).toBe(2);
    expect(workbook.stderr).toContain('như văn bản: cần tệp .txt');
    const missing = await run('import', 'out/none.txt', '--out', 'out/y.xlsx');
    expect(missing.code).toBe(2);
    expect(files.has('out/x.xlsx') || files.has('out/y.xlsx')).toBe(false);
  });

  it('says so when the text holds no task, and writes nothing', async () => {
    const { files, run } = memoryIo();
    files.set('out/empty.txt', new TextEncoder().encode('KẾ HOẠCH\nI. MỤC ĐÍCH\nTriển khai tốt.\n'));
    const result = await run('import', 'out/empty.txt', '--out', 'out/empty.xlsx');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không tìm thấy nhiệm vụ nào');
    expect(files.has('out/empty.xlsx')).toBe(false);
  });

  it('reads UTF-16 text (Notepad\'s "Unicode")', async () => {
    const { files, run } = memoryIo();
    const text = await readFile(DONG_NAI, 'utf8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    files.set('out/u16.txt', utf16);
    const result = await run('import', 'out/u16.txt', '--out', 'out/u16.xlsx');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('11 nhiệm vụ');
  });

  it('reads a Word file: automatic numbering, the header table, and its appendix table cell by cell', async () => {
    const { files, run } = memoryIo();
    const roman = { numId: 1 };
    const decimal = { numId: 1, ilvl: 1 };
    const body = [
      table([
        [tc('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP'), tc('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
        [tc('Số: 123/KH-UBND'), tc('Đồng Tháp, ngày 15 tháng 4 năm 2025')],
      ]),
      p('KẾ HOẠCH'),
      p('CHUYỂN ĐỔI SỐ NĂM 2025'),
      p('MỤC ĐÍCH, YÊU CẦU', roman),
      p('Bảo đảm thực hiện đồng bộ.'),
      p('NHIỆM VỤ', roman),
      p('Xây dựng cơ sở dữ liệu dùng chung', decimal),
      p('- Đơn vị chủ trì: Sở Khoa học và Công nghệ.'),
      p('- Thời gian hoàn thành: Quý III/2025.'),
      p('Đào tạo kỹ năng số cho cán bộ', decimal),
      p('- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với UBND các xã, phường.'),
      p('- Thời gian thực hiện: Năm 2025.'),
      p('TỔ CHỨC THỰC HIỆN', roman),
      p('Các sở, ngành triển khai thực hiện.'),
      p('Nơi nhận:'),
      p('PHỤ LỤC 1'),
      p('DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025'),
      p('(Kèm theo Kế hoạch số 123/KH-UBND ngày 15/4/2025 của UBND tỉnh Đồng Tháp)'),
      table([
        [tc('TT'), tc('Nhiệm vụ'), tc('Cơ quan chủ trì'), tc('Thời gian thực hiện')],
        [
          tc('1'),
          tc('Xây dựng cơ sở dữ liệu dùng chung'),
          tc('Sở Khoa học và Công nghệ', { vMerge: 'restart' }),
          tc('Quý III/2025'),
        ],
        [tc('2'), tc('Vận hành cơ sở dữ liệu'), tc('', { vMerge: 'continue' }), tc('Quý IV/2025')],
      ]),
    ].join('');
    const numbering = list(1, [
      { format: 'upperRoman', text: '%1.' },
      { format: 'decimal', text: '%2.' },
    ]);
    files.set('out/ke-hoach.docx', await docxBytes(body, numbering));
    const result = await run('import', 'out/ke-hoach.docx', '--out', 'out/ke-hoach.xlsx');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('trang "Phụ lục nhiệm vụ": 2 nhiệm vụ, 0 mục, đọc từ thân văn bản;');
    expect(result.stdout).toContain(
      'trang "Phụ lục 1": bảng nhiệm vụ trong văn bản, chép từng ô (giữ ô gộp);',
    );
    expect(result.stdout).toContain('Kiểm tra trang "Phụ lục 1" vừa lập:');
    expect(result.stdout).toContain('Kế hoạch: Kế hoạch 123/KH-UBND ngày 15/04/2025');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.get('out/ke-hoach.xlsx') as unknown as ArrayBuffer);
    const matrix = workbook.getWorksheet('Phụ lục nhiệm vụ') as ExcelJS.Worksheet;
    expect(matrix.getCell('A3').text).toBe(
      '(Kèm theo Kế hoạch số 123/KH-UBND ngày 15 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh Đồng Tháp)',
    );
    expect([matrix.getCell('A6').text, matrix.getCell('C6').text, matrix.getCell('E6').text]).toEqual([
      '1',
      'Sở Khoa học và Công nghệ',
      'Quý III/2025',
    ]);
    expect([matrix.getCell('C7').text, matrix.getCell('D7').text]).toEqual([
      'Sở Nội vụ',
      'UBND các xã, phường',
    ]);
    expect(matrix.getCell('H6').text).toMatch(/^Đoạn \d+–\d+ của văn bản$/u);
    const appendix = workbook.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet;
    expect(appendix.getCell('A1').text).toBe('PHỤ LỤC 1');
    expect(appendix.getCell('C5').text).toBe('Sở Khoa học và Công nghệ');
    expect(appendix.model.merges).toContain('C5:C6');
  });
});
