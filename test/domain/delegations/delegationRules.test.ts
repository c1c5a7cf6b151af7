import type { Finding } from '../../../src/domain';
import { formatFinding, parseAppendix, validate } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

const TITLE = ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh Khánh Hòa)'];
const DELEGATION_HEADER = [
  'TT',
  'Nơi đến',
  'Thời gian',
  'Mục đích',
  'Số người',
  'Số ngày',
  'Cơ quan chủ trì',
  'Kinh phí',
];

function check(rows: unknown[][]): Finding[] {
  const grid = gridFrom([TITLE, DELEGATION_HEADER, ...(rows as string[][])]);
  const appendix = parseAppendix(grid);
  expect(appendix.kind).toBe('delegations');
  return validate(appendix).findings;
}

const codes = (findings: readonly Finding[], ...wanted: string[]) =>
  findings.filter((f) => wanted.includes(f.code)).map((f) => `${f.code}@${f.cell ?? f.rowNumber}`);

describe('the delegations rules', () => {
  const DELEGATION_CODES = [
    'delegation-count-mismatch',
    'missing-destination',
    'missing-quarter',
    'invalid-headcount',
    'invalid-duration',
    'unparsed-amount',
  ];

  it('report what a careful officer would: a heading count off, no destination, no quarter, bad counts and amounts', () => {
    const findings = check([
      ['A', 'Các đoàn xúc tiến đầu tư: 03 đoàn'],
      ['1', 'Nhật Bản', 'Quý II', 'Xúc tiến đầu tư', '10', '5', 'Sở Tài chính', '1.200.000.000'],
      ['2', '', 'Quý III', 'Xúc tiến thương mại', '8', '4', 'Sở Công Thương', 'Ngân sách tỉnh'],
      ['B', 'Các đoàn đào tạo: 01 đoàn'],
      ['1', 'Hàn Quốc', 'Năm 2025', 'Đào tạo', 'mười', '5', 'Sở Nội vụ', '3.500.000.00'],
    ]);
    expect(codes(findings, ...DELEGATION_CODES)).toEqual([
      'delegation-count-mismatch@3',
      'missing-destination@B5',
      'missing-quarter@C7',
      'invalid-headcount@E7',
      'unparsed-amount@H7',
    ]);
    expect(findings.find((f) => f.code === 'delegation-count-mismatch')?.data).toMatchObject({
      declared: 3,
      actual: 2,
    });
    expect(findings.find((f) => f.code === 'invalid-headcount')?.severity).toBe('warning');
  });

  it("take a pointer to another body's rules for a note, and a range for a count", () => {
    const findings = check([
      [
        '1',
        'Lào',
        'Quý I',
        'Hợp tác quốc phòng',
        'theo quy định của Bộ Quốc phòng',
        '08-10',
        'Bộ Chỉ huy Quân sự tỉnh',
        'Kinh phí đối ngoại quốc phòng',
      ],
    ]);
    expect(
      findings.filter((f) => DELEGATION_CODES.includes(f.code)).map((f) => [f.code, f.severity]),
    ).toEqual([['invalid-headcount', 'info']]);
  });

  it('never run on a task matrix, whatever its cells hold', () => {
    const grid = gridFrom([
      TITLE,
      [...HEADER, 'Số người'],
      [
        '1',
        'Tổ chức hội nghị: 03 đoàn',
        'Sở Ngoại vụ',
        'Năm 2025',
        'Kế hoạch 5/KH-UBND ngày 2/1/2025',
        '3.500.000.00',
        'mười',
      ],
    ]);
    const appendix = parseAppendix(grid);
    expect(appendix.kind).toBe('tasks');
    expect(codes(validate(appendix).findings, ...DELEGATION_CODES)).toEqual([]);
  });

  it('name a delegation "Đoàn" in the shared messages, never "Nhiệm vụ"', () => {
    const findings = check([
      ['1', 'Nhật Bản', 'Quý II', 'Xúc tiến đầu tư', '10', '5', '', '1.200.000.000'],
      ['', 'Hàn Quốc', 'Quý III', 'Hợp tác', '8', '4', 'Sở Tài chính', '900.000.000'],
    ]);
    const messages = findings
      .filter((f) => f.code === 'missing-lead-agency' || f.code === 'task-without-number')
      .map((f) => [formatFinding(f, 'vi'), formatFinding(f, 'en')]);
    expect(messages).toEqual([
      ['Đoàn chưa có cơ quan chủ trì.', 'The delegation has no lead agency.'],
      ['Đoàn chưa có số thứ tự.', 'Delegation without a number.'],
    ]);
  });

  it('hold the quarters to the plan year, as on a task matrix', () => {
    const findings = check([
      ['1', 'Nhật Bản', 'Quý II/2023', 'Xúc tiến đầu tư', '10', '5', 'Sở Tài chính', ''],
    ]);
    expect(codes(findings, 'timeframe-outside-plan-year')).toEqual(['timeframe-outside-plan-year@C3']);
  });
});
