import { parseAppendix, splitAgencies, validate } from '../../../src/domain';
import { DEFAULT_REGISTRY } from '../../../src/domain/agencies';
import { gridFrom } from '../../helpers/grid';

const HEADER = [
  'STT',
  'Nhiệm vụ',
  'Văn bản giao nhiệm vụ',
  'Cơ quan chủ trì thực hiện',
  'Thời hạn hoàn thành',
];
const task = (tt: string, lead: string, due: string) => [
  tt,
  `Xây dựng đề án ${tt}`,
  'Thông báo số 46-TB/TGV ngày 30/09/2025',
  lead,
  due,
];

/** 624/TB-VPCP 2025's layout: one sheet, two tables, each under its own heading and header, each from 1. */
function lateTasksSheet(title: string, late = ' quá hạn chưa hoàn thành') {
  return parseAppendix(
    gridFrom([
      ['PHỤ LỤC I'],
      [title],
      ['(Kèm theo Thông báo kết luận số 624/TB-VPCP ngày 16 tháng 11 năm 2025 của Văn phòng Chính phủ)'],
      [`1. Các nhiệm vụ về khoa học, công nghệ${late}`],
      HEADER,
      task('1.', 'Bộ Tài chính', '30/06/2025'),
      task('2.', 'Các địa phương', '31/10/2025'),
      [`2. Các nhiệm vụ về chuyển đổi số${late}`],
      HEADER,
      task('1.', 'Bộ Công an', '30/09/2025'),
      task('2.', 'Bộ Tư pháp', '30/06/2025'),
    ]),
  );
}

describe('a sheet of several tables, each numbered from 1 under its own heading', () => {
  it('reads the heading as a section, not a task, and the numbering restart as no duplicate', () => {
    const appendix = lateTasksSheet('TỔNG HỢP CÁC NHIỆM VỤ CHẬM MUỘN');
    expect(appendix.tasks.map((t) => t.rows[0])).toEqual([6, 7, 10, 11]);
    expect(appendix.sections).toEqual([
      expect.objectContaining({ row: 8, kind: 'section', startsTable: true }),
    ]);
    const codes = validate(appendix).findings.map((f) => f.code);
    expect(codes).not.toContain('numbering-duplicate');
    expect(codes).not.toContain('missing-lead-agency');
  });

  it('does not judge the past deadlines and vague leads of a list of late tasks: they are its subject', () => {
    const codes = validate(lateTasksSheet('TỔNG HỢP CÁC NHIỆM VỤ CHẬM MUỘN')).findings.map((f) => f.code);
    expect(codes).not.toContain('timeframe-before-plan-date');
    expect(codes).not.toContain('vague-agency');
  });

  it('still judges them in a list that is not of late tasks', () => {
    const codes = validate(lateTasksSheet('DANH MỤC NHIỆM VỤ TRỌNG TÂM', '')).findings.map((f) => f.code);
    expect(codes).toContain('timeframe-before-plan-date');
  });
});

// Session 21 probe: a report's appendix on how the plan's tasks went. Its deadlines passed before it was
// written, its results stay blank where nothing is done yet: neither is a slip of the report.
describe('the appendix of a report on progress', () => {
  const report = (title: string, reference: string) =>
    parseAppendix(
      gridFrom([
        ['PHỤ LỤC'],
        [title],
        [reference],
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Kết quả thực hiện', 'Tình trạng'],
        [
          '1',
          'Rà soát văn bản',
          'Sở Tư pháp',
          'Quý I/2025',
          'Đã ban hành Quyết định số 12/QĐ-UBND',
          'Đã hoàn thành',
        ],
        [
          '2',
          'Xây dựng cơ sở dữ liệu',
          'Sở Khoa học và Công nghệ',
          'Quý IV/2025',
          'Đang triển khai',
          'Đang thực hiện',
        ],
        ['3', 'Đào tạo nhân lực số', 'Sở Nội vụ', 'Quý I/2025', '', 'Chưa thực hiện'],
      ]),
    );
  const codes = (title: string, reference: string) =>
    validate(report(title, reference))
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => f.code);

  it('reads a "Báo cáo" as the document, and judges no past deadline nor blank result', () => {
    const byReference = report(
      'KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025',
      '(Kèm theo Báo cáo số 120/BC-UBND ngày 20/6/2025 của UBND tỉnh Nghệ An)',
    );
    expect(byReference.plan.documentType).toBe('Báo cáo');
    expect(validate(byReference).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // The title alone says so too.
    expect(
      codes('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025', '(Kèm theo Văn bản số 120/UBND-TH ngày 20/6/2025)'),
    ).toEqual([]);
  });

  it('still judges the same table as a plan', () => {
    const found = codes(
      'DANH MỤC NHIỆM VỤ NĂM 2025',
      '(Kèm theo Kế hoạch số 120/KH-UBND ngày 20/6/2025 của UBND tỉnh)',
    );
    expect(found.sort()).toEqual([
      'missing-product',
      'timeframe-before-plan-date',
      'timeframe-before-plan-date',
    ]);
  });
});

describe('other layouts and wordings of real appendices (batch K, 2025)', () => {
  it('takes "Chỉ tiêu" for the task column (Bắc Ninh 144/KH-UBND: TT | Chỉ tiêu | Chủ trì)', () => {
    const appendix = parseAppendix(
      gridFrom([
        ['TT', 'Chỉ tiêu', 'Chủ trì'],
        ['1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%', 'Sở Khoa học và Công nghệ'],
      ]),
    );
    expect(appendix.columns).toMatchObject({ tt: 'A', task: 'B', lead: 'C' });
    expect(appendix.tasks).toHaveLength(1);
  });

  it('reads the year of a reference line whose day and month are blank, and "đến năm 2030" as the horizon', () => {
    const appendix = parseAppendix(
      gridFrom([
        ['KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG 5G ĐẾN NĂM 2030'],
        ['(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố Hà Nội)'],
        ['TT', 'Nội dung/nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
        ['1', 'Điều chỉnh quy hoạch hạ tầng viễn thông', 'Sở Xây dựng', 'Quý III Năm 2026'],
      ]),
    );
    expect(appendix.plan.year).toBe(2025);
    expect(appendix.plan.period).toEqual({ from: 2025, to: 2030 });
    expect(validate(appendix).findings.map((f) => f.code)).not.toContain('timeframe-outside-plan-year');
  });

  it('keeps a deadline of 1 January after a one-year plan inside it ("01/01/2026" in a 2025 list)', () => {
    const findings = validate(
      parseAppendix(
        gridFrom([
          ['DANH MỤC NHIỆM VỤ TRIỂN KHAI TRONG NHỮNG THÁNG CUỐI NĂM 2025'],
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
          ['1', 'Đóng giao diện cổng dịch vụ công cấp bộ', 'Văn phòng Bộ', '01/01/2026'],
          ['2', 'Xây dựng cơ sở dữ liệu', 'Văn phòng Bộ', '01/03/2026'],
        ]),
      ),
    ).findings.filter((f) => f.code === 'timeframe-outside-plan-year');
    expect(findings.map((f) => f.cell)).toEqual(['D4']);
  });

  it.each([
    ['Ngân hàng nhà nước khu vực XII', ['Ngân hàng nhà nước khu vực XII']],
    ['Bộ Tư pháp, Ủy ban nhân dân các địa phương', ['Bộ Tư pháp', 'Ủy ban nhân dân các địa phương']],
  ])('keeps %j whole: a regional unit’s number, a collective', (text, names) => {
    expect(splitAgencies(text, DEFAULT_REGISTRY).map((m) => m.text.trim())).toEqual(names);
  });
});
