import type { Finding } from '../../../src/domain';
import { formatFinding, parseAppendix, UnusableWorkbookError, validate } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

const TITLE = [
  ['PHỤ LỤC II'],
  ['DANH MỤC NHIỆM VỤ NĂM 2025'],
  ['(Kèm theo Kế hoạch số 123/KH-UBND ngày 05/01/2025 của UBND tỉnh Đồng Nai)'],
];

const kinds = (appendix: ReturnType<typeof parseAppendix>) =>
  Object.fromEntries(appendix.rowKinds.map((r) => [r.row, r.kind]));

describe('parseAppendix on messy sheets', () => {
  it('finds a header with other wording anywhere in the first 30 rows, on a sheet not starting at A1', () => {
    const grid = gridFrom(
      [
        ...TITLE,
        [],
        [
          'STT',
          'Nội dung\nnhiệm vụ',
          'Đơn vị chủ trì',
          'Đơn vị phối hợp',
          'Thời hạn',
          'Cơ sở pháp lý',
          'Kinh phí (triệu đồng)',
          'Mã',
        ],
        ['I', 'NHIỆM VỤ CHUNG'],
        [
          1,
          'Rà soát',
          'Sở Nội vụ',
          'Sở Tư pháp',
          'Quý I',
          'Kế hoạch 12/KH-UBND ngày 02/01/2025',
          'Ngân sách tỉnh',
          'X1',
        ],
      ],
      { top: 3, left: 2, merges: ['C8:I8'] },
    );
    const appendix = parseAppendix(grid);
    expect(appendix.headerRow).toBe(7);
    expect(appendix.columns).toEqual({
      tt: 'B',
      task: 'C',
      lead: 'D',
      partners: 'E',
      time: 'F',
      basis: 'G',
      funding: 'H',
    });
    expect(appendix.extraColumns).toEqual([{ column: 'I', title: 'Mã' }]);
    expect(appendix.tasks).toEqual([
      expect.objectContaining({
        rows: [9, 9],
        tt: '1',
        path: ['I', '1'],
        partners: 'Sở Tư pháp',
        extra: { Mã: 'X1' },
        mergedFrom: {},
      }),
    ]);
    expect(appendix.plan).toMatchObject({
      appendixName: 'PHỤ LỤC II',
      number: '123/KH-UBND',
      date: '2025-01-05',
      year: 2025,
    });
  });

  it('skips a row of column numbers under the header and a header repeated mid-table', () => {
    const grid = gridFrom([
      HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['I', 'MỤC MỘT'],
      ['1', 'Việc một', 'Sở A', 'Quý I', 'KH 1', 'NS'],
      HEADER,
      ['2', 'Việc hai', 'Sở B', 'Quý II', 'KH 2', 'NS'],
    ]);
    const appendix = parseAppendix(grid);
    expect(kinds(appendix)).toMatchObject({ 2: 'column-index', 5: 'repeated-header' });
    expect(appendix.tasks.map((t) => t.tt)).toEqual(['1', '2']);
  });

  it('knows a header repeated on a new page by how well it matches, whatever its TT cell holds', () => {
    const grid = gridFrom([
      HEADER,
      ['1', 'Việc một', 'Sở A', 'Quý I', 'KH 1', 'NS'],
      // Empty TT, other wording for the task and lead columns, then the column numbers again.
      ['', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn', 'Căn cứ', 'Kinh phí'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['2', 'Việc hai', 'Sở B', 'Quý II', 'KH 2', 'NS'],
      // Only two titles in their columns: a task whose text happens to start like a title stays a task.
      ['3', 'Nội dung tuyên truyền', 'Sở C', 'Thời gian', 'KH 3', 'NS'],
    ]);
    const appendix = parseAppendix(grid);
    expect(kinds(appendix)).toMatchObject({ 3: 'repeated-header', 4: 'column-index', 6: 'task' });
    expect(appendix.tasks.map((t) => t.tt)).toEqual(['1', '2', '3']);
  });

  it('reads TT stored as a number and keeps text such as "1.10" as written', () => {
    const grid = gridFrom([HEADER, ['I', 'A'], [1, 'Nhóm'], ['1.10', 'Việc', 'Sở A', 'Quý I', 'KH', 'NS']]);
    const appendix = parseAppendix(grid);
    expect(appendix.sections.map((s) => [s.kind, s.tt])).toEqual([
      ['section', 'I'],
      ['group', '1'],
    ]);
    expect(appendix.tasks[0]?.path).toEqual(['I', '1', '1.10']);
  });

  it('treats rows after the table as trailing notes, not tasks', () => {
    const grid = gridFrom([
      HEADER,
      ['1', 'Việc', 'Sở A', 'Quý I', 'KH', 'NS'],
      [],
      ['* Chưa bao gồm các đoàn theo kế hoạch của bộ, ngành'],
      [null, 'Ghi chú: kinh phí tạm tính'],
      [null, 'các đơn vị chủ động bố trí'],
    ]);
    const appendix = parseAppendix(grid);
    expect(appendix.tasks).toHaveLength(1);
    expect(appendix.notes.map((n) => n.row)).toEqual([4, 5, 6]);
    expect(appendix.notes[0]?.text).toBe('* Chưa bao gồm các đoàn theo kế hoạch của bộ, ngành');
  });

  it('keeps the drafter proposal under the last task as a note, not the task text continued', () => {
    // Đắk Lắk Phụ lục III 2026: "Đề xuất kiến nghị: Các đơn vị …" right under project 19, no TT.
    const grid = gridFrom([
      HEADER,
      ['1', 'Việc', 'Sở A', 'Quý I', 'KH', 'NS'],
      [null, 'Đề xuất kiến nghị: Các đơn vị chủ động xây dựng chi tiết các mốc thời gian'],
      ['2', 'Việc khác', 'Sở B', 'Quý II', 'KH', 'NS'],
      [null, 'đề xuất phương án bố trí kinh phí'],
    ]);
    const appendix = parseAppendix(grid);
    expect(appendix.tasks.map((t) => t.task)).toEqual([
      'Việc',
      'Việc khác\nđề xuất phương án bố trí kinh phí',
    ]);
    expect(appendix.notes.map((n) => n.row)).toEqual([3]);
  });

  it('reads one task from TT and task cells merged over two rows, joining the second row silently', () => {
    const grid = gridFrom(
      [
        HEADER,
        ['1', 'Việc dài', 'Sở A', 'Quý I', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'NS'],
        [null, null, null, null, 'Công văn 2/UBND-VP ngày 03/01/2024', null],
        ['2', 'Việc khác', 'Sở B', 'Quý II', 'KH', 'NS'],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'F2:F3'] },
    );
    const appendix = parseAppendix(grid);
    expect(appendix.tasks).toHaveLength(2);
    expect(appendix.tasks[0]).toMatchObject({
      rows: [2, 3],
      basis: 'Kế hoạch 1/KH-UBND ngày 02/01/2024\nCông văn 2/UBND-VP ngày 03/01/2024',
      continuationRows: [],
      mergedFrom: { tt: 'A2', task: 'B2', lead: 'C2', time: 'D2', funding: 'F2' },
    });
    expect(appendix.findings.filter((f) => f.code === 'continuation-row')).toEqual([]);
  });

  it('splits a section number and title written together in a TT cell merged across the row', () => {
    const grid = gridFrom(
      [HEADER, ['I. CÔNG TÁC ĐỐI NGOẠI ĐẢNG'], ['1', 'Việc', 'Sở A', 'Quý I', 'KH', 'NS']],
      { merges: ['A2:F2'] },
    );
    const appendix = parseAppendix(grid);
    expect(appendix.sections).toEqual([
      { row: 2, kind: 'section', tt: 'I', title: 'CÔNG TÁC ĐỐI NGOẠI ĐẢNG', path: ['I'], parentRow: null },
    ]);
    expect(appendix.tasks[0]?.path).toEqual(['I', '1']);
  });

  it('nests lettered sections, Roman sections, groups and lettered items', () => {
    const grid = gridFrom([
      HEADER,
      ['A', 'PHẦN A'],
      ['I', 'MỤC I'],
      ['1', 'Nhóm 1'],
      ['a)', 'Việc a', 'Sở A', 'Quý I', 'KH', 'NS'],
      ['b)', 'Việc b', 'Sở A', 'Quý I', 'KH', 'NS'],
      ['2', 'Việc 2', 'Sở B', 'Quý II', 'KH', 'NS'],
      ['B', 'PHẦN B'],
      ['I', 'MỤC I'],
      ['1', 'Việc B.I.1', 'Sở C', 'Quý III', 'KH', 'NS'],
    ]);
    const appendix = parseAppendix(grid);
    expect(appendix.tasks.map((t) => t.path.join(' › '))).toEqual([
      'A › I › 1 › a',
      'A › I › 1 › b',
      'A › I › 2',
      'B › I › 1',
    ]);
  });

  it('reads numbering from the task text when the sheet has no TT column', () => {
    const grid = gridFrom([
      ['Nội dung', 'Cơ quan chủ trì', 'Thời gian', 'Căn cứ', 'Nguồn kinh phí'],
      ['I. NHIỆM VỤ TRỌNG TÂM'],
      ['1. Tổ chức hội nghị', 'Sở A', 'Quý I', 'KH', 'NS'],
    ]);
    const appendix = parseAppendix(grid);
    expect(appendix.sections.map((s) => s.title)).toEqual(['NHIỆM VỤ TRỌNG TÂM']);
    expect(appendix.tasks[0]).toMatchObject({ tt: '1', task: '1. Tổ chức hội nghị', path: ['I', '1'] });
    expect(appendix.findings).toContainEqual(
      expect.objectContaining({
        code: 'missing-column',
        severity: 'info',
        rowNumber: 1,
        data: { field: 'tt', title: 'TT' },
      }),
    );
  });

  it('treats a numbered title with no children as a task (its empty columns are for the rules to flag)', () => {
    const grid = gridFrom([HEADER, ['1', 'Chỉ có tên'], ['2', 'Việc', 'Sở A', 'Quý I', 'KH', 'NS']]);
    const appendix = parseAppendix(grid);
    expect(appendix.sections).toEqual([]);
    expect(appendix.tasks.map((t) => [t.tt, t.lead])).toEqual([
      ['1', ''],
      ['2', 'Sở A'],
    ]);
  });

  it('keeps untitled columns that hold data, and a second column naming a mapped field', () => {
    const grid = gridFrom([
      [...HEADER, 'Kinh phí', null],
      ['1', 'Việc', 'Sở A', 'Quý I', 'KH', 'NS', '100', 'ghi thêm'],
    ]);
    const appendix = parseAppendix(grid);
    expect(appendix.extraColumns).toEqual([
      { column: 'G', title: 'Kinh phí' },
      { column: 'H', title: 'H' },
    ]);
    expect(appendix.tasks[0]?.extra).toEqual({ 'Kinh phí': '100', H: 'ghi thêm' });
    // Sources beside amounts are the form's two columns, not one pasted twice: nothing to say.
    expect(appendix.findings.filter((f) => f.code === 'duplicate-column')).toEqual([]);
  });

  // Session 21 probe: "Kinh phí (triệu đồng)" before "Nguồn vốn" had taken the funding field, so a task with
  // its source named and no amount was "without funding", and the sources went unchecked.
  it('reads the sources as the funding column whichever side of the amounts they stand', () => {
    const read = (titles: string[], row: string[]) => parseAppendix(gridFrom([titles, row]));
    const amountsFirst = read(
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Kinh phí (triệu đồng)', 'Nguồn vốn'],
      ['1', 'Việc', 'Sở A', 'Quý I', '', 'Ngân sách tỉnh'],
    );
    expect(amountsFirst.columns.funding).toBe('F');
    expect(amountsFirst.extraColumns).toEqual([{ column: 'E', title: 'Kinh phí (triệu đồng)' }]);
    expect(amountsFirst.tasks[0]?.funding).toBe('Ngân sách tỉnh');
    expect(amountsFirst.findings.filter((f) => f.code === 'duplicate-column')).toEqual([]);
    const sourcesFirst = read(
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Nguồn kinh phí', 'Kinh phí dự kiến'],
      ['1', 'Việc', 'Sở A', 'Quý I', 'Ngân sách tỉnh', '200'],
    );
    expect(sourcesFirst.columns.funding).toBe('E');
    expect(sourcesFirst.findings.filter((f) => f.code === 'duplicate-column')).toEqual([]);
    // Two amounts, or two sources, are still two columns of one field.
    const twice = read(
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Nguồn vốn', 'Nguồn kinh phí'],
      ['1', 'Việc', 'Sở A', 'Quý I', 'NSTW', 'NSĐP'],
    );
    expect(twice.columns.funding).toBe('E');
    expect(twice.findings.map((f) => f.code)).toContain('duplicate-column');
  });

  // Session 21 probe: the start beside the deadline, on one row or as children of "Thời gian thực hiện" (whose
  // row had been read as a task: "Bắt đầu" a time frame without a time).
  it('reads the deadline as the time column beside a start, and a children row of titles as header', () => {
    const oneRow = parseAppendix(
      gridFrom([
        ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian bắt đầu', 'Thời gian hoàn thành'],
        ['1', 'Rà soát', 'Sở Tư pháp', 'Tháng 3/2025', 'Tháng 6/2025'],
      ]),
    );
    expect(oneRow.columns.time).toBe('E');
    expect(oneRow.extraColumns).toEqual([{ column: 'D', title: 'Thời gian bắt đầu' }]);
    expect(oneRow.findings.filter((f) => f.code === 'duplicate-column')).toEqual([]);
    const twoRows = parseAppendix(
      gridFrom(
        [
          ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian thực hiện', null],
          [null, null, null, 'Bắt đầu', 'Kết thúc'],
          ['1', 'Rà soát', 'Sở Tư pháp', 'Tháng 3/2025', 'Tháng 6/2025'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
      ),
    );
    expect(twoRows.columns.time).toBe('E');
    expect(twoRows.extraColumns).toEqual([{ column: 'D', title: 'Bắt đầu' }]);
    expect(twoRows.tasks.map((t) => [t.tt, t.time])).toEqual([['1', 'Tháng 6/2025']]);
  });

  it('reads a project list under "Kinh phí" over its sources as a two-row header, the investor as lead', () => {
    const projects = parseAppendix(
      gridFrom(
        [
          ['TT', 'Tên dự án', 'Chủ đầu tư', 'Cơ quan chủ trì', 'Kinh phí (triệu đồng)', null, null],
          [null, null, null, null, 'Tổng', 'NSTW', 'NSĐP'],
          [
            '1',
            'Trung tâm dữ liệu',
            'Ban QLDA tỉnh',
            'Sở Khoa học và Công nghệ',
            '50.000',
            '30.000',
            '20.000',
          ],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1'] },
      ),
    );
    // The lead named as such takes the field over the investor beside it.
    expect(projects.columns).toMatchObject({ task: 'B', lead: 'D', funding: 'E' });
    expect(projects.extraColumns.map((c) => c.title)).toEqual(['Chủ đầu tư']);
    // The sources are the funding, each with its amount (the total only when no source is filled).
    expect(projects.fundingSources?.map((s) => s.title)).toEqual(['Tổng', 'NSTW', 'NSĐP']);
    expect(projects.tasks.map((t) => t.funding)).toEqual([
      'NSTW: 30.000 triệu đồng; NSĐP: 20.000 triệu đồng',
    ]);
  });

  it('warns of a column pasted twice, and notes two titles of one field quietly (2530/QĐ-TTg 2025)', () => {
    // Through validate: the grade the parser gave is the one the officer sees.
    const severity = (titles: string[]) =>
      validate(
        parseAppendix(gridFrom([titles, ['1', 'Việc', 'Nội dung', 'Bộ Tài chính', 'Quý I']])),
      ).findings.find((f) => f.code === 'duplicate-column')?.severity;
    expect(severity(['STT', 'Nhiệm vụ', 'Nhiệm  vụ', 'Cơ quan chủ trì', 'Thời gian'])).toBe('warning');
    expect(severity(['STT', 'Tên dự án, nhiệm vụ', 'Nội dung chính', 'Cơ quan chủ trì', 'Thời gian'])).toBe(
      'info',
    );
  });

  it('keeps the original text (NFD, stray spaces) for display', () => {
    const nfd = '  Sơ\u0309 Ngoa\u0323i vu\u0323 ';
    const grid = gridFrom([HEADER, ['1', 'Việc', nfd, 'Quý I', 'KH', 'NS']]);
    expect(parseAppendix(grid).tasks[0]?.lead).toBe(nfd);
  });

  it('reports an impossible plan date as an error and a missing plan reference as info', () => {
    const badDate = gridFrom([
      ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 31/02/2024 của UBND tỉnh)'],
      [],
      HEADER,
    ]);
    expect(parseAppendix(badDate).findings).toContainEqual(
      expect.objectContaining({
        code: 'invalid-plan-date',
        severity: 'error',
        rowNumber: 1,
        data: { text: '31/02/2024' },
      }),
    );
    expect(parseAppendix(badDate).plan).toMatchObject({
      number: '9/KH-UBND',
      date: null,
      dateText: '31/02/2024',
    });
    const none = gridFrom([['KẾ HOẠCH NĂM 2025'], HEADER]);
    expect(parseAppendix(none).plan).toMatchObject({ title: 'KẾ HOẠCH NĂM 2025', number: null, year: 2025 });
    expect(parseAppendix(none).findings).toContainEqual(
      expect.objectContaining({ code: 'missing-plan-reference', severity: 'info', rowNumber: 2 }),
    );
    // A draft's line with the number left blank: said at that line, as a number not yet given.
    const draft = parseAppendix(
      gridFrom([['(Kèm theo Kế hoạch số      /KH-UBND ngày    /12/2025)'], HEADER]),
    );
    const blank = draft.findings.find((f) => f.code === 'missing-plan-reference');
    expect(blank).toMatchObject({ severity: 'info', rowNumber: 1, data: { blank: true } });
    expect(formatFinding(blank as Finding, 'vi')).toContain('Dòng "Kèm theo" chưa ghi số của văn bản');
  });

  it('reads a normative decision as the plan reference', () => {
    const grid = gridFrom([
      ['(Ban hành kèm theo Quyết định số 12/2023/QĐ-UBND ngày 24 tháng 8 năm 2023 của UBND tỉnh)'],
      HEADER,
    ]);
    expect(parseAppendix(grid).plan).toMatchObject({
      documentType: 'Quyết định',
      number: '12/2023/QĐ-UBND',
      date: '2023-08-24',
      issuer: 'UBND tỉnh',
    });
  });

  it('throws no-header with the rows tried and the titles expected', () => {
    const grid = gridFrom(
      Array.from({ length: 40 }, (_, i) => [`dòng ${i + 1}`, 'x']),
      { sheetName: 'Trang 1' },
    );
    expect(() => parseAppendix(grid)).toThrow(UnusableWorkbookError);
    try {
      parseAppendix(grid);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'no-header',
        data: { sheet: 'Trang 1', firstRow: 1, lastRow: 30 },
      });
    }
  });
});

describe('a time column that counts days (6582/SYT-QLBHYTCNTT Hà Nội 2026)', () => {
  const grid = gridFrom([
    ['(Kèm theo Công văn số 6582/SYT-QLBHYTCNTT ngày 04/7/2026 của Sở Y tế)'],
    ['TT', 'Công việc', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Số ngày dự kiến'],
    ['1', 'Xây dựng kế hoạch di trú dữ liệu', 'Sở Y tế', 'Sở KHCN', '7'],
    ['2', 'Bảo đảm đường truyền kết nối', 'Sở KHCN', 'Sở Y tế', 'Sở KHCN đưa ra kế hoạch'],
  ]);

  it('maps the column to the time and says it counts days', () => {
    const appendix = parseAppendix(grid);
    expect(appendix.columns.time).toBe('E');
    expect(appendix.timeUnit).toBe('day');
  });

  it('reads the numbers as durations and flags only the cell that names no time', () => {
    const codes = validate(parseAppendix(grid))
      .findings.filter((f) => f.column === 'E')
      .map((f) => [f.code, f.cell]);
    expect(codes).toEqual([['timeframe-without-time', 'E4']]);
  });
});

// Session 22 probe: "1.10" pasted where the decimal separator is a dot becomes the number 1.1; the sheet then
// shows "1.1" twice and the check said only "duplicate number".
describe('a TT that Excel turned into a number', () => {
  const rows = (tts: Array<string | number>) =>
    gridFrom([
      ...TITLE,
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['I', 'MỤC MỘT'],
      ['1', 'NHÓM MỘT'],
      ...tts.map((tt, i) => [tt, `Việc ${i + 1}`, 'Sở Nội vụ', 'Quý IV/2025']),
    ]);

  it('reads 1.1 after 1.9 as 1.10 and says why the sheet shows 1.1', () => {
    const tts = [
      1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.1, 1.11, 1.12, 1.13, 1.14, 1.15, 1.16, 1.17, 1.18, 1.19,
      1.2,
    ];
    const appendix = parseAppendix(rows(tts));
    expect(appendix.tasks.map((t) => t.tt).slice(8, 11)).toEqual(['1.9', '1.10', '1.11']);
    expect(appendix.tasks.at(-1)?.tt).toBe('1.20');
    const findings = validate(appendix).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.code} ${f.cell} ${String(f.data.meant)}`)).toEqual([
      'tt-stored-as-number A16 1.10',
      'tt-stored-as-number A26 1.20',
    ]);
    expect(formatFinding(findings[0] as Finding)).toContain("'1.10");
  });

  it('leaves a real duplicate, a number typed as text and a restart under a new section as they are', () => {
    const duplicate = parseAppendix(rows([1.1, 1.2, 1.2]));
    expect(validate(duplicate).findings.map((f) => f.code)).toContain('numbering-duplicate');
    const asText = parseAppendix(rows([1.8, 1.9, '1.1']));
    expect(asText.tasks.map((t) => t.tt)).toEqual(['1.8', '1.9', '1.1']);
    const restart = parseAppendix(
      gridFrom([
        ...TITLE,
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
        ['I', 'MỤC MỘT'],
        ['1', 'NHÓM'],
        [1.9, 'Việc', 'Sở Nội vụ', 'Quý IV/2025'],
        ['II', 'MỤC HAI'],
        ['1', 'NHÓM'],
        [1.1, 'Việc', 'Sở Nội vụ', 'Quý IV/2025'],
      ]),
    );
    expect(restart.tasks.map((t) => t.tt)).toEqual(['1.9', '1.1']);
  });
});

// Session 22 probe: a time cell holding a real date, shown as an English-set Excel shows it.
describe('a time cell that holds a date', () => {
  const HEAD = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'];
  // The grid as Office.js gives it: the date's serial in `values`, Excel's own display in `texts`.
  const dated = (value: number, text: string) => ({
    ...gridFrom([...TITLE, HEAD, ['1', 'Việc', 'Sở Nội vụ', text]]),
    values: [...TITLE.map((r) => [r[0] ?? null, null, null, null]), HEAD, ['1', 'Việc', 'Sở Nội vụ', value]],
  });
  const read = (value: number, text: string) => parseAppendix(dated(value, text)).tasks[0]?.time;

  // 46203 is 30/6/2026, 46357 is 1/12/2026.
  it('reads it from the date, day first, whatever format shows it', () => {
    expect(read(46203, '6/30/2026')).toBe('30/06/2026');
    expect(read(46203, '30-Jun-26')).toBe('30/06/2026');
    expect(read(46357, 'Dec-26')).toBe('12/2026');
    expect(read(46203, '30/06/2026')).toBe('30/06/2026');
  });

  it('leaves numbers that are no date, and text, as written', () => {
    expect(read(2026, '2026')).toBe('2026');
    expect(read(30, '30')).toBe('30');
  });

  it('no longer calls a month-first date impossible (45838 is 30/6/2025, in the plan year)', () => {
    const findings = validate(parseAppendix(dated(45838, '6/30/2025'))).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
