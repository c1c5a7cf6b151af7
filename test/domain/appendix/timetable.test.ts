import {
  buildAgencyLists,
  editableTask,
  editChanges,
  isPeriodTitle,
  parseAppendix,
  periodTime,
  periodTitle,
  placeTask,
  timeColumnTitle,
  validate,
} from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

// Session 22 probe: a timetable — the time written as one column per year or quarter, an "x" under each
// period of the task — had its second header row read as a task (an error for no task, one for no lead), the
// marks as time frames without a time ("x"), a task marked only in a later year as having no time, and the
// later period columns as extra columns the lists carried as "2027: x".
const TITLE = [
  ['PHỤ LỤC'],
  ['DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026 - 2030'],
  ['(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2026 của UBND tỉnh Quảng Ngãi)'],
];

const YEARS = gridFrom(
  [
    ...TITLE,
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', null, null, null, null],
    [null, null, null, null, '2026', '2027', '2028', '2029', '2030'],
    ['I', 'HOÀN THIỆN THỂ CHẾ'],
    [
      '1',
      'Rà soát văn bản quy phạm pháp luật',
      'Sở Tư pháp',
      'Các sở, ban, ngành',
      'x',
      'x',
      null,
      null,
      null,
    ],
    [
      '2',
      'Xây dựng cơ sở dữ liệu đất đai',
      'Sở Nông nghiệp và Môi trường',
      'UBND các xã, phường',
      'x',
      'X',
      'x',
      'x',
      'x',
    ],
    ['3', 'Đào tạo cán bộ', 'Sở Nội vụ', 'Sở Tài chính', null, null, 'x', null, null],
    ['4', 'Kiểm tra việc thực hiện', 'Thanh tra tỉnh', 'Sở Nội vụ', null, null, null, null, null],
  ],
  { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:I4'] },
);

describe('a timetable: one column per period, a mark under each of the task', () => {
  it('reads the periods row as header and each task time as its marked periods', () => {
    const appendix = parseAppendix(YEARS);
    expect(appendix.columns.time).toBe('E');
    expect(appendix.timePeriods?.map((p) => `${p.column}:${p.title}`)).toEqual([
      'E:2026',
      'F:2027',
      'G:2028',
      'H:2029',
      'I:2030',
    ]);
    expect(appendix.extraColumns).toEqual([]);
    expect(appendix.tasks.map((t) => [t.tt, t.time])).toEqual([
      ['1', '2026, 2027'],
      ['2', '2026, 2027, 2028, 2029, 2030'],
      ['3', '2028'],
      ['4', ''],
    ]);
    expect(appendix.rowKinds.find((r) => r.row === 5)?.kind).toBe('header');
  });

  it('flags only the task with no mark at all', () => {
    const findings = validate(parseAppendix(YEARS)).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['missing-timeframe E10']);
  });

  it('puts the periods in the agency lists as the time, not as extra columns', () => {
    const lists = buildAgencyLists(parseAppendix(YEARS));
    const land = lists.lists.find((l) => l.entry?.name === 'Sở Nông nghiệp và Môi trường');
    expect(land?.led.map((e) => [e.task.time, e.task.extra])).toEqual([['2026, 2027, 2028, 2029, 2030', {}]]);
  });

  it('reads quarters titled on the header row itself, and a mark in capitals', () => {
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE,
        ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Ghi chú'],
        ['1', 'Tuyên truyền pháp luật', 'Sở Tư pháp', 'x', 'x', 'x', 'x', null],
        ['2', 'Tổ chức hội nghị', 'Sở Nội vụ', null, 'X', null, null, 'Báo cáo UBND tỉnh'],
      ]),
    );
    expect(appendix.tasks.map((t) => t.time)).toEqual(['Quý I, Quý II, Quý III, Quý IV', 'Quý II']);
    expect(appendix.columns.note).toBe('H');
    const lists = buildAgencyLists(appendix);
    expect(lists.lists.find((l) => l.entry?.name === 'Sở Nội vụ')?.led[0]?.quarters).toEqual([2]);
  });

  it('reads quarters under the years above them, beside a lead parent over its children', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          [
            'TT',
            'Nhiệm vụ',
            'Cơ quan thực hiện',
            null,
            'Năm 2026',
            null,
            null,
            null,
            'Năm 2027',
            null,
            null,
            null,
          ],
          [
            null,
            null,
            'Chủ trì',
            'Phối hợp',
            'Quý I',
            'Quý II',
            'Quý III',
            'Quý IV',
            'Quý I',
            'Quý II',
            'Quý III',
            'Quý IV',
          ],
          ['1', 'Xây dựng đề án', 'Sở Nội vụ', 'Sở Tư pháp', null, 'x', 'x', null, null, null, null, null],
          ['2', 'Triển khai đề án', 'Sở Nội vụ', 'Sở Tư pháp', null, null, null, null, 'x', null, null, 'x'],
        ],
        { merges: ['A4:A5', 'B4:B5', 'C4:D4', 'E4:H4', 'I4:L4'] },
      ),
    );
    expect(appendix.columns).toMatchObject({ lead: 'C', partners: 'D', time: 'E' });
    expect(appendix.extraColumns).toEqual([]);
    expect(appendix.tasks.map((t) => t.time)).toEqual([
      'Quý II Năm 2026, Quý III Năm 2026',
      'Quý I Năm 2027, Quý IV Năm 2027',
    ]);
    expect(validate(appendix).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('takes a span of years as a period, and words in a period cell with their year', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Nhiệm vụ', 'Chủ trì', 'Lộ trình thực hiện', null, null, 'Kinh phí'],
          [null, null, null, '2026', '2027', '2028 - 2030', null],
          ['1', 'Xây dựng đề án', 'Sở Nội vụ', 'Quý IV', null, null, 'Ngân sách tỉnh'],
          ['2', 'Triển khai', 'Sở Nội vụ', null, 'x', 'x', 'Ngân sách tỉnh'],
        ],
        { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4', 'G4:G5'] },
      ),
    );
    expect(appendix.tasks.map((t) => t.time)).toEqual(['Quý IV năm 2026', '2027, 2028 - 2030']);
    expect(appendix.columns.funding).toBe('G');
  });

  it('reads bare month or quarter numbers under a title that names the unit', () => {
    const months = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian thực hiện (tháng)', ...Array<null>(11).fill(null)],
          [null, null, null, ...Array.from({ length: 12 }, (_, i) => String(i + 1))],
          ['1', 'Kiểm tra', 'Thanh tra tỉnh', null, null, 'x', 'x', ...Array<null>(8).fill(null)],
        ],
        { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:O4'] },
      ),
    );
    expect(months.tasks[0]?.time).toBe('Tháng 3, Tháng 4');
    expect(months.extraColumns).toEqual([]);
    const quarters = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Nhiệm vụ', 'Chủ trì', 'Tiến độ thực hiện theo quý', null, null, null],
          [null, null, null, 'I', 'II', 'III', 'IV'],
          ['1', 'Kiểm tra', 'Thanh tra tỉnh', null, null, null, 'x'],
        ],
        { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:G4'] },
      ),
    );
    expect(quarters.tasks[0]?.time).toBe('Quý IV');
    // Without the unit a bare number is no period: the columns stay as written.
    expect(periodTitle('3', 'Thời gian thực hiện')).toBeUndefined();
  });

  it('gives marks merged down over several tasks to each of them', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Nhiệm vụ', 'Chủ trì', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
          ['1', 'Việc một', 'Sở Nội vụ', 'x', null, null, null],
          ['2', 'Việc hai', 'Sở Nội vụ', null, null, 'x', null],
        ],
        { merges: ['D5:D6'] },
      ),
    );
    expect(appendix.tasks.map((t) => t.time)).toEqual(['Quý I', 'Quý I, Quý III']);
    expect(appendix.tasks[1]?.mergedFrom.time).toBeUndefined();
  });

  it('does not take years over figures for a timetable: a target per year stays an extra column', () => {
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE,
        ['STT', 'Chỉ tiêu', 'Đơn vị chủ trì', '2026', '2027', '2028', 'Thời hạn'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến', 'Sở Khoa học và Công nghệ', '60%', '70%', '80%', 'Năm 2028'],
        ['2', 'Tỷ lệ số hóa', 'Sở Nội vụ', '50%', '60%', 'x', 'Năm 2028'],
      ]),
    );
    expect(appendix.timePeriods).toBeUndefined();
    expect(appendix.columns.time).toBe('G');
    expect(appendix.extraColumns.map((c) => c.title)).toEqual(['2026', '2027', '2028']);
  });

  // The same probe: children that name no field beside children that do ("Cơ quan thực hiện" over "Chủ trì"
  // | "Phối hợp", "Thời gian thực hiện" over "Bắt đầu" | "Kết thúc") had been dropped — neither a field nor an
  // extra column, the deadline and "Cuối kỳ" read by nothing.
  it('keeps every child column of a two-row header, fields and others alike', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Nhiệm vụ', 'Cơ quan thực hiện', null, 'Thời gian thực hiện', null, 'Chỉ số theo dõi', null],
          [null, null, 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Kết thúc', 'Đầu kỳ', 'Cuối kỳ'],
          ['1', 'Xây dựng đề án', 'Sở Nội vụ', 'Sở Tư pháp', 'Tháng 1/2026', 'Tháng 6/2026', '10', '20'],
        ],
        { merges: ['A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'G4:H4'] },
      ),
    );
    expect(appendix.columns).toMatchObject({ lead: 'C', partners: 'D', time: 'F' });
    expect(appendix.tasks[0]?.time).toBe('Tháng 6/2026');
    expect(appendix.tasks[0]?.extra).toEqual({ 'Bắt đầu': 'Tháng 1/2026', 'Đầu kỳ': '10', 'Cuối kỳ': '20' });
  });

  it('marks the periods a new task names, and leaves a task time to the sheet in the form', () => {
    const appendix = parseAppendix(YEARS);
    const placed = placeTask(appendix, null, { task: 'Việc mới', lead: 'Sở Nội vụ', time: '2027, 2029' });
    expect(placed.cells.filter((c) => ['E', 'F', 'G', 'H', 'I'].includes(c.column))).toEqual([
      { column: 'F', text: 'x' },
      { column: 'H', text: 'x' },
    ]);
    // A time that names no period column is written as typed, never dropped.
    const typed = placeTask(appendix, null, { task: 'Việc mới', time: 'Tháng 6/2027' });
    expect(typed.cells).toContainEqual({ column: 'E', text: 'Tháng 6/2027' });
    const task = appendix.tasks[0];
    if (!task) throw new Error('no task');
    const edit = editableTask(appendix, task);
    expect(edit.locked).toContain('time');
    expect(editChanges(appendix, edit, { ...edit.draft, time: '2030' })).toEqual([]);
  });
});

// Session 23 probe: quarters under years under "Thời gian thực hiện", a header of three rows.
describe('a timetable over three header rows', () => {
  it('reads each quarter with its year, the third row no task', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', null, null, null, null],
          [null, null, null, 'Năm 2026', null, null, 'Năm 2027', null],
          [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý I', 'Quý II'],
          ['1', 'Rà soát', 'Sở Tư pháp', 'x', 'x', null, null, null],
          ['2', 'Đào tạo', 'Sở Nội vụ', null, null, null, 'x', null],
          ['3', 'Kiểm tra', 'Thanh tra tỉnh', null, null, null, null, null],
        ],
        { merges: ['A4:A6', 'B4:B6', 'C4:C6', 'D4:H4', 'D5:F5', 'G5:H5'] },
      ),
    );
    expect(appendix.tasks.map((t) => [t.tt, t.time])).toEqual([
      ['1', 'Quý I Năm 2026, Quý II Năm 2026'],
      ['2', 'Quý I Năm 2027'],
      ['3', ''],
    ]);
    const faults = validate(appendix).findings.filter((f) => f.severity !== 'info');
    expect(faults.map((f) => `${f.code} ${f.cell}`)).toEqual(['missing-timeframe D9']);
  });
});

// Session 23 probe: a list of resolutions with an "x" under the council session each goes to. The first
// session's column had been read as the time: "x" a time without a time, the others "without time".
describe('a timetable of occasions: an "x" under the session each task goes to', () => {
  it('reads the marked session as the time, with no finding', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE,
          ['TT', 'Tên Nghị quyết', 'Cơ quan chủ trì soạn thảo', 'Thời gian trình', null, null],
          [null, null, null, 'Kỳ họp giữa năm', 'Kỳ họp cuối năm', 'Kỳ họp chuyên đề'],
          ['1', 'Nghị quyết quy định mức chi', 'Sở Tài chính', 'x', null, null],
          ['2', 'Nghị quyết kế hoạch đầu tư công', 'Sở Tài chính', null, 'x', null],
          ['3', 'Nghị quyết chính sách hỗ trợ', 'Sở Nông nghiệp và Môi trường', null, null, 'x'],
        ],
        { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4'] },
      ),
    );
    expect(appendix.tasks.map((t) => t.time)).toEqual([
      'Kỳ họp giữa năm',
      'Kỳ họp cuối năm',
      'Kỳ họp chuyên đề',
    ]);
    expect(validate(appendix).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each([
    ['Kỳ họp cuối năm', 'Thời gian trình', 'Kỳ họp cuối năm'],
    ['Kỳ họp cuối năm', '', undefined],
    ['Đột xuất', 'Thời gian', 'Đột xuất'],
    ['Bắt đầu', 'Thời gian thực hiện', undefined],
    ['Trình UBND', 'Thời gian', undefined],
  ])('%s under "%s" stands for %s', (title, parent, expected) => {
    expect(timeColumnTitle(title, parent)).toBe(expected);
  });
});

describe('period titles and marked times', () => {
  it.each([
    ['2026', true],
    ['Năm 2027', true],
    ['Quý I', true],
    ['Q2', true],
    ['Quý I/2026', true],
    ['Tháng 3', true],
    ['6 tháng đầu năm', true],
    ['2028 - 2030', true],
    ['Sau năm 2030', false],
    ['Đến năm 2030', false],
    ['Thời gian thực hiện', false],
    ['Ghi chú', false],
    ['x', false],
  ])('%s is a period title: %s', (title, expected) => {
    expect(isPeriodTitle(title)).toBe(expected);
  });

  it('joins marked periods in column order, and reads words with their year', () => {
    const period = (column: number, title: string) => ({ column, title, parentTitle: '' });
    expect(
      periodTime([
        { column: period(5, '2026'), text: 'x' },
        { column: period(6, 'Năm 2027'), text: 'Quý II' },
        { column: period(7, 'Quý I'), text: 'tháng 2' },
      ]),
    ).toBe('2026, Quý II năm 2027, Quý I: tháng 2');
  });
});
