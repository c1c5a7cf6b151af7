import {
  amountUnit,
  buildAgencyLists,
  editableTask,
  editChanges,
  fundingSourceTitle,
  fundingText,
  parseAppendix,
  placeTask,
  proposeFixes,
  validate,
} from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

// Session 23 probe: funding written as one column per source — "Kinh phí (triệu đồng)" over "Ngân sách trung
// ương" | "Ngân sách tỉnh" | "Xã hội hóa", the amounts below, the form of many đề án and programme appendices.
// The first source column (or "Nguồn khác", which names the field by itself) had been read as the funding and
// the others as extra columns: a task funded only by the province was "without funding" (a warning), the
// lists printed "Ngân sách tỉnh: 200" as an extra column and the funding as a bare "100".
const TITLE = [
  ['PHỤ LỤC'],
  ['DANH MỤC NHIỆM VỤ NĂM 2026'],
  ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh Gia Lai)'],
];

const HEADER = [
  'TT',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Kinh phí (triệu đồng)',
  null,
  null,
  null,
];
const SOURCES = [null, null, null, null, null, 'Tổng số', 'Ngân sách trung ương', 'Ngân sách tỉnh', 'Khác'];
const MERGES = ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:I4'];

/** Twelve tasks funded by the centre, one by the province alone, one with its sources unsaid. */
function sheet(extraRows: Array<Array<string | null>> = []) {
  const tasks = Array.from({ length: 12 }, (_, i) => [
    String(i + 1),
    `Nhiệm vụ chuyển đổi số thứ ${i + 1}`,
    'Sở Khoa học và Công nghệ',
    'Sở Tài chính',
    'Năm 2026',
    String(100 * (i + 1)),
    i === 6 ? null : String(100 * (i + 1)),
    i === 6 ? '700' : null,
    null,
  ]);
  return gridFrom([...TITLE, HEADER, SOURCES, ...tasks, ...extraRows], { merges: MERGES });
}

describe('funding written as one column per source', () => {
  it('reads each task funding as its sources with their amounts, the sources no extra columns', () => {
    const appendix = parseAppendix(sheet());
    expect(appendix.columns.funding).toBe('F');
    expect(appendix.fundingSources).toEqual([
      { column: 'F', title: 'Tổng số', unit: 'triệu đồng' },
      { column: 'G', title: 'Ngân sách trung ương', unit: 'triệu đồng' },
      { column: 'H', title: 'Ngân sách tỉnh', unit: 'triệu đồng' },
      { column: 'I', title: 'Nguồn khác', unit: 'triệu đồng' },
    ]);
    expect(appendix.extraColumns).toEqual([]);
    expect(appendix.tasks[0]?.funding).toBe('Ngân sách trung ương: 100 triệu đồng');
    expect(appendix.tasks[6]?.funding).toBe('Ngân sách tỉnh: 700 triệu đồng');
    expect(appendix.tasks[0]?.extra).toEqual({});
  });

  it('no longer calls a task funded by another source than the first "without funding"', () => {
    const { findings } = validate(parseAppendix(sheet()));
    expect(findings.filter((f) => f.code === 'missing-funding')).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('still says when a task names no source at all', () => {
    const blank = ['13', 'Tổng kết', 'Sở Nội vụ', 'Sở Tài chính', 'Quý IV/2026', null, null, null, null];
    const { findings } = validate(parseAppendix(sheet([blank])));
    expect(findings.filter((f) => f.code === 'missing-funding').map((f) => f.cell)).toEqual(['F18']);
  });

  it('keeps a total row with its sums as a total, and sections with their subtotals as sections', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          HEADER,
          SOURCES,
          ['I', 'NHIỆM VỤ TRỌNG TÂM', null, null, null, '1.500', '1.000', '500', null],
          [
            '1',
            'Xây dựng cơ sở dữ liệu',
            'Sở Khoa học và Công nghệ',
            null,
            'Năm 2026',
            '1.000',
            '1.000',
            null,
            null,
          ],
          ['2', 'Đào tạo cán bộ', 'Sở Nội vụ', null, 'Năm 2026', '500', null, '500', null],
          [null, 'Tổng cộng', null, null, null, '1.500', '1.000', '500', null],
        ],
        { merges: MERGES },
      ),
    );
    expect(appendix.sections.map((s) => s.tt)).toEqual(['I']);
    expect(appendix.tasks.map((t) => [t.tt, t.funding])).toEqual([
      ['1', 'Ngân sách trung ương: 1.000 triệu đồng'],
      ['2', 'Ngân sách tỉnh: 500 triệu đồng'],
    ]);
    expect(appendix.notes.map((n) => n.row)).toContain(9);
  });

  it('reads a third header row: the levels under "Ngân sách nhà nước", each its own source', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          [
            'TT',
            'Nhiệm vụ',
            'Cơ quan chủ trì',
            'Thời gian thực hiện',
            'Kinh phí (triệu đồng)',
            null,
            null,
            null,
          ],
          [null, null, null, null, 'Tổng số', 'Ngân sách nhà nước', null, 'Khác'],
          [null, null, null, null, null, 'Trung ương', 'Địa phương', null],
          [
            '1',
            'Xây dựng cơ sở dữ liệu',
            'Sở Nông nghiệp và Môi trường',
            '2026',
            '12.000',
            '8.000',
            '4.000',
            null,
          ],
          ['2', 'Đào tạo cán bộ', 'Sở Nội vụ', '2026', '2.500', null, '2.000', '500'],
        ],
        { merges: ['A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E4:H4', 'E5:E6', 'F5:G5', 'H5:H6'] },
      ),
    );
    // The third row had been a task (its "task" the merged title above), and the amounts under "Địa phương" lost.
    expect(appendix.tasks.map((t) => [t.tt, t.funding])).toEqual([
      ['1', 'Ngân sách trung ương: 8.000 triệu đồng; Ngân sách địa phương: 4.000 triệu đồng'],
      ['2', 'Ngân sách địa phương: 2.000 triệu đồng; Nguồn khác: 500 triệu đồng'],
    ]);
    expect(appendix.rowKinds.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([4, 5, 6]);
    expect(validate(appendix).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads the total alone when no source is filled, words as written', () => {
    const column = (title: string) => ({ column: 6, title, parentTitle: 'Kinh phí (triệu đồng)' });
    expect(fundingText([{ column: column('Tổng số'), text: 'Lồng ghép' }])).toBe('Lồng ghép');
    expect(fundingText([{ column: column('Tổng số'), text: '300' }])).toBe('Tổng số: 300 triệu đồng');
    expect(
      fundingText([
        { column: column('Tổng số'), text: '300' },
        { column: column('NSTW'), text: '-' },
        { column: column('NSĐP'), text: '300' },
        { column: column('Xã hội hóa'), text: 'x' },
      ]),
    ).toBe('NSĐP: 300 triệu đồng; Xã hội hóa');
  });

  it('reads sources on the header row itself when their cells hold amounts', () => {
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE,
        ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian', 'Ngân sách tỉnh', 'Xã hội hóa'],
        ['1', 'Tổ chức hội chợ', 'Sở Công Thương', 'Quý III/2026', '200', '300'],
        ['2', 'Quảng bá du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Quý II/2026', null, '150'],
      ]),
    );
    expect(appendix.fundingSources?.map((s) => s.title)).toEqual(['Ngân sách tỉnh', 'Xã hội hóa']);
    expect(appendix.tasks.map((t) => t.funding)).toEqual([
      'Ngân sách tỉnh: 200; Xã hội hóa: 300',
      'Xã hội hóa: 150',
    ]);
  });

  it('leaves columns that are no sources as they were: amounts by year, levels marked on the header row', () => {
    const byYear = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian', 'Kinh phí (triệu đồng)', null],
          [null, null, null, null, '2026', '2027'],
          ['1', 'Xây dựng cơ sở dữ liệu', 'Sở Tư pháp', '2026 - 2027', '500', '300'],
        ],
        { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:F4'] },
      ),
    );
    expect(byYear.fundingSources).toBeUndefined();
    expect(byYear.tasks[0]?.funding).toBe('500');
    // "Tỉnh | Xã" alone on the header row are the levels that act, marked "x": no budgets.
    const levels = parseAppendix(
      gridFrom([
        ...TITLE,
        ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian', 'Tỉnh', 'Xã'],
        ['1', 'Tuyên truyền', 'Sở Văn hóa, Thể thao và Du lịch', 'Năm 2026', 'x', 'x'],
      ]),
    );
    expect(levels.fundingSources).toBeUndefined();
    expect(levels.extraColumns.map((c) => c.title)).toEqual(['Tỉnh', 'Xã']);
  });

  it('writes a new task amounts under their sources, and leaves a task funding to the sheet in the form', () => {
    const appendix = parseAppendix(sheet());
    const placed = placeTask(appendix, null, {
      task: 'Việc mới',
      lead: 'Sở Nội vụ',
      funding: 'Ngân sách tỉnh: 250 triệu đồng; Nguồn khác: 50',
    });
    expect(placed.cells.filter((c) => 'FGHI'.includes(c.column))).toEqual([
      { column: 'H', text: '250' },
      { column: 'I', text: '50' },
    ]);
    // A funding that names no source column is written as typed, never dropped.
    const typed = placeTask(appendix, null, { task: 'Việc mới', funding: 'Lồng ghép trong chương trình' });
    expect(typed.cells).toContainEqual({ column: 'F', text: 'Lồng ghép trong chương trình' });
    const task = appendix.tasks[0];
    if (!task) throw new Error('no task');
    const edit = editableTask(appendix, task);
    expect(edit.locked).toContain('funding');
    expect(editChanges(appendix, edit, { ...edit.draft, funding: 'Ngân sách tỉnh: 1' })).toEqual([]);
  });

  it('proposes no fix in a source column: the funding text is composed, no cell holds it', () => {
    const grid = sheet([
      ['13', 'Tổng kết', 'Sở Nội vụ', 'Sở Tài chính', 'Quý IV/2026', 'Lång ghÐp', null, null, null],
    ]);
    const appendix = parseAppendix(grid);
    const { findings, analyses } = validate(appendix);
    expect(findings.some((f) => f.cell === 'F18')).toBe(true);
    expect(proposeFixes({ grid, appendix, analyses, findings }).filter((c) => c.column === 'F')).toEqual([]);
  });

  it('lists each agency its tasks with their funding by source, no source printed as an extra column', () => {
    const appendix = parseAppendix(sheet());
    const lists = buildAgencyLists(appendix);
    const science = lists.lists.find((l) => l.entry?.name === 'Sở Khoa học và Công nghệ');
    expect(science?.led[6]?.task.funding).toBe('Ngân sách tỉnh: 700 triệu đồng');
    expect(science?.led.every((e) => Object.keys(e.task.extra).length === 0)).toBe(true);
  });
});

describe('funding source titles', () => {
  it.each([
    ['Ngân sách trung ương', '', 'Ngân sách trung ương'],
    ['NSĐP', 'Kinh phí', 'NSĐP'],
    ['Xã hội hóa', '', 'Xã hội hóa'],
    ['Vốn ODA', 'Nguồn vốn', 'Vốn ODA'],
    ['Ngân sách', 'Nguồn kinh phí', 'Ngân sách'],
    ['Khác', 'Kinh phí', 'Nguồn khác'],
    ['Tổng số', 'Kinh phí', 'Tổng số'],
    ['Tổng cộng', '', 'Tổng cộng'],
    ['Địa phương', 'Kinh phí (triệu đồng)', 'Ngân sách địa phương'],
    ['Tỉnh', 'Ngân sách nhà nước', 'Ngân sách tỉnh'],
    ['Vốn đầu tư', 'Nguồn vốn', 'Vốn đầu tư'],
    ['Trong đó: NSTW', 'Kinh phí', 'NSTW'],
    ['Địa phương', '', undefined],
    ['Tỉnh', '', undefined],
    ['2026', 'Kinh phí', undefined],
    ['Cộng đồng', '', undefined],
    ['Ghi chú', 'Kinh phí', undefined],
  ])('%s under "%s" is %s', (title, parent, expected) => {
    expect(fundingSourceTitle(title, parent)).toBe(expected);
  });

  it.each([
    ['Kinh phí (triệu đồng)', 'triệu đồng'],
    ['Kinh phí dự kiến (Tr.đồng)', 'triệu đồng'],
    ['Nguồn vốn (ĐVT: trđ)', 'triệu đồng'],
    ['Kinh phí (tỷ đồng)', 'tỷ đồng'],
    ['Kinh phí (đồng)', 'đồng'],
    ['Kinh phí', ''],
    ['Kinh phí (dự kiến)', ''],
  ])('the unit of "%s" is "%s"', (title, unit) => {
    expect(amountUnit(title)).toBe(unit);
  });
});
