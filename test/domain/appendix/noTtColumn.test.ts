import { parseAppendix, validate } from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

// The layout of 836/QĐ-BXD 2019 (Bộ Xây dựng; test/fixtures/real): no TT column, the time first; the
// headings' numbers sit in the time column, their titles merged over the rest of the row.
const grid = gridFrom(
  [
    ['NỘI DUNG CHI TIẾT'],
    [
      'Thời gian',
      'Nội dung công việc',
      'Cơ quan chịu trách nhiệm quản lý nhà nước',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
    ],
    ['I', 'GIAI ĐOẠN 1: LẬP NHIỆM VỤ'],
    [1, 'Lập nhiệm vụ quy hoạch'],
    [
      '10-11/2019',
      'Xây dựng khung định hướng quy hoạch',
      'Cơ quan lập quy hoạch',
      'Ban Quản lý quy hoạch',
      'Vụ Pháp chế',
    ],
    [null, 'Lấy ý kiến các Bộ, ngành', 'Cơ quan lập quy hoạch', 'Vụ Vật liệu xây dựng', 'Văn phòng Bộ'],
    [
      '12/2019',
      'Trình Thủ tướng Chính phủ phê duyệt nhiệm vụ',
      'Cơ quan lập quy hoạch',
      'Vụ Vật liệu xây dựng',
      'Vụ Pháp chế',
    ],
    ['01/2020', 'Phê duyệt nhiệm vụ lập quy hoạch', 'Thủ tướng Chính phủ'],
    ['Ghi chú:'],
    ['- Thời gian thực hiện sẽ được điều chỉnh theo thực tế.'],
  ],
  { merges: ['B3:E3', 'B4:E4', 'A5:A6'] },
);

describe('a table without a TT column (836/QĐ-BXD 2019)', () => {
  const appendix = parseAppendix(grid);
  const kinds = Object.fromEntries(appendix.rowKinds.map((r) => [r.row, r.kind]));

  it('reads the numbers in the first column as the headings’ numbers, and their rows as headings', () => {
    expect([kinds[3], kinds[4]]).toEqual(['section', 'group']);
    expect(appendix.sections.map((s) => [s.row, s.tt])).toEqual([
      [3, 'I'],
      [4, '1'],
    ]);
  });

  it('reads every task: one under a merged time, one with its own deadline and no lead', () => {
    expect(appendix.tasks.map((t) => [t.rows[0], t.time])).toEqual([
      [5, '10-11/2019'],
      [6, '10-11/2019'],
      [7, '12/2019'],
      [8, '01/2020'],
    ]);
    expect([kinds[9], kinds[10]]).toEqual(['note', 'note']);
  });

  it('reads the month ranges, and takes the approver named in another agency column for no missing lead', () => {
    const findings = validate(appendix).findings;
    expect(findings.filter((f) => f.code === 'unparsed-timeframe')).toEqual([]);
    const lead = findings.filter((f) => f.code === 'missing-lead-agency');
    expect(lead.map((f) => [f.cell, f.severity, f.data.named])).toEqual([
      ['D8', 'info', 'Thủ tướng Chính phủ'],
    ]);
  });
});

it('takes an agency column titled "Đơn vị …" the same way (a word of Vietnamese letters ends the title word)', () => {
  const renamed = gridFrom(
    grid.values.map((row, r) =>
      r === 1
        ? row.map((cell) =>
            cell === 'Cơ quan chịu trách nhiệm quản lý nhà nước' ? 'Đơn vị có thẩm quyền phê duyệt' : cell,
          )
        : row,
    ),
    { merges: ['B3:E3', 'B4:E4', 'A5:A6'] },
  );
  const appendix = parseAppendix(renamed);
  expect(appendix.extraColumns.map((c) => c.title)).toEqual(['Đơn vị có thẩm quyền phê duyệt']);
  const lead = validate(appendix).findings.filter((f) => f.code === 'missing-lead-agency');
  expect(lead.map((f) => [f.cell, f.severity, f.data.namedIn])).toEqual([
    ['D8', 'info', 'Đơn vị có thẩm quyền phê duyệt'],
  ]);
});
