import type { Finding } from '../../../src/domain';
import { parseAppendix, validate } from '../../../src/domain';
import { formatFinding } from '../../../src/domain/messages';
import { gridFrom, HEADER } from '../../helpers/grid';

const check = (rows: ReadonlyArray<readonly string[]>) =>
  validate(
    parseAppendix(
      gridFrom([
        ['(Kèm theo Nghị quyết số 88/NQ-CP ngày 22 tháng 7 năm 2022 của Chính phủ)'],
        [...HEADER, 'Cơ quan phối hợp'],
        ...rows,
      ]),
    ),
  ).findings;

describe('a body both lead and partner of one task (lead-also-partner)', () => {
  it('is reported on the partner cell (88/NQ-CP 2022, task 18)', () => {
    const found = check([
      [
        '1',
        'Hoàn thiện chính sách xuất - nhập khẩu khoáng sản',
        'Bộ Công Thương, Bộ Xây dựng',
        'Quý II năm 2023',
        '',
        '',
        'Bộ Tài nguyên và Môi trường, Bộ Xây dựng',
      ],
    ]).filter((f) => f.code === 'lead-also-partner');
    expect(found.map((f) => [f.cell, f.severity, f.data.agency])).toEqual([['G3', 'warning', 'Bộ Xây dựng']]);
    expect(formatFinding(found[0] as Finding, 'vi')).toContain(
      'vừa là cơ quan chủ trì vừa là cơ quan phối hợp',
    );
  });

  it.each([
    // A lead of several lines gives each line of the task its own lead (Hà Nội 277/KH-UBND 2026).
    [
      'Sở Giáo dục và Đào tạo triển khai tại các trường\nSở Khoa học và Công nghệ triển khai hệ thống',
      'Sở Giáo dục và Đào tạo, Sở Y tế',
    ],
    // A collective in both cells names no one body twice.
    ['UBND các xã, phường', 'UBND các xã, phường, các trường học'],
    ['Bộ Công Thương', 'Bộ Xây dựng'],
  ])('leaves %j / %j alone', (lead, partners) => {
    expect(
      check([['1', 'Việc một', lead, 'Quý II năm 2023', '', '', partners]]).filter(
        (f) => f.code === 'lead-also-partner',
      ),
    ).toEqual([]);
  });
});

describe('a lead left to a later decision (vague-agency)', () => {
  it('reports "Do Chủ tịch Hội đồng thẩm định quyết định (*)" (836/QĐ-BXD 2019, D28)', () => {
    const found = check([
      [
        '1',
        'Lấy ý kiến thành viên Hội đồng',
        'Do Chủ tịch Hội đồng thẩm định quyết định (*)',
        'Tháng 6/2022',
        '',
        '',
        'Vụ Pháp chế',
      ],
    ]);
    expect(found.filter((f) => f.code === 'vague-agency').map((f) => f.cell)).toEqual(['C3']);
  });

  it('leaves "Do Sở Y tế chủ trì" alone: it names the lead', () => {
    const found = check([['1', 'Việc một', 'Do Sở Y tế chủ trì', 'Tháng 6/2022', '', '', 'Sở Tài chính']]);
    expect(found.filter((f) => f.code === 'vague-agency')).toEqual([]);
  });
});

describe('a task the numbering skipped (task-without-number)', () => {
  const numbering = (tts: readonly string[]) =>
    check(tts.map((tt, i) => [tt, `Việc ${i + 1}`, 'Bộ Công Thương', 'Năm 2023', '', '', ''])).filter(
      (f) => f.code === 'task-without-number',
    );

  it('is a warning between two numbers that run on (88/NQ-CP 2022: 19 tasks numbered 1–18)', () => {
    const found = numbering(['1', '2', '', '3', '4']);
    expect(found.map((f) => [f.cell, f.severity, f.data.previous, f.data.next])).toEqual([
      ['A5', 'warning', '2', '3'],
    ]);
    expect(formatFinding(found[0] as Finding, 'vi')).toContain('nằm giữa 2 và 3 liền số nhau');
  });

  it('stays a note where the numbers leave room for it, or at the end', () => {
    expect(numbering(['1', '2', '', '4']).map((f) => f.severity)).toEqual(['info']);
    expect(numbering(['1', '2', '']).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('a row that belongs to no task (stray-row)', () => {
  const rows = (across: string) => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ['(Kèm theo Nghị quyết số 116/NQ-CP ngày 29 tháng 4 năm 2026 của Chính phủ)'],
          [...HEADER, 'Cơ quan phối hợp'],
          ['IV', 'Huy động nguồn lực'],
          [
            '3',
            'Rà soát, ưu tiên nguồn lực đầu tư công',
            'Bộ Tài chính',
            'Giai đoạn 2026 - 2030',
            '',
            '',
            'Các bộ',
          ],
          ['', across],
          [
            '4',
            'Đầu tư trang thiết bị chuyên dụng',
            'Bộ Quốc phòng',
            'Giai đoạn 2026 - 2030',
            '',
            '',
            'Các bộ',
          ],
        ],
        { merges: ['B3:G3', 'B5:G5'] },
      ),
    );
    return { appendix, findings: validate(appendix).findings };
  };

  it('is text over the whole row between two tasks whose numbers run on (116/NQ-CP 2026, B41)', () => {
    const { appendix, findings } = rows(
      'Các bộ, cơ quan, địa phương trong đó mô tả các hoạt động của dự án.',
    );
    expect(appendix.tasks.map((t) => t.task)).toEqual([
      'Rà soát, ưu tiên nguồn lực đầu tư công',
      'Đầu tư trang thiết bị chuyên dụng',
    ]);
    const found = findings.filter((f) => f.code === 'stray-row');
    expect(found.map((f) => [f.cell, f.severity, f.data.previous, f.data.next])).toEqual([
      ['B5', 'warning', '3', '4'],
    ]);
  });
});
