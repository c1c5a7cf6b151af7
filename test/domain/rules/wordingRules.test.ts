import type { Finding } from '../../../src/domain';
import { parseAppendix, validate } from '../../../src/domain';
import { formatFinding } from '../../../src/domain/messages';
import { gridFrom, HEADER } from '../../helpers/grid';

const findingsOf = (code: string, rows: ReadonlyArray<readonly string[]>, header = HEADER) =>
  validate(
    parseAppendix(
      gridFrom([
        ['(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ)'],
        header,
        ...rows,
      ]),
    ),
  ).findings.filter((f) => f.code === code);

describe('a day, month or quarter number left blank (number-left-blank)', () => {
  it('reports the blank in a column the header did not name (2530/QĐ-TTg 2025, Phụ lục 2, C23)', () => {
    const found = findingsOf(
      'number-left-blank',
      [
        [
          '1',
          'Dự án tăng cường năng lực làm sạch, giảm bụi đô thị',
          'UBND thành phố Hà Nội',
          '2026 - 2030',
          '',
          '',
          'Bổ sung thiết bị; tăng tần suất vệ sinh đường từ tháng đến tháng 4 năm sau, tập trung khu vực có mật độ giao thông cao.',
        ],
      ],
      [...HEADER, 'Nội dung chính'],
    );
    expect(found.map((f) => [f.cell, f.severity])).toEqual([['G3', 'warning']]);
    expect(formatFinding(found[0] as Finding, 'vi')).toContain('từ tháng đến tháng 4 năm sau');
  });

  it('reads a text merged down over tasks once, and the same text in separate cells in each', () => {
    const blank = 'Tăng tần suất vệ sinh đường từ tháng đến tháng 4 năm sau.';
    const rows = [
      ['1', 'Việc một', 'Sở Xây dựng', 'Năm 2026', '', '', blank],
      ['2', 'Việc hai', 'Sở Xây dựng', 'Năm 2026', '', '', blank],
      ['3', 'Việc ba', 'Sở Xây dựng', 'Năm 2026', '', '', 'Đang thực hiện'],
      ['4', 'Việc bốn', 'Sở Xây dựng', 'Năm 2026', '', '', blank],
    ];
    const found = (merges: string[]) =>
      validate(
        parseAppendix(
          gridFrom(
            [
              ['(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ)'],
              [...HEADER, 'Nội dung chính'],
              ...rows,
            ],
            {
              merges,
            },
          ),
        ),
      ).findings.filter((f) => f.code === 'number-left-blank');
    expect(found(['G3:G4']).map((f) => f.cell)).toEqual(['G3', 'G6']);
  });

  it.each([
    ['Tổ chức kiểm tra từ tháng  đến tháng 6', 'B3'],
    ['Vận hành thử từ tháng 10 đến tháng năm sau', 'B3'],
    ['Thu thập dữ liệu từ ngày đến ngày 30/6/2026', 'B3'],
  ])('reports %j', (task, cell) => {
    expect(
      findingsOf('number-left-blank', [['1', task, 'Sở Y tế', 'Quý IV/2025', '', '']]).map((f) => f.cell),
    ).toEqual([cell]);
  });

  it.each([
    'Tổ chức kiểm tra từ tháng 10 đến tháng 4 năm sau',
    'Báo cáo kết quả hằng tháng, hằng quý',
    'Hoàn thành trong tháng, báo cáo Ủy ban nhân dân tỉnh',
    'Từ quý II đến quý IV năm 2026',
    'Tính từ ngày ký đến ngày 31/12/2026',
  ])('leaves numbers that are there alone: %j', (task) => {
    expect(findingsOf('number-left-blank', [['1', task, 'Sở Y tế', 'Quý IV/2025', '', '']])).toEqual([]);
  });
});

describe('a count announced and a list that differs (stated-count-mismatch)', () => {
  const check = (task: string) =>
    findingsOf('stated-count-mismatch', [
      ['1', task, 'Cục Du lịch Quốc gia Việt Nam', 'Tháng 12/2025', '', ''],
    ]);

  it('reports "03 nền tảng" with two listed (6225/BVHTTDL-VP 2025, B10)', () => {
    const found = check(
      'Triển khai xây dựng 03 nền tảng: (1) Nền tảng/Hệ thống thông tin giải quyết thủ tục hành chính; (2) Nền tảng số du lịch Việt Nam',
    );
    expect(found.map((f) => [f.cell, f.severity, f.data.stated, f.data.listed])).toEqual([
      ['B3', 'warning', 3, 2],
    ]);
    expect(formatFinding(found[0] as Finding, 'vi')).toBe(
      'Nêu 3 nền tảng nhưng chỉ liệt kê 2 mục: thiếu mục hoặc ghi sai số lượng.',
    );
  });

  it.each([
    'Triển khai 02 nhiệm vụ: (1) rà soát quy trình; (2) số hóa hồ sơ',
    'Thực hiện 03 nội dung gồm: 1) rà soát; 2) đánh giá; 3) báo cáo',
    'Ưu tiên 03 dự án trọng điểm: (i) Dự án bố trí dân cư. (ii) Dự án nâng cấp đê. (iii) Dự án chống ngập.',
    // No list numbered right after the count: nothing to compare.
    'Xây dựng 03 cơ sở dữ liệu: đất đai, dân cư và doanh nghiệp (1) theo lộ trình',
    'Hoàn thành trước 30 ngày: báo cáo (1) bản',
    // A second list that starts again at (1) is not counted with the first.
    'Gồm 02 nhóm: (1) nhóm A; (2) nhóm B. Trong đó 03 việc: (1) x; (2) y; (3) z',
  ])('leaves a count that matches, or no list, alone: %j', (task) => {
    expect(check(task)).toEqual([]);
  });

  it('reports a list longer than announced', () => {
    expect(
      check('Hoàn thiện 02 văn bản: (1) Nghị định; (2) Thông tư; (3) Quyết định').map((f) => f.data.listed),
    ).toEqual([3]);
  });
});
