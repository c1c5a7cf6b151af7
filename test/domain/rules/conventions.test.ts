import type { Finding } from '../../../src/domain';
import { formatFinding, parseAppendix, validate } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

/** Rules that follow the document's own conventions (issue "Any real appendix…"). */
const check = (
  rows: Array<Array<string | null>>,
  reference = '(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/4/2026)',
) =>
  validate(parseAppendix(gridFrom([[reference], HEADER, ...rows]))).findings.map(
    (f) => `${f.code} ${f.cell}`,
  );

const task = (tt: string, funding: string | null, time = 'Quý III/2026') => [
  tt,
  `Việc ${tt}`,
  'Sở Tài chính',
  time,
  'Kế hoạch 1/KH-UBND ngày 02/01/2026',
  funding,
];

describe('a column filled by the document’s convention', () => {
  it('reports an empty funding cell where the document fills funding on most tasks', () => {
    const rows = [
      task('1', 'Ngân sách tỉnh'),
      task('2', 'Ngân sách tỉnh'),
      task('3', 'Ngân sách tỉnh'),
      task('4', null),
    ];
    expect(check(rows)).toContain('missing-funding F6');
  });

  it('reports none where the document fills funding only where money is involved', () => {
    const rows = [task('1', 'Ngân sách tỉnh'), task('2', null), task('3', null), task('4', null)];
    expect(check(rows).filter((f) => f.startsWith('missing-funding'))).toEqual([]);
  });

  it('reports none on a small appendix whose column no task fills ("the others all have one" would be false)', () => {
    expect(check([task('1', null)]).filter((f) => f.startsWith('missing-funding'))).toEqual([]);
    expect(check([task('1', null), task('2', 'Ngân sách tỉnh')])).toContain('missing-funding F3');
  });

  it('notes once, at the section, a section that mostly leaves it blank (2820/QĐ-UBND TP HCM 2025)', () => {
    const section = (tt: string) => [tt, `Mục ${tt}`, null, null, null, null];
    const money = 'Ngân sách tỉnh';
    const rows = [
      section('I'),
      ...['1', '2', '3', '4'].map((tt) => task(tt, money)),
      section('II'),
      ...[task('1', null), task('2', null), task('3', null), task('4', money)],
      section('III'),
      ...[task('1', money), task('2', null), task('3', money)],
    ];
    const findings = validate(
      parseAppendix(gridFrom([['(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/4/2026)'], HEADER, ...rows])),
    ).findings.filter((f) => f.code === 'missing-funding');
    // Section II: three of four blank, one note at its row; section III: one blank of three, a warning.
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ['F8', 'info'],
      ['F15', 'warning'],
    ]);
    expect(formatFinding(findings[0] as Finding, 'vi')).toBe(
      'Mục II: 3/4 nhiệm vụ (1, 2, 3) để trống cột "Nguồn kinh phí", trong khi các mục khác có ghi. Có thể đó là cách ghi của mục này; hãy xem lại.',
    );
  });
});

describe('deadlines against the plan date', () => {
  it('reports a deadline that had passed when the plan was issued, once', () => {
    expect(check([task('1', 'Ngân sách tỉnh', 'Tháng 3/2026')])).toContain('timeframe-before-plan-date D3');
    expect(check([task('1', 'Ngân sách tỉnh', 'Tháng 4/2026')])).not.toContain(
      'timeframe-before-plan-date D3',
    );
    // A year before the plan's period is reported as outside it, not twice.
    const lastYear = check([task('1', 'Ngân sách tỉnh', 'Quý II/2025')]);
    expect(lastYear).toContain('timeframe-outside-plan-year D3');
    expect(lastYear).not.toContain('timeframe-before-plan-date D3');
  });

  it('takes work due between the plan’s issue and the start of its period for preparation (Lâm Đồng 2026)', () => {
    const nextYear = (time: string, reference = '(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/12/2025)') =>
      validate(
        parseAppendix(
          gridFrom([
            ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
            [reference],
            HEADER,
            ['1', 'Việc', 'Sở Tài chính', time, 'Kế hoạch 1/KH-UBND ngày 02/01/2025', 'Ngân sách tỉnh'],
          ]),
        ),
      )
        .findings.filter((f) => f.code.startsWith('timeframe'))
        .map((f) => `${f.code} ${f.cell}`);
    expect(nextYear('Chậm nhất là ngày 31/12/2025')).toEqual([]);
    // A draft dated by its month only is held to that month's first day.
    expect(nextYear('Chậm nhất là ngày 31/12/2025', '(Kèm theo Kế hoạch số /KH-UBND ngày /12/2025)')).toEqual(
      [],
    );
    // Before the plan was issued: outside the period, as before.
    expect(nextYear('Quý II/2025')).toContain('timeframe-outside-plan-year D4');
    expect(nextYear('Năm 2024')).toContain('timeframe-outside-plan-year D4');
    // A span that began before the plan is no preparation ("2025" in a plan of 18/11/2025, Đồng Nai 179).
    expect(nextYear('2025')).toContain('timeframe-outside-plan-year D4');
    expect(nextYear('Tháng 12/2025')).toContain('timeframe-outside-plan-year D4');
    // A month or quarter that begins after the plan's day is preparation (141/KH-UBND Bắc Ninh, 20/11/2025).
    const november = '(Kèm theo Kế hoạch số 5/KH-UBND ngày 20/11/2025)';
    expect(nextYear('Tháng 12/2025', november)).toEqual([]);
    expect(nextYear('Quý IV/2025', november)).toContain('timeframe-outside-plan-year D4');
  });

  it('reports a past deadline among later ones: each line of a task’s two sub-rows is a deadline (97/NQ-CP)', () => {
    expect(check([task('1', 'Ngân sách tỉnh', 'Tháng 02/2026\nTháng 11/2026')])).toContain(
      'timeframe-before-plan-date D3',
    );
    // A period that began before the plan and runs on is no past deadline.
    expect(check([task('1', 'Ngân sách tỉnh', 'Từ tháng 02/2026 đến tháng 11/2026')])).not.toContain(
      'timeframe-before-plan-date D3',
    );
  });
});

describe('the officer’s province and period win over the title rows', () => {
  const grid = () =>
    gridFrom([
      ['(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/4/2026)'],
      [...HEADER, 'Cơ quan phối hợp'],
      [
        '1',
        'Việc',
        'Sở Tài chính',
        'Quý II/2025',
        'Kế hoạch 1/KH-UBND ngày 02/01/2026',
        '',
        'Công an tỉnh Đồng Nai',
      ],
    ]);
  const codes = (settings: Parameters<typeof validate>[1]) =>
    validate(parseAppendix(grid()), settings).findings.map((f) => `${f.code} ${f.cell}`);

  it('checks deadlines against the period set, not the plan’s year', () => {
    expect(codes({ rules: {} })).toContain('timeframe-outside-plan-year D3');
    expect(codes({ rules: {}, period: { from: 2025, to: 2026 } })).not.toContain(
      'timeframe-outside-plan-year D3',
    );
  });

  it('reads "tỉnh" as the province set: another province’s police is another body', () => {
    const analyses = (province: string) =>
      validate(parseAppendix(grid()), { rules: {}, province }).analyses[0]?.partnerAgencies.map(
        (m) => m.entry?.id,
      );
    expect(analyses('dong-nai')).toEqual(['cong-an-tinh']);
    expect(analyses('ha-noi')).toEqual(['cong-an-tinh--dong-nai']);
  });
});

describe('the document’s own numbering scheme', () => {
  const gaps = (rows: Array<Array<string | null>>) =>
    check(rows).filter((f) => f.startsWith('numbering-gap'));

  it('takes one run across sections (844/QĐ-TTg 2026) for the convention it is, not a gap', () => {
    const rows = [['I', 'Mục một'], task('1', 'NS'), task('2', 'NS'), ['II', 'Mục hai'], task('3', 'NS')];
    expect(gaps(rows)).toEqual([]);
  });

  it('still reports a number skipped at a section’s start, in either scheme', () => {
    const runOn = [['I', 'Mục một'], task('1', 'NS'), task('2', 'NS'), ['II', 'Mục hai'], task('4', 'NS')];
    expect(gaps(runOn)).toEqual(['numbering-gap A7']);
    const restart = [['I', 'Mục một'], task('1', 'NS'), ['II', 'Mục hai'], task('2', 'NS'), task('4', 'NS')];
    expect(gaps(restart)).toEqual(['numbering-gap A7']);
  });

  it('reports a section number used twice once, not again on its children and the sections after it', () => {
    // 179/KH-UBND Đồng Nai 2025: sections … IV, IV (meant V, with items 5.1, 5.2), VI.
    const numbering = (rows: Array<Array<string | null>>) =>
      check(rows).filter((f) => f.startsWith('numbering'));
    const rows = [
      ['I', 'Mục một'],
      task('1.1', 'NS'),
      ['II', 'Mục hai'],
      task('2.1', 'NS'),
      ['II', 'Mục ba'],
      task('3.1', 'NS'),
      ['IV', 'Mục bốn'],
      task('4.1', 'NS'),
    ];
    expect(numbering(rows)).toEqual(['numbering-duplicate A7']);
  });

  // Session 20 probe: a task with its own lead and time numbers its items under it, "1.1" or "a" or "1.a";
  // under the next task they start again — no step back, no number used twice.
  it('numbers the items of each task on their own: 1, 1.1, 1.2, 2, 2.1 and 1, a, b, 2, a, b', () => {
    const numbering = (rows: Array<Array<string | null>>) =>
      check(rows).filter((f) => f.startsWith('numbering'));
    const under = (items: string[][]) => [['I', 'Mục một'], ...items.flat().map((tt) => task(tt, 'NS'))];
    const clean = [
      [
        ['1', '1.1', '1.2'],
        ['2', '2.1'],
      ],
      [
        ['1', 'a', 'b'],
        ['2', 'a', 'b'],
      ],
      [
        ['1', '1.a', '1.b'],
        ['2', '2.a'],
      ],
    ];
    for (const layout of clean) expect(numbering(under(layout))).toEqual([]);
    // Slips inside one task's items are still slips.
    expect(
      numbering(
        under([
          ['1', '1.a', '1.c'],
          ['2', '2.a', '2.a'],
        ]),
      ),
    ).toEqual(['numbering-gap A6', 'numbering-duplicate A9']);
    expect(numbering(under([['1', 'a', 'b', 'b'], ['2']]))).toEqual(['numbering-duplicate A7']);
  });

  it('takes "3" as the one item of section III in a document numbering its items 1.1, 2.1', () => {
    const rows = [['I', 'Mục một'], task('1.1', 'NS'), task('1.2', 'NS'), ['III', 'Mục ba'], task('3', 'NS')];
    expect(gaps(rows)).toEqual(['numbering-gap A6']);
    const ok = [['I', 'Mục một'], task('1.1', 'NS'), ['II', 'Mục hai'], task('2', 'NS')];
    expect(gaps(ok)).toEqual([]);
  });
});

describe('time cells that name no time (175/NQ-CP 2023, 844/QĐ-TTg 2026, 105/2025/UBTVQH15)', () => {
  it.each([
    ['Bộ Công an xây dựng kế hoạch triển khai', 'timeframe-without-time D3'],
    ['Đã hoàn thành', 'timeframe-without-time D3'],
    ['Tháng 01 - 02/20', 'timeframe-without-time D3'],
    ['Tháng 01- 02/', 'timeframe-without-time D3'],
  ])('warns of %j', (time, finding) => {
    const found = check([task('1', 'Ngân sách tỉnh', time)]);
    expect(found).toContain(finding);
    expect(found).not.toContain('unparsed-timeframe D3');
  });

  it.each(['Trong quá trình thực hiện Đề án', 'Theo lộ trình của Đề án', 'Khi có yêu cầu'])(
    'leaves %j, which says when in words of its own, a quiet note at most',
    (time) => {
      expect(check([task('1', 'Ngân sách tỉnh', time)])).not.toContain('timeframe-without-time D3');
    },
  );
});

describe('a lead that points elsewhere instead of naming an agency (Lâm Đồng drafts 2025–2026)', () => {
  const lead = (text: string) => [
    '1',
    'Việc 1',
    text,
    'Quý III/2026',
    'Kế hoạch 1/KH-UBND ngày 02/01/2026',
    'Ngân sách tỉnh',
  ];
  it('warns of "Theo phân công tại Quyết định số …"', () => {
    expect(
      check([lead('Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh')]),
    ).toContain('vague-agency C3');
  });
  it('leaves a lead that names an agency after "theo"', () => {
    expect(check([lead('Sở Nội vụ theo chức năng, nhiệm vụ')])).not.toContain('vague-agency C3');
  });
});

describe('a task whose text says its lead only cooperates (175/NQ-CP 2023)', () => {
  const row = (taskText: string, partners: string) => [
    '1',
    taskText,
    'Bộ Tài chính',
    'Quý IV/2026',
    'Kế hoạch 1/KH-UBND ngày 02/01/2026',
    'Ngân sách',
    partners,
  ];
  const checkWithPartners = (rows: Array<Array<string | null>>) =>
    validate(
      parseAppendix(
        gridFrom([
          ['(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/4/2026)'],
          [...HEADER, 'Cơ quan phối hợp'],
          ...rows,
        ]),
      ),
    ).findings.map((f) => `${f.code} ${f.cell}`);

  it('warns when the body it cooperates with is the row’s partner', () => {
    expect(
      checkWithPartners([
        row('Phối hợp với Bộ Công an nghiên cứu đề xuất sửa đổi', '(1) Bộ Công an\n(2) Bộ Tư pháp'),
      ]),
    ).toContain('lead-only-cooperates B3');
  });

  it('says nothing of "Phối hợp chặt chẽ …" or of a body that is not a partner', () => {
    expect(checkWithPartners([row('Phối hợp chặt chẽ giữa các cơ quan', 'Bộ Công an')])).not.toContain(
      'lead-only-cooperates B3',
    );
    expect(checkWithPartners([row('Phối hợp với Bộ Y tế rà soát', 'Bộ Công an')])).not.toContain(
      'lead-only-cooperates B3',
    );
  });

  // Working with "các đơn vị liên quan" names no body that could lead instead (157/KH-UBND Cần Thơ 2025).
  it.each([
    ['Phối hợp với các đơn vị liên quan thực hiện đạt và vượt chỉ tiêu', 'các đơn vị liên quan'],
    ['Phối hợp với các bộ, ngành tổ chức tuyên truyền', 'Các bộ, ngành'],
  ])('says nothing when it cooperates with a collective: %j', (task, partners) => {
    expect(checkWithPartners([row(task, partners)])).not.toContain('lead-only-cooperates B3');
  });
});
