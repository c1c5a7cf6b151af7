import type { CellMark } from '../../../src/domain';
import { markNoteText, planNotes, sheetNameFor } from '../../../src/domain';

const mark = (cell: string): CellMark => ({ cell, severity: 'warning', note: markNoteText([`• ${cell}`]) });

describe('sheetNameFor', () => {
  it.each([
    ['a free name', [], { name: 'Kết quả kiểm tra', reuse: false, renamed: false }],
    [
      "the add-in's own sheet, whatever its case",
      [{ name: 'KẾT QUẢ KIỂM TRA', tag: 'result' as const }],
      { name: 'KẾT QUẢ KIỂM TRA', reuse: true, renamed: false },
    ],
    [
      "an officer's sheet of that name (kept; the next name is used)",
      [{ name: 'kết quả kiểm tra' }],
      { name: 'Kết quả kiểm tra (2)', reuse: false, renamed: true },
    ],
    [
      "an officer's sheet, and the add-in's own under the next name",
      [{ name: 'Kết quả kiểm tra' }, { name: 'Kết quả kiểm tra (2)', tag: 'result' as const }],
      { name: 'Kết quả kiểm tra (2)', reuse: true, renamed: true },
    ],
    [
      'a sheet of another kind of the add-in',
      [{ name: 'Kết quả kiểm tra', tag: 'settings' as const }],
      { name: 'Kết quả kiểm tra (2)', reuse: false, renamed: true },
    ],
  ])('handles %s', (_, sheets, expected) => {
    expect(sheetNameFor('Kết quả kiểm tra', 'result', sheets)).toEqual(expected);
  });

  it('keeps names within Excel’s 31 characters', () => {
    const wanted = 'Một tên trang rất dài đúng ba mươi mốt';
    const choice = sheetNameFor(wanted.slice(0, 31), 'result', [{ name: wanted.slice(0, 31) }]);
    expect(choice.name.length).toBeLessThanOrEqual(31);
  });
});

describe('planNotes', () => {
  it("adds, updates and removes the add-in's notes and never touches the officer's", () => {
    const plan = planNotes(
      [mark('E110'), mark('F67'), mark('C31')],
      [
        { cell: 'E110', ours: false },
        { cell: 'F67', ours: true },
        { cell: 'A7', ours: true },
        { cell: 'B2', ours: false },
      ],
    );
    expect(plan).toEqual({ add: [mark('C31')], update: [mark('F67')], remove: ['A7'], kept: ['E110'] });
  });

  it('removes every note of the add-in when nothing is marked any more', () => {
    expect(
      planNotes(
        [],
        [
          { cell: 'A7', ours: true },
          { cell: 'B2', ours: false },
        ],
      ).remove,
    ).toEqual(['A7']);
  });
});
