import { join } from 'node:path';
import { docxBytes, p, table, tc } from '../helpers/docx';
import { FIXTURES, SAMPLE } from '../helpers/grid';
import { memoryIo } from '../helpers/memoryIo';

const BA_RIA = join(FIXTURES, 'plans', 'ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau.txt');

describe('task-matrix compare PLAN [APPENDIX.xlsx]', () => {
  it('lists what is in one and not the other, and where they differ; exit 1 when they do', async () => {
    const { run } = memoryIo();
    const result = await run('compare', BA_RIA, SAMPLE, '--sheet', 'Phụ lục 1');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^Văn bản "ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau\.txt": 91 nhiệm vụ · Phụ lục: trang "Phụ lục 1"/u,
    );
    expect(result.stdout).toMatch(
      /Ghép được \d+ cặp \(\d+ dòng phụ lục tách từ một nhiệm vụ của văn bản\); 15 nhiệm vụ chỉ có trong văn bản/u,
    );
    expect(result.stdout).toContain('  Dòng 275 (a): Đoàn thứ 1: đến Hồng Công (Trung Quốc)');
    expect(result.stdout).toContain(
      '  Dòng 47 (2.2) ↔ B45 (2): thời gian: văn bản "Quý II/2024", phụ lục "Quý III"',
    );
    expect(result.stdout).toContain('  Dòng 37: Mục "1.1.15" trùng số với mục ở dòng 35.');
  });

  it('compares a Word file with the appendix table it holds, and agrees when they agree (exit 0)', async () => {
    const { files, run } = memoryIo();
    const body = [
      p('KẾ HOẠCH'),
      p('II. NHIỆM VỤ'),
      p('1. Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh'),
      p('- Đơn vị chủ trì: Sở Khoa học và Công nghệ.'),
      p('- Thời gian thực hiện: Quý III/2025.'),
      p('2. Tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản'),
      p('- Đơn vị chủ trì: Sở Tài chính.'),
      p('- Thời gian thực hiện: Quý IV/2025.'),
      p('Nơi nhận:'),
      p('PHỤ LỤC'),
      p('(Kèm theo Kế hoạch số 5/KH-UBND ngày 02/01/2025 của UBND tỉnh Gia Lai)'),
      table([
        [tc('TT'), tc('Nhiệm vụ'), tc('Cơ quan chủ trì'), tc('Thời gian thực hiện')],
        [
          tc('1'),
          tc('Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh'),
          tc('Sở Khoa học và Công nghệ'),
          tc('Quý III'),
        ],
        [tc('2'), tc('Tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản'), tc('Sở Tài chính'), tc('Quý IV')],
      ]),
    ].join('');
    files.set('out/kh.docx', await docxBytes(body));
    const agreed = await run('compare', 'out/kh.docx');
    expect(agreed.stderr).toBe('');
    expect(agreed.stdout).toContain(
      'Ghép được 2 cặp; 0 nhiệm vụ chỉ có trong văn bản; 0 dòng chỉ có trong phụ lục; 0 cặp khác nhau.',
    );
    expect(agreed.code).toBe(0);
  });

  it('says there is nothing to compare with when the plan has no appendix and none is named (exit 2)', async () => {
    const { run } = memoryIo();
    const result = await run(
      'compare',
      join(FIXTURES, 'plans', 'ke-hoach-doi-ngoai-dong-nai-2025.txt'),
      '--lang',
      'en',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No appendix to compare with');
  });
});
