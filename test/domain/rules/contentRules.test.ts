import { formatFinding, parseAppendix, SettingsSchema, validate } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

const plan = ['(Kèm theo Kế hoạch số 10/KH-UBND ngày 15/01/2024 của UBND tỉnh)'];
const ok = {
  lead: 'Sở Nội vụ',
  time: 'Quý I',
  basis: 'Kế hoạch 1/KH-UBND ngày 02/01/2024',
  funding: 'Ngân sách tỉnh',
};
type Row = Partial<typeof ok> & { tt?: string; task?: string };
const toRow = (r: Row, i: number) => {
  const v = { ...ok, ...r };
  return [r.tt ?? String(i + 1), r.task ?? `Việc ${i + 1}`, v.lead, v.time, v.basis, v.funding];
};

function findings(rows: Row[], settings = {}) {
  const appendix = parseAppendix(gridFrom([plan, HEADER, ...rows.map(toRow)]));
  return validate(appendix, SettingsSchema.parse(settings)).findings.map((f) => [f.code, f.cell]);
}

describe('content rules', () => {
  it('reports nothing on a clean appendix', () => {
    expect(findings([{}, {}])).toEqual([]);
  });

  it.each([
    [{ time: 'Quý V' }, 'invalid-timeframe', 'D3'],
    [{ time: 'ngày 31/6/2024' }, 'invalid-timeframe', 'D3'],
    [{ time: 'Quý II/2023' }, 'timeframe-outside-plan-year', 'D3'],
    [{ time: 'xyz 123 abc' }, 'unparsed-timeframe', 'D3'],
    [{ funding: 'lấy từ chỗ khác' }, 'unclassified-funding', 'F3'],
    [{ lead: 'Phòng Không Tồn Tại' }, 'unknown-agency', 'C3'],
    [{ lead: 'Sở KH&ĐT' }, undefined, undefined],
    [{ lead: 'Sở Kế hoạch - Đầu tư' }, 'agency-name-variant', 'C3'],
    [{ lead: 'các cơ quan có liên quan' }, 'vague-agency', 'C3'],
    [{ task: 'Ke\u0302\u0301 hoa\u0323ch' }, 'non-nfc-text', 'B3'],
    [{ task: 'Việc  có hai khoảng trắng' }, 'extra-whitespace', 'B3'],
    [{ task: '=1+1 không phải công thức' }, 'formula-like-text', 'B3'],
    [{ task: '-5% chi phí hành chính' }, 'formula-like-text', 'B3'],
    // A Word bullet is the document's list, not a formula in waiting.
    [{ task: '- Tổ chức hội nghị\n- Báo cáo kết quả' }, undefined, undefined],
    // A sign alone says "none"; Excel keeps it as text.
    [{ time: '-' }, undefined, undefined],
    [{ task: 'KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh cña Uû ban' }, 'legacy-encoding', 'B3'],
    [{ basis: 'Ngân sách tỉnh', funding: '' }, 'shifted-cells', 'E3'],
    // A time frame with words added is still in its column (2820/QĐ-UBND TP HCM 2025): no cells shifted, and
    // since session 16 the time is read, the work after it going with it.
    [{ time: 'Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', funding: '' }, undefined, undefined],
    [{ basis: 'Theo Kế hoạch 02' }, 'incomplete-citation', 'E3'],
    // A body named in a lead or time cell is no funding one cell off (58/KH-UBND Bà Rịa - Vũng Tàu 2024).
    [{ lead: 'Công an tỉnh, các cơ quan liên quan', funding: '' }, undefined, undefined],
    [{ time: 'Theo Hướng dẫn của Bộ Ngoại giao năm 2024', funding: '' }, undefined, undefined],
  ])('%j → %s at %s', (row, code, cell) => {
    const got = findings([row]).filter(([c]) => c !== 'missing-funding' && c !== 'weak-legal-basis');
    expect(got).toEqual(code ? [[code, cell]] : []);
  });

  // Session 16 probe of real Căn cứ wordings: a law named with its year, a congress resolution, the Party's
  // own forms — identifiable documents, no finding.
  it.each([
    'Luật Tổ chức chính quyền địa phương năm 2025',
    'Hiến pháp năm 2013',
    'Bộ luật Lao động năm 2019',
    'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030',
    'Quy định số 144-QĐ/TW của Bộ Chính trị',
    'Thông báo kết luận số 45-TB/TU ngày 10/01/2024',
    // Session 19: a law by its title (one in force under each), a title with a comma, a short name in brackets.
    'Luật Đất đai',
    'Khoản 3 Điều 7 Luật Ngân sách nhà nước',
    'Điều 15 Luật Phòng, chống thiên tai năm 2013',
    'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (Đề án 06)',
    // Session 20: an administrative number with its year named after it, which identifies it.
    'Quyết định 1234/QĐ-TTg năm 2025',
    'Kế hoạch số 34/KH-UBND, năm 2024 của UBND tỉnh',
    // Session 21: a part of the plan the appendix goes with, which its reference line identifies.
    'Mục II.1 Kế hoạch',
    'Điểm a, khoản 2, Mục II',
    'Tiểu mục 3 Mục III Kế hoạch này',
    'Phần thứ hai',
  ])('takes the Căn cứ %j as a document', (basis) => {
    expect(findings([{ basis }])).toEqual([]);
  });

  it.each(['Điểm a khoản 2 Điều 5', 'Mục tiêu của Kế hoạch', 'Kế hoạch này'])(
    'still finds the Căn cứ %j weak: an article of no named law, or no part at all',
    (basis) => {
      expect(findings([{ basis }])).toEqual([['weak-legal-basis', 'E3']]);
    },
  );

  it('still finds a short name alone incomplete', () => {
    expect(findings([{ basis: 'Đề án 06' }])).toEqual([['incomplete-citation', 'E3']]);
  });

  it('still finds an administrative number incomplete when the year is another document’s or a period', () => {
    expect(findings([{ basis: 'Kế hoạch số 34/KH-UBND thực hiện Luật Đất đai năm 2024' }])).toEqual([
      ['incomplete-citation', 'E3'],
    ]);
    expect(findings([{ basis: 'Kế hoạch số 34/KH-UBND giai đoạn 2021 - 2025' }])).toEqual([
      ['incomplete-citation', 'E3'],
    ]);
  });

  it.each(['Chức năng, nhiệm vụ được giao', 'Theo quy định'])('still finds %j a weak basis', (basis) => {
    expect(findings([{ basis }])).toEqual([['weak-legal-basis', 'E3']]);
  });

  it('reports a task repeated later, on the later row', () => {
    expect(findings([{ task: 'Tổ chức hội nghị' }, { task: 'tổ chức  hội nghị ' }])).toContainEqual([
      'duplicate-task',
      'B4',
    ]);
  });

  // Session 21 probe: the lead named in the task's own text, its column left empty.
  it('says where the lead is named when the task text opens with it, as a warning', () => {
    const got = (task: string) =>
      validate(parseAppendix(gridFrom([plan, HEADER, toRow({ task, lead: '' }, 0)])))
        .findings.filter((f) => f.code === 'missing-lead-agency')
        .map((f) => [f.severity, f.data.named ?? null]);
    expect(got('Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan bố trí kinh phí')).toEqual([
      ['warning', 'Sở Tài chính'],
    ]);
    expect(got('Sở Nội vụ tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo')).toEqual([['warning', 'Sở Nội vụ']]);
    // No known body before "chủ trì", or none at all: the lead is missing.
    expect(got('Đơn vị được giao chủ trì tổ chức hội nghị')).toEqual([['error', null]]);
    expect(got('Các cơ quan chủ trì báo cáo kết quả')).toEqual([['error', null]]);
    expect(got('Tổ chức hội nghị sơ kết')).toEqual([['error', null]]);
  });

  // Session 21 probe: "Xây dựng kế hoạch triển khai" given to each department is each one's own part.
  it('notes the same task given to another lead quietly, and warns of it given to the same one', () => {
    const got = (lead: string) =>
      validate(
        parseAppendix(
          gridFrom([
            plan,
            HEADER,
            ...[{ task: 'Xây dựng kế hoạch' }, { task: 'Xây dựng kế hoạch', lead }].map(toRow),
          ]),
        ),
      )
        .findings.filter((f) => f.code === 'duplicate-task')
        .map((f) => [f.severity, f.cell, formatFinding(f)]);
    expect(got('Sở Tư pháp')).toEqual([
      [
        'info',
        'B4',
        'Nhiệm vụ cùng nội dung với dòng 3 nhưng giao cho cơ quan khác: nếu mỗi cơ quan làm phần việc của mình thì không cần sửa.',
      ],
    ]);
    expect(got('Sở Nội vụ')).toEqual([['warning', 'B4', 'Nhiệm vụ trùng với dòng 3.']]);
  });

  it('reads the same task under two headings as the document’s plan, not a duplicate (Huế 188/KH-UBND 2026)', () => {
    const task = 'Xây dựng phương án, hướng dẫn các hộ kinh doanh bảo đảm an toàn thực phẩm';
    const row = (tt: string) => [
      tt,
      task,
      'UBND các xã, phường',
      'Thường xuyên',
      'Kế hoạch 1/KH-UBND ngày 02/01/2026',
      '',
    ];
    const grid = gridFrom([
      ['(Kèm theo Kế hoạch số 188/KH-UBND ngày 02/4/2026 của UBND thành phố Huế)'],
      HEADER,
      ['I', 'VÙNG DI SẢN', '', '', '', ''],
      row('1'),
      ['II', 'VÙNG BIỂN', '', '', '', ''],
      row('1'),
      row('2'),
    ]);
    const codes = validate(parseAppendix(grid)).findings.filter((f) => f.code === 'duplicate-task');
    expect(codes.map((f) => f.cell)).toEqual(['B7']);
  });

  it('checks agencies as of the plan date: Sở Kế hoạch và Đầu tư is current in 2024 and outdated in August 2025', () => {
    expect(findings([{ lead: 'Sở Kế hoạch và Đầu tư' }])).toEqual([]);
    expect(findings([{ lead: 'Sở Kế hoạch và Đầu tư' }], { planDate: '2025-08-01' })).toContainEqual([
      'outdated-agency-name',
      'C3',
    ]);
  });

  it("notes funding codes of the document's own legend once, with their count (2530/QĐ-TTg 2025)", () => {
    const rows = [
      { funding: 'I, II, IV' },
      { funding: '(I), (III)' },
      { funding: 'I' },
      { funding: 'lấy từ đâu' },
    ];
    expect(findings(rows)).toEqual([
      ['unclassified-funding', 'F3'],
      ['unclassified-funding', 'F6'],
    ]);
    const grid = gridFrom([plan, HEADER, ...rows.map(toRow)]);
    const coded = validate(parseAppendix(grid)).findings.find((f) => f.data.coded === true);
    expect(coded && formatFinding(coded, 'vi')).toContain('ghi bằng mã ("I, II, IV", 3 ô)');
  });
});

describe('legacy-encoding', () => {
  it('suggests the Unicode text of a TCVN3 cell', () => {
    const grid = gridFrom([plan, HEADER, toRow({ task: 'KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh' }, 0)]);
    const finding = validate(parseAppendix(grid)).findings.find((f) => f.code === 'legacy-encoding');
    expect(finding?.data).toMatchObject({ encoding: 'tcvn3', suggestion: 'Kế hoạch thực hiện Quyết định' });
  });

  it('suggests the Unicode text of a VNI cell, and says so in the message', () => {
    const grid = gridFrom([plan, HEADER, toRow({ lead: 'UÛy ban nhaân daân tænh' }, 0)]);
    const finding = validate(parseAppendix(grid)).findings.find((f) => f.code === 'legacy-encoding');
    expect(finding).toMatchObject({
      cell: 'C3',
      data: { field: 'lead', encoding: 'vni', suggestion: 'Ủy ban nhân dân tỉnh' },
    });
    const message = (lang: 'vi' | 'en') => (finding ? formatFinding(finding, lang) : '');
    expect(message('vi')).toContain('bảng mã cũ VNI');
    expect(message('vi')).toContain('Đọc là: "Ủy ban nhân dân tỉnh"');
    expect(message('en')).toContain('It reads: "Ủy ban nhân dân tỉnh"');
  });
});
