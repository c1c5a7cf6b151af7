import type { TableKind } from '../../../src/domain';
import { findTableHeader, MergeLookup, repeatsHeader, titleMatcher } from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

/**
 * A second kind of table, as a later issue's delegations table would be: one descriptor, read by the same
 * engine as the task appendix, the registry and the settings sheet.
 */
type DelegationField = 'tt' | 'content' | 'from' | 'to';
const DELEGATIONS: TableKind<DelegationField> = {
  columns: [
    { field: 'tt', titles: ['TT', 'STT'], match: 'exact' },
    { field: 'content', titles: ['Nội dung đoàn', 'Nội dung'], match: 'prefix' },
    { field: 'from', titles: ['Thời gian đi'], match: 'prefix' },
    { field: 'to', titles: ['Nước đến', 'Địa điểm'], match: 'prefix' },
  ],
  required: ['content'],
  minFields: 2,
  searchRows: 5,
  pick: 'best',
  twoRowHeaders: true,
};

const read = (rows: Parameters<typeof gridFrom>[0], options?: Parameters<typeof gridFrom>[1]) => {
  const grid = gridFrom(rows, options);
  const merges = new MergeLookup(grid);
  return { grid, merges, header: findTableHeader(DELEGATIONS, grid, merges) };
};

describe('one header engine for every table kind', () => {
  it('reads a kind it was never written for from its descriptor alone', () => {
    const { header } = read([
      ['KẾ HOẠCH ĐOÀN RA NĂM 2026'],
      ['STT', 'Nội dung đoàn (mục đích)', 'Thời gian đi', 'Nước đến', 'Ghi chú'],
      ['1', 'Làm việc với đối tác', 'Quý II', 'Lào', ''],
    ]);
    expect(header).toMatchObject({
      rowNumber: 2,
      fields: { tt: 1, content: 2, from: 3, to: 4 },
      unknown: [{ column: 5, title: 'Ghi chú' }],
      lastRow: 2,
    });
  });

  it('takes the best row within the rows searched, and none without the required column', () => {
    expect(read([['TT', 'Thời gian đi', 'Nước đến']]).header).toBeUndefined();
    const tooLow = [[], [], [], [], [], ['TT', 'Nội dung', 'Nước đến']];
    expect(read(tooLow).header).toBeUndefined();
  });

  it('reads titles under parents merged across columns, over two rows', () => {
    const { header } = read(
      [
        ['TT', 'Nội dung', 'Chuyến đi', ''],
        ['', '', 'Thời gian đi', 'Nước đến'],
        ['1', 'Đoàn A', 'Quý I', 'Lào'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1'] },
    );
    expect(header).toMatchObject({ fields: { tt: 1, content: 2, from: 3, to: 4 }, lastRow: 2 });
  });

  // 836/QĐ-BXD 2019: the children's row names more fields than the top row, so it had been taken for the
  // header and the top row ("Thời gian | Nội dung công việc | … | Thực hiện") for a line of the title.
  it('starts a two-row header at its top row when that row names fewer fields than its children', () => {
    const { header } = read(
      [
        ['KẾ HOẠCH ĐOÀN RA'],
        ['TT', 'Nội dung', 'Chuyến đi', ''],
        ['', '', 'Thời gian đi', 'Nước đến'],
        ['1', 'Đoàn A', 'Quý I', 'Lào'],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:D2'] },
    );
    expect(header).toMatchObject({ rowNumber: 2, lastRow: 3, fields: { tt: 1, content: 2, from: 3, to: 4 } });
    // A title merged across the whole row above a one-row header is no part of it.
    const { header: plain } = read(
      [
        ['KẾ HOẠCH ĐOÀN RA', '', '', ''],
        ['TT', 'Nội dung', 'Thời gian đi', 'Nước đến'],
        ['1', 'Đoàn A', 'Quý I', 'Lào'],
      ],
      { merges: ['A1:D1'] },
    );
    expect(plain).toMatchObject({ rowNumber: 2, lastRow: 2 });
  });

  it('knows its header repeated further down by the columns it names, not by its first cell', () => {
    const { grid, merges, header } = read([
      ['TT', 'Nội dung', 'Thời gian đi', 'Nước đến'],
      ['1', 'Đoàn A', 'Quý I', 'Lào'],
      ['', 'Nội dung đoàn', 'Thời gian đi', 'Địa điểm'],
      ['2', 'Nội dung làm việc', 'Quý II', 'Campuchia'],
    ]);
    if (!header) throw new Error('no header');
    expect(repeatsHeader(DELEGATIONS, grid, merges, header, 3)).toBe(true);
    expect(repeatsHeader(DELEGATIONS, grid, merges, header, 4)).toBe(false);
  });

  it('matches titles folded, a short code only whole, the longest synonym first', () => {
    const fieldOf = titleMatcher(DELEGATIONS);
    expect(fieldOf('NỘI DUNG ĐOÀN')).toBe('content');
    expect(fieldOf('noi dung')).toBe('content');
    expect(fieldOf('TT hành chính')).toBeUndefined();
    expect(fieldOf('')).toBeUndefined();
  });
});
