import type { Finding } from '../../../src/domain';
import { cellMarks, isMarkNote, MARK_NOTE_TAG, markNoteText } from '../../../src/domain';

const finding = (over: Partial<Finding> & Pick<Finding, 'code' | 'severity' | 'rowNumber'>): Finding => ({
  data: {},
  ...over,
});

describe('cellMarks', () => {
  it('gives one mark per cell, with the worst severity and every finding in the note, worst first', () => {
    const marks = cellMarks(
      [
        finding({ code: 'extra-whitespace', severity: 'info', rowNumber: 20, cell: 'E20' }),
        finding({ code: 'missing-legal-basis', severity: 'error', rowNumber: 20, cell: 'E20' }),
        finding({ code: 'missing-funding', severity: 'warning', rowNumber: 67, cell: 'F67' }),
      ],
      'Phụ lục 1',
      { rowColumn: 'A', headerRow: 5 },
    );
    expect(marks.map((m) => [m.cell, m.severity])).toEqual([
      ['E20', 'error'],
      ['F67', 'warning'],
    ]);
    const lines = (marks[0]?.note ?? '').split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${MARK_NOTE_TAG} · [0-9a-f]{8}$`));
    expect(lines[1]).toMatch(/^• \[lỗi\] /);
    expect(lines[2]).toMatch(/^• \[thông tin\] /);
    expect(isMarkNote(marks[0]?.note ?? '')).toBe(true);
  });

  it("marks a row-level finding in the row's TT cell and leaves other sheets' findings to the result sheet", () => {
    const marks = cellMarks(
      [
        finding({
          code: 'continuation-row',
          severity: 'info',
          rowNumber: 19,
          data: { tt: '5', taskRow: 18 },
        }),
        finding({
          code: 'registry-missing-name',
          severity: 'warning',
          rowNumber: 4,
          sheet: 'Danh mục cơ quan',
          cell: 'A4',
          data: { sheet: 'Danh mục cơ quan' },
        }),
      ],
      'Phụ lục 1',
      { rowColumn: 'B', headerRow: 5 },
    );
    expect(marks.map((m) => m.cell)).toEqual(['B19']);
  });

  it('marks no cell for a finding about the sheet: a column missing from the header', () => {
    const marks = cellMarks(
      [
        finding({ code: 'missing-column', severity: 'info', rowNumber: 5, data: { field: 'basis' } }),
        finding({ code: 'duplicate-column', severity: 'info', rowNumber: 5, cell: 'C5', column: 'C' }),
      ],
      'Phụ lục 1',
      { rowColumn: 'A', headerRow: 5 },
    );
    expect(marks.map((m) => m.cell)).toEqual(['C5']);
  });

  it('writes the note in English when asked', () => {
    const [mark] = cellMarks(
      [finding({ code: 'missing-funding', severity: 'warning', rowNumber: 67, cell: 'F67' })],
      'S',
      { rowColumn: 'A', headerRow: 1 },
      'en',
    );
    expect(mark?.note).toMatch(/\[warning\]/);
  });
});

describe('isMarkNote: the add-in owns a note only while its text is what it wrote', () => {
  const ours = markNoteText(['• [Lỗi] Nhiệm vụ chưa có căn cứ.']);

  it.each([
    ['the note as written', ours, true],
    ['the same with Windows line endings', ours.replace(/\n/g, '\r\n'), true],
    ['a line the officer added', `${ours}\nĐã trao đổi với Sở Tư pháp.`, false],
    ['a word the officer changed', ours.replace('căn cứ', 'căn cứ pháp lý'), false],
    [
      "an officer's note that starts with the add-in's name",
      'Ma trận nhiệm vụ\nGhi chú riêng của tôi',
      false,
    ],
    ['the tag line alone', ours.split('\n')[0] ?? '', false],
  ])('%s → %s', (_what, text, owned) => {
    expect(isMarkNote(text)).toBe(owned);
  });
});
