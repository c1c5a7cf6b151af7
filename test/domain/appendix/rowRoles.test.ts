import type { Finding } from '../../../src/domain';
import { buildAgencyLists, formatFinding, parseAppendix, validate } from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

const TITLE = [
  ['PHỤ LỤC'],
  ['DANH MỤC NHIỆM VỤ NĂM 2026'],
  ['(Kèm theo Kế hoạch số 277/KH-UBND ngày 14/7/2026 của UBND thành phố Hà Nội)'],
];
// The title lines and the usual four-column header most sheets here share.
const TITLE_AND_HEADER = [...TITLE, ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện']];
const kinds = (appendix: ReturnType<typeof parseAppendix>) =>
  Object.fromEntries(appendix.rowKinds.map((r) => [r.row, r.kind]));

describe('row roles decided from numbering, content and children', () => {
  // The layout of Hà Nội 277/KH-UBND (2026, test/fixtures/real): "Stt" merged over "TT" | "Chi tiết"; a
  // running TT in A, the group number or the item letter in B; group rows carry values of their own.
  const twice = gridFrom(
    [
      ...TITLE,
      ['Stt', null, 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn'],
      ['TT', 'Chi tiết'],
      [null, '1', 'Làm sạch dữ liệu', null, 'Sở Khoa học và Công nghệ', 'Dữ liệu sạch', '30/8/2026'],
      ['1', 'a)', 'Dữ liệu đầu tư công', 'Sở Tài chính'],
      ['2', 'b)', 'Dữ liệu quy hoạch', 'Sở Quy hoạch - Kiến trúc'],
      [
        null,
        '2',
        'Cao điểm 45 ngày',
        'Sở Nông nghiệp và Môi trường',
        'Công an Thành phố',
        'CSDL',
        'Theo mốc dưới đây',
      ],
      [
        '3',
        'a)',
        'Thửa đất đã cấp giấy',
        'Sở Nông nghiệp và Môi trường',
        'Công an Thành phố',
        'Dữ liệu',
        '30/7/2026',
      ],
      [
        '4',
        'b)',
        'Thửa đất còn lại',
        'Sở Nông nghiệp và Môi trường',
        'Công an Thành phố',
        'Dữ liệu',
        '30/8/2026',
      ],
    ],
    { merges: ['A4:B4', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5', 'E6:E8', 'F6:F8', 'G6:G8'] },
  );

  it('reads a sheet numbered twice: the detail column holds the structure, TT the running count', () => {
    const appendix = parseAppendix(twice);
    expect(appendix.ttDetailColumn).toBe('B');
    expect(appendix.extraColumns).toEqual([]);
    expect(kinds(appendix)).toMatchObject({ 4: 'header', 5: 'header', 6: 'group', 7: 'task', 9: 'group' });
    expect(appendix.tasks.map((t) => [t.rows[0], t.serial, t.tt, t.path.join('/')])).toEqual([
      [7, '1', 'a', '1/a'],
      [8, '2', 'b', '1/b'],
      [10, '3', 'a', '2/a'],
      [11, '4', 'b', '2/b'],
    ]);
  });

  it('reports no missing lead on the group rows of a sheet numbered twice, nor a numbering fault', () => {
    const codes = validate(parseAppendix(twice)).findings.filter((f) => f.severity !== 'info');
    expect(codes.map((f) => `${f.code}@${f.cell}`)).toEqual([]);
  });

  it('takes a Roman-numbered row with its own lead and no children for a task', () => {
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE_AND_HEADER,
        ['I', 'Công tác tuyên truyền', 'Sở Văn hóa và Thể thao', 'Quý III/2026'],
        ['II', 'CÔNG TÁC CHUYÊN MÔN'],
        [1, 'Rà soát dữ liệu', 'Sở Tài chính', 'Quý IV/2026'],
      ]),
    );
    expect(kinds(appendix)).toMatchObject({ 5: 'task', 6: 'section', 7: 'task' });
    expect(appendix.tasks.map((t) => t.rows[0])).toEqual([5, 7]);
  });

  it('keeps a row with no TT but its own task and its own lead as a task, not glued to the one above', () => {
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE_AND_HEADER,
        [1, 'Rà soát dữ liệu', 'Sở Tài chính', 'Quý IV/2026'],
        [null, 'Hướng dẫn các xã', 'Sở Nội vụ'],
        [null, '(tiếp theo nội dung trên)'],
      ]),
    );
    expect(kinds(appendix)).toMatchObject({ 5: 'task', 6: 'task', 7: 'continuation' });
  });

  it('reads a numbered row whose title sits alone in the lead column, over its items, as a group', () => {
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE_AND_HEADER,
        [1, null, 'Nhóm nhiệm vụ về dữ liệu'],
        ['1.1', 'Rà soát dữ liệu', 'Sở Tài chính', 'Quý IV/2026'],
        ['1.2', 'Chuẩn hóa dữ liệu', 'Sở Tài chính', 'Quý IV/2026'],
      ]),
    );
    expect(kinds(appendix)).toMatchObject({ 5: 'group', 6: 'task', 7: 'task' });
    expect(appendix.sections[0]?.title).toBe('Nhóm nhiệm vụ về dữ liệu');
  });

  // Session 20 probe: a heading without a number had been read as a task with no lead or time (four errors),
  // the next one as the last task's text continued, and the numbers under both as duplicates.
  it('reads a title alone over rows numbered again from 1 as a heading, its number a word or none', () => {
    const task = (tt: string) => [tt, `Tổ chức việc ${tt}`, 'Sở Tài chính', 'Quý IV/2026'];
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE_AND_HEADER,
        [null, 'NHIỆM VỤ CHUNG'],
        task('1'),
        task('2'),
        ['Phần II', 'Lĩnh vực giáo dục'],
        task('1'),
        [null, 'Văn bản hướng dẫn kèm theo'],
        task('2'),
      ]),
    );
    expect(kinds(appendix)).toMatchObject({
      5: 'section',
      6: 'task',
      8: 'section',
      9: 'task',
      10: 'continuation',
    });
    expect(appendix.tasks.map((t) => [t.tt, t.parentRow])).toEqual([
      ['1', 5],
      ['2', 5],
      ['1', 8],
      ['2', 8],
    ]);
    // The word that stands for a number is printed with the title, in the lists and the result sheet.
    expect(appendix.sections.map((s) => [s.tt, s.title])).toEqual([
      ['', 'NHIỆM VỤ CHUNG'],
      ['Phần II', 'Lĩnh vực giáo dục'],
    ]);
    const faults = validate(appendix).findings.filter((f) => f.severity !== 'info');
    expect(faults.map((f) => f.code)).toEqual([]);
  });

  // Session 23 probe: a heading whose number is a word over another such heading ("Phần II" over "Nhóm 1") had
  // been read as a note, its groups filed under the part before it.
  it('reads a heading over another heading whose number is a word as a heading too', () => {
    const task = (tt: string) => [tt, `Tổ chức việc ${tt}`, 'Sở Tài chính', 'Quý IV/2026'];
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE_AND_HEADER,
        ['Phần I', 'NHIỆM VỤ CHUNG'],
        task('1'),
        ['Phần II', 'NHIỆM VỤ CỤ THỂ'],
        ['Nhóm 1', 'Về thể chế'],
        task('1'),
        ['Nhóm 2', 'Về tổ chức'],
        task('1'),
      ]),
    );
    // Headings numbered by words stand side by side (which word ranks above which is not read).
    expect(appendix.sections.map((s) => [s.tt, s.row])).toEqual([
      ['Phần I', 5],
      ['Phần II', 7],
      ['Nhóm 1', 8],
      ['Nhóm 2', 10],
    ]);
    expect(appendix.notes).toEqual([]);
    expect(validate(appendix).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  // Session 21 probe: over bullet rows, the first heading had been read as a task with no lead or time (three
  // errors), a later one as the last bullet's text continued.
  it('reads a title alone over bullet rows as a heading where no task stands above it, or in capitals', () => {
    const bullet = (n: number) => ['-', `Tổ chức việc ${n}`, 'Sở Tài chính', 'Quý IV/2026'];
    const appendix = parseAppendix(
      gridFrom([
        ...TITLE_AND_HEADER,
        ['I', 'NHIỆM VỤ TRỌNG TÂM'],
        [null, 'Lĩnh vực giáo dục'],
        bullet(1),
        bullet(2),
        [null, 'LĨNH VỰC Y TẾ'],
        bullet(3),
        [null, 'và các việc khác có liên quan'],
        bullet(4),
      ]),
    );
    expect(kinds(appendix)).toMatchObject({
      5: 'section',
      6: 'section',
      7: 'task',
      9: 'section',
      10: 'task',
      11: 'continuation',
      12: 'task',
    });
    expect(appendix.tasks.map((t) => t.parentRow)).toEqual([6, 6, 9, 9]);
    const faults = validate(appendix).findings.filter((f) => f.severity !== 'info');
    expect(faults.map((f) => f.code)).toEqual([]);
  });
});

// Session 21 probe: under a column of costs, "Cộng mục I | … | 2.000" and "Tổng cộng | … | 4.500" had been read
// as the last task's text continued, its cost become "1.500\n2.000".
describe('total rows under a column of amounts', () => {
  const appendix = parseAppendix(
    gridFrom([
      ...TITLE,
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Kinh phí (triệu đồng)'],
      ['I', 'Hoàn thiện thể chế'],
      ['1', 'Rà soát văn bản', 'Sở Tư pháp', 'Quý II/2026', '500'],
      ['2', 'Xây dựng cơ sở dữ liệu', 'Sở Khoa học và Công nghệ', 'Quý II/2026', '1.500'],
      [null, 'Cộng mục I', null, null, '2.000'],
      ['II', 'Chuyển đổi số'],
      ['1', 'Đào tạo nhân lực số', 'Sở Nội vụ', '2026', 2500],
      [null, 'Cộng đồng doanh nghiệp cùng tham gia', null, null, '100'],
      [null, 'Tổng cộng (I+II)', null, null, 4600],
    ]),
  );

  it('reads a total as a note and leaves the tasks their own cost', () => {
    expect(kinds(appendix)).toMatchObject({ 8: 'note', 11: 'continuation', 12: 'note' });
    expect(appendix.tasks.map((t) => t.funding)).toEqual(['500', '1.500', '2500\n100']);
  });
});

// Session 21 probe: the document's closing block pasted under the table had become tasks (a "PHÓ CHỦ TỊCH"
// lead, "Nơi nhận:" a task without time) or the last task's lead continued ("…\nCHỦ TỊCH\n(Đã ký)").
describe('the closing block under the table', () => {
  const task = (tt: string, lead: string) => [tt, `Tổ chức việc ${tt}`, lead, 'Quý IV/2026'];
  it.each([
    [
      [null, 'Nơi nhận:', 'KT. CHỦ TỊCH', null],
      [null, '- Như trên;', 'PHÓ CHỦ TỊCH', null],
      [null, '- Lưu: VT, KGVX.', null, null],
      [null, null, 'Nguyễn Văn A', null],
    ],
    [
      [null, null, 'TM. ỦY BAN NHÂN DÂN', null],
      [null, null, 'CHỦ TỊCH', null],
      [null, null, '(Đã ký)', null],
      [null, null, 'Nguyễn Văn A', null],
    ],
  ])('reads the signature and the recipients as notes, not tasks (%#)', (...closing) => {
    const appendix = parseAppendix(
      gridFrom([...TITLE_AND_HEADER, task('1', 'Sở Tư pháp'), task('2', 'Sở Nội vụ'), ...closing]),
    );
    expect(appendix.tasks.map((t) => [t.tt, t.lead])).toEqual([
      ['1', 'Sở Tư pháp'],
      ['2', 'Sở Nội vụ'],
    ]);
    expect(appendix.notes).toHaveLength(4);
    const faults = validate(appendix).findings.filter((f) => f.severity !== 'info');
    expect(faults).toEqual([]);
  });

  it('reads notes numbered over the whole row after "Ghi chú:" as notes, not tasks numbered again', () => {
    const appendix = parseAppendix(
      gridFrom(
        [
          ...TITLE_AND_HEADER,
          task('1', 'Sở Tư pháp'),
          task('2', 'Sở Nội vụ'),
          ['Ghi chú:', null, null, null],
          ['1. Các cơ quan chủ trì báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.', null, null, null],
          ['2. Nếu có vướng mắc, báo cáo UBND tỉnh.', null, null, null],
        ],
        { merges: ['A7:D7', 'A8:D8', 'A9:D9'] },
      ),
    );
    expect(appendix.tasks.map((t) => t.tt)).toEqual(['1', '2']);
    expect(appendix.notes).toHaveLength(3);
    expect(validate(appendix).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

// Session 21 probe: "I. Sở Nội vụ", "II. Sở Tài chính" over their tasks, the lead column left blank — a
// "missing lead" error on every row, and no list for any of them.
describe('an appendix arranged by agency', () => {
  const appendix = parseAppendix(
    gridFrom([
      ...TITLE_AND_HEADER,
      ['I', 'Sở Nội vụ'],
      ['1', 'Tham mưu kiện toàn Ban Chỉ đạo', null, 'Quý II/2026'],
      ['2', 'Hướng dẫn đánh giá cán bộ', 'Sở Tư pháp', 'Quý IV/2026'],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Rà soát văn bản', null, 'Quý I/2026'],
      ['III', 'UBND các xã, phường'],
      ['1', 'Tuyên truyền đến người dân', null, 'Thường xuyên'],
    ]),
  );

  it('gives each task without a lead of its own the body its heading names', () => {
    expect(appendix.tasks.map((t) => [t.rows[0], t.leadFromHeading?.text ?? null])).toEqual([
      [6, 'Sở Nội vụ'],
      [7, null],
      [9, null],
      [11, 'UBND các xã, phường'],
    ]);
    const missing = validate(appendix).findings.filter((f) => f.code === 'missing-lead-agency');
    expect(missing.map((f) => f.cell)).toEqual(['C9']);
  });

  it('files those tasks under that body in the lists', () => {
    const lists = buildAgencyLists(appendix);
    const led = (key: string) => lists.lists.find((l) => l.key === key)?.led.map((e) => e.rowNumber);
    expect(led('so-noi-vu')).toEqual([6]);
    expect(led('so-tu-phap')).toEqual([7]);
    expect(led('ubnd-cap-xa')).toEqual([11]);
  });

  // Session 22 probe: the same arrangement with the name framed — every task had gone to the unidentified list.
  it('reads the body inside the words that frame it, and nothing from a heading that says more', () => {
    const framed = parseAppendix(
      gridFrom([
        ...TITLE_AND_HEADER,
        ['I', 'NHIỆM VỤ CỦA SỞ NỘI VỤ'],
        ['1', 'Rà soát vị trí việc làm', null, 'Quý II/2026'],
        ['II', 'Sở Tư pháp chủ trì'],
        ['1', 'Rà soát văn bản', null, 'Quý III/2026'],
        ['III', 'Các nhiệm vụ giao Sở Y tế'],
        ['1', 'Kiểm tra an toàn thực phẩm', null, 'Quý III/2026'],
        ['IV', 'Trách nhiệm của Sở Tài chính:'],
        ['1', 'Bố trí kinh phí', null, 'Quý I/2026'],
        ['V', 'Nhiệm vụ của các sở, ban, ngành'],
        ['1', 'Báo cáo kết quả', null, 'Quý IV/2026'],
        ['VI', 'Nhiệm vụ giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp'],
        ['1', 'Sơ kết', null, 'Quý IV/2026'],
      ]),
    );
    expect(framed.tasks.map((t) => t.leadFromHeading?.text ?? null)).toEqual([
      'SỞ NỘI VỤ',
      'Sở Tư pháp',
      'Sở Y tế',
      'Sở Tài chính',
      // A collective the lead cell could name as well ("Các sở, ban, ngành": each of them does it).
      'các sở, ban, ngành',
      null,
    ]);
    const lists = buildAgencyLists(framed);
    expect(lists.lists.find((l) => l.key === 'so-noi-vu')?.led.map((e) => e.rowNumber)).toEqual([6]);
  });
});

// Session 21 probe: bullet items of a task's content, its lead and time on the numbered row only, had been
// tasks without lead or time (two errors and two warnings on the probe sheet).
describe('bullet items under a numbered task', () => {
  const appendix = parseAppendix(
    gridFrom([
      ...TITLE_AND_HEADER,
      ['1', 'Cải cách thủ tục hành chính', 'Văn phòng UBND tỉnh', 'Năm 2026'],
      ['-', 'Rà soát, đơn giản hóa thủ tục', null, null],
      ['-', 'Số hóa hồ sơ', null, null],
      ['2', 'Chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Năm 2026'],
      ['+', 'Nâng cấp hạ tầng', 'Sở Khoa học và Công nghệ', 'Quý III/2026'],
      ['+', 'Đào tạo kỹ năng số', 'Sở Nội vụ', 'Quý IV/2026'],
    ]),
  );

  it('reads items with nothing but text as the task’s content, and items with a lead or time as tasks', () => {
    expect(appendix.tasks.map((t) => [t.tt, t.task])).toEqual([
      ['1', 'Cải cách thủ tục hành chính\n- Rà soát, đơn giản hóa thủ tục\n- Số hóa hồ sơ'],
      ['2', 'Chuyển đổi số'],
      ['+', 'Nâng cấp hạ tầng'],
      ['+', 'Đào tạo kỹ năng số'],
    ]);
    expect(validate(appendix).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('tasks under a TT and lead merged down over several rows (175/NQ-CP 2023)', () => {
  const grid = gridFrom(
    [
      ...TITLE,
      ['STT', 'Đơn vị', 'Nhiệm vụ chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Bộ Công an', 'Thành lập đơn vị cấp Cục', null, 'Trong năm 2026'],
      [null, null, 'Tuyên truyền, phổ biến', 'Bộ Văn hóa, Thể thao và Du lịch', 'Thường xuyên'],
      [null, null, 'Rà soát các luật', 'Bộ Tư pháp', 'Tháng 9/2026'],
      ['2', 'Bộ Tài chính', 'Bố trí kinh phí', 'Bộ Công an', 'Quý IV/2026'],
      [null, null, '- kể cả kinh phí thường xuyên'],
    ],
    { merges: ['A5:A7', 'B5:B7', 'A8:A9', 'B8:B9'] },
  );
  const appendix = parseAppendix(grid);

  it('reads each row with its own task text and deadline or partners as a task of the merged lead', () => {
    expect(appendix.columns).toMatchObject({ tt: 'A', lead: 'B', task: 'C', partners: 'D', time: 'E' });
    expect(appendix.tasks.map((t) => [t.rows[0], t.lead, t.task])).toEqual([
      [5, 'Bộ Công an', 'Thành lập đơn vị cấp Cục'],
      [6, 'Bộ Công an', 'Tuyên truyền, phổ biến'],
      [7, 'Bộ Công an', 'Rà soát các luật'],
      [8, 'Bộ Tài chính', 'Bố trí kinh phí\n- kể cả kinh phí thường xuyên'],
    ]);
  });

  it('reports no missing number for a task under a merged TT beyond a quiet note', () => {
    const flagged = validate(appendix).findings.filter((f) => f.severity !== 'info');
    expect(flagged).toEqual([]);
  });
});

// Session 22 probe: a second table of another kind under the tasks ("B. CHỈ TIÊU", then "TT | Chỉ tiêu | Đơn vị
// tính | …"): its header had been a task numbered "TT", its rows tasks whose "time" was the body that follows
// the target (five false warnings).
describe('another table on the same sheet', () => {
  const appendix = parseAppendix(
    gridFrom([
      ...TITLE_AND_HEADER,
      ['1', 'Rà soát vị trí việc làm', 'Sở Nội vụ', 'Quý II/2026'],
      ['B. CHỈ TIÊU'],
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Cơ quan theo dõi'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 'Sở Khoa học và Công nghệ'],
      ['2', 'Số doanh nghiệp thành lập mới', 'Doanh nghiệp', 'Sở Tài chính'],
      [],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      ['2', 'Rà soát văn bản', 'Sở Tư pháp', 'Quý III/2026'],
    ]),
  );

  it('keeps its rows, heading and header included, as notes, and reads the tasks again under the task header', () => {
    expect(appendix.tasks.map((t) => [t.rows[0], t.task])).toEqual([
      [5, 'Rà soát vị trí việc làm'],
      [12, 'Rà soát văn bản'],
    ]);
    expect(kinds(appendix)).toMatchObject({
      6: 'note',
      7: 'note',
      8: 'note',
      9: 'note',
      11: 'repeated-header',
    });
  });

  it('says once which rows it left unchecked, and nothing else of them', () => {
    const findings = validate(appendix).findings;
    expect(findings.filter((f) => f.rowNumber >= 6 && f.rowNumber <= 10)).toEqual([
      expect.objectContaining({ code: 'other-table', severity: 'info', cell: 'A6', data: { lastRow: 9 } }),
    ]);
    expect(formatFinding(findings.find((f) => f.code === 'other-table') as Finding)).toContain('đến dòng 9');
  });
});

// Session 22 probe: a table whose tasks carry no number at all, under headings in capitals: the first heading
// had been a task without lead or time (an error and a warning), the second joined to the task above as its
// text, and each task noted apart as unnumbered.
describe('tasks without numbers under headings without numbers', () => {
  const appendix = parseAppendix(
    gridFrom([
      ...TITLE_AND_HEADER,
      [null, 'NHIỆM VỤ CHUNG'],
      [null, 'Rà soát vị trí việc làm', 'Sở Nội vụ', 'Quý IV/2026'],
      [null, 'Rà soát văn bản', 'Sở Tư pháp', 'Quý IV/2026'],
      [null, 'NHIỆM VỤ CỤ THỂ'],
      [null, 'Bố trí kinh phí', 'Sở Tài chính', 'Quý IV/2026'],
      [null, 'và báo cáo kết quả'],
    ]),
  );

  it('reads the headings as sections and a line in small letters after a task as its continuation', () => {
    expect(appendix.sections.map((s) => s.title)).toEqual(['NHIỆM VỤ CHUNG', 'NHIỆM VỤ CỤ THỂ']);
    expect(appendix.tasks.map((t) => t.task)).toEqual([
      'Rà soát vị trí việc làm',
      'Rà soát văn bản',
      'Bố trí kinh phí\nvà báo cáo kết quả',
    ]);
    expect(appendix.tasks.map((t) => t.parentRow)).toEqual([5, 5, 8]);
  });

  it('says once that no task is numbered', () => {
    const findings = validate(appendix).findings.filter((f) => f.code !== 'missing-column');
    expect(findings.map((f) => [f.code, f.cell, f.data.count])).toEqual([
      ['task-without-number', 'A6', 3],
      ['continuation-row', 'B10', undefined],
    ]);
    expect(formatFinding(findings[0] as Finding)).toContain('Không nhiệm vụ nào');
  });
});
