import { parseAppendix, validate } from '../../../src/domain';
import { formatFinding } from '../../../src/domain/messages';
import { gridFrom, HEADER } from '../../helpers/grid';

const findingsOf = (task: string) =>
  validate(
    parseAppendix(
      gridFrom([
        ['(Kèm theo Chương trình số 104/CTr-TU ngày 10/01/2026 của Tỉnh ủy Lào Cai)'],
        HEADER,
        [
          '1',
          task,
          'Đảng ủy UBND tỉnh',
          '2026 - 2030',
          'Nghị quyết số 57-NQ/TW ngày 22/12/2024',
          'Ngân sách tỉnh',
        ],
      ]),
    ),
  ).findings.filter((f) => f.code === 'row-in-task-cell');

describe('the other cells of a row pasted into the task cell (row-in-task-cell)', () => {
  it('finds agencies run together and a year at the end of the task text (104/CTr-TU Lào Cai 2026, B41)', () => {
    const findings = findingsOf(
      'Xây dựng chương trình phát triển doanh nghiệp tiêu biểu, tiên phong trong đổi mới sáng tạo, chuyển đổi số, chuyển đổi xanh, kinh tế tuần hoàn, phát triển các ngành công nghệ cao, công nghiệp mới nổi Sở Tài chính Các sở, ban, ngành và địa phương liên quan 2026-2030 Chương trình Ngân sách.',
    );
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([['B3', 'warning']]);
    expect(formatFinding(findings[0] as (typeof findings)[number], 'vi')).toContain(
      '"Sở Tài chính Các sở, ban, ngành và địa phương liên quan 2026-2030 Chương trình Ngân sách."',
    );
  });

  it.each([
    // One body, then words: a task's own wording.
    'Triển khai Kế hoạch của UBND tỉnh giai đoạn 2026-2030',
    // Bodies parted by a comma, in the sentence: named on purpose.
    'Phối hợp với Sở Tài chính, Sở Nội vụ tổng kết năm 2025',
    // Bodies run together but no time after them.
    'Báo cáo Sở Tài chính Các sở, ban, ngành',
    // A year, but no bodies before it.
    'Tổng kết Đề án 06 năm 2025',
  ])('leaves a task text of its own alone: %s', (task) => {
    expect(findingsOf(task)).toEqual([]);
  });
});
