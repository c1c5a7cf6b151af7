import { parseAppendix, validate } from '../../../src/domain';
import { formatFinding } from '../../../src/domain/messages';
import { gridFrom, HEADER } from '../../helpers/grid';

const periods = (task: string) =>
  validate(
    parseAppendix(
      gridFrom([
        ['(Kèm theo Nghị quyết số 175/NQ-CP ngày 30/10/2023 của Chính phủ)'],
        HEADER,
        ['1', task, 'Bộ Tài chính', 'Quý IV/2023', '', ''],
      ]),
    ),
  ).findings.filter((f) => f.code === 'five-year-period');

describe('a five-year plan named with a period off the national cycle', () => {
  it('is reported with the likely period (175/NQ-CP 2023, C20)', () => {
    const found = periods(
      'Trình cấp có thẩm quyền bổ sung các dự án của Đề án vào Kế hoạch đầu tư công trung hạn giai đoạn 2020 - 2025',
    );
    expect(found.map((f) => [f.cell, f.severity, f.data.period, f.data.expected])).toEqual([
      ['B3', 'warning', '2020 - 2025', '2021 - 2025'],
    ]);
    expect(found.map((f) => formatFinding(f, 'vi'))[0]).toContain('có phải 2021 - 2025?');
  });

  it.each([
    'Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 và nguồn dự phòng ngân sách hằng năm',
    'Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025',
    'Chương trình mục tiêu giai đoạn 2020 - 2025',
    'Kế hoạch tài chính - ngân sách nhà nước 03 năm 2024 - 2026',
  ])('leaves a period on the cycle, or no five-year plan, alone: %s', (task) => {
    expect(periods(task)).toEqual([]);
  });

  it.each([
    ['Kế hoạch phát triển kinh tế - xã hội 05 năm 2021 - 2026', '2021 - 2025'],
    ['kế hoạch trung hạn 2025–2030', '2026 - 2030'],
  ])('reports %s', (task, expected) => {
    expect(periods(task).map((f) => f.data.expected)).toEqual([expected]);
  });
});
