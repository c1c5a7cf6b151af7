import type { Finding } from '../../../src/domain';
import { formatFinding, parseAppendix, SettingsSchema, validate } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

const plan = ['(Kèm theo Kế hoạch số 10/KH-UBND ngày 15/01/2024 của UBND tỉnh)'];
const row = (tt: string, basis: string) => [
  tt,
  `Việc ${tt || 'không số'}`,
  'Sở Nội vụ',
  'Quý I',
  basis,
  'Ngân sách tỉnh',
];

function check(rows: string[][], settings = {}) {
  return validate(parseAppendix(gridFrom([plan, HEADER, ...rows])), SettingsSchema.parse(settings)).findings;
}

describe('validate', () => {
  it('reports gaps, order and level of numbering', () => {
    const findings = check([
      ['I', 'MỤC I'],
      row('1', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('3', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('2', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('4.1', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
    ]);
    // "3" then "2" is one swap, reported once where the order breaks (a gap at "3" too before session 16).
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ['numbering-order', 'A6'],
      ['numbering-level', 'A7'],
    ]);
  });

  it('reports a sub-number under the wrong section once, at its level, not again as out of order', () => {
    const findings = check([
      ['I', 'MỤC I'],
      row('1.1', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('1.2', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      ['II', 'MỤC II'],
      row('1.3', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('2.2', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
    ]);
    expect(findings.filter((f) => f.code.startsWith('numbering')).map((f) => [f.code, f.cell])).toEqual([
      ['numbering-level', 'A7'],
    ]);
  });

  it('takes points lettered without "đ" (a, b, c, d, e) as the Latin alphabet, no gap', () => {
    const lettered = (letters: string[]) =>
      check([
        ['1', 'NHÓM 1'],
        ...letters.map((l) => row(`${l})`, 'Kế hoạch 1/KH-UBND ngày 02/01/2024')),
      ]).filter((f) => f.code === 'numbering-gap');
    expect(lettered(['a', 'b', 'c', 'd', 'e'])).toEqual([]);
    expect(lettered(['a', 'b', 'c', 'd', 'đ', 'e'])).toEqual([]);
    expect(lettered(['a', 'b', 'd']).map((f) => f.data.expectedLabel)).toEqual(['c']);
  });

  it('still reports a number skipped that no later row takes, in the numerals of its level', () => {
    const findings = check([
      ['I', 'MỤC I'],
      row('1', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('3', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('4', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      ['III', 'MỤC III'],
      row('1', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
    ]);
    const gaps = findings.filter((f) => f.code === 'numbering-gap');
    expect(gaps.map((f) => [f.cell, f.data.expectedLabel])).toEqual([
      ['A5', '2'],
      ['A7', 'II'],
    ]);
    expect(formatFinding(gaps[1] as Finding, 'vi')).toContain('(mong đợi số II)');
  });

  it('leaves the numbers a matrix made from a plan’s text skips alone: the plan’s own, its chapters without tasks left out', () => {
    const rows = [
      ['III', 'NỘI DUNG, NHIỆM VỤ'],
      row('1', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('3', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
      row('3', 'Kế hoạch 1/KH-UBND ngày 02/01/2024'),
    ];
    const note = [
      'Lập từ văn bản "ke-hoach.txt": cột Ghi chú ghi các dòng của văn bản mà nhiệm vụ được đọc ra.',
    ];
    const codes = (findings: Finding[]) =>
      findings.filter((f) => f.code.startsWith('numbering')).map((f) => f.code);
    expect(codes(check(rows))).toEqual(['numbering-gap', 'numbering-gap', 'numbering-duplicate']);
    // A number written twice is still two rows numbered alike on the sheet.
    expect(codes(check([...rows, note]))).toEqual(['numbering-duplicate']);
  });

  it('reports citations dated after the plan or on impossible dates', () => {
    const findings = check([
      row('1', 'Kế hoạch 5/KH-UBND ngày 20/02/2024'),
      row('2', 'Quyết định 7/QĐ-UBND ngày 31/02/2023'),
    ]);
    expect(
      findings.filter((f) => f.code === 'invalid-citation-date').map((f) => [f.cell, f.data.reason]),
    ).toEqual([
      ['E3', 'after-plan'],
      ['E4', 'impossible'],
    ]);
  });

  it('reports a date whose year the number denies, in the Căn cứ and in the task text (100/NQ-CP 2026)', () => {
    const task = [...row('2', 'Kế hoạch 1/KH-UBND ngày 02/01/2024')];
    task[1] = 'Sửa đổi Nghị định số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2002 về tiêu chuẩn';
    const findings = check([row('1', 'Nghị định 58/2022/NĐ-CP ngày 31/8/2002'), task]);
    expect(
      findings.filter((f) => f.code === 'invalid-citation-date').map((f) => [f.cell, f.data.reason]),
    ).toEqual([
      ['E3', 'year-mismatch'],
      ['B4', 'year-mismatch'],
    ]);
    // The same citation rightly dated, and a task about a later document, are no fault.
    task[1] = 'Xây dựng Nghị định số 58/2022/NĐ-CP ngày 31/8/2022; Nghị định mới năm 2025';
    expect(check([task]).filter((f) => f.code === 'invalid-citation-date')).toEqual([]);
  });

  it('reports a slip once when the row’s Căn cứ repeats it from the task text (a matrix made from a text)', () => {
    const task = [...row('1', 'Quyết định số 46/2002/QĐ-UBND ngày 12/09/2022 của UBND tỉnh')];
    task[1] = 'Thực hiện Quyết định số 46/2002/QĐ-UBND ngày 12/09/2022 của UBND tỉnh quy định …';
    expect(
      check([task])
        .filter((f) => f.code === 'invalid-citation-date')
        .map((f) => f.cell),
    ).toEqual(['E3']);
  });

  it('takes a symbol only the cell or the title dates as identified when cited short, not another cell', () => {
    const undated = (rows: string[][]) =>
      check(rows)
        .filter((f) => f.code === 'incomplete-citation')
        .map((f) => f.cell);
    expect(undated([row('1', 'Kế hoạch 5/KH-UBND')])).toEqual(['E3']);
    // Each Căn cứ stands on its own (the sample's E20 among dozens of dated "217/KH-UBND").
    expect(undated([row('1', 'Kế hoạch 5/KH-UBND ngày 02/01/2024'), row('2', 'Kế hoạch 5/KH-UBND')])).toEqual(
      ['E4'],
    );
  });

  it('checks "as of" the date in the settings when given', () => {
    const findings = check([row('1', 'Kế hoạch 5/KH-UBND ngày 20/02/2024')], { planDate: '2024-03-01' });
    expect(findings.filter((f) => f.code === 'invalid-citation-date')).toEqual([]);
  });

  it('lets settings switch a rule off or change its severity', () => {
    const rows = [row('1', ''), row('', 'theo hướng dẫn của Bộ')];
    expect(check(rows).map((f) => [f.code, f.severity])).toEqual([
      ['missing-legal-basis', 'error'],
      ['task-without-number', 'info'],
      ['weak-legal-basis', 'warning'],
    ]);
    const tuned = check(rows, {
      rules: { 'missing-legal-basis': { severity: 'warning' }, 'task-without-number': { enabled: false } },
    });
    expect(tuned.map((f) => [f.code, f.severity])).toEqual([
      ['missing-legal-basis', 'warning'],
      ['weak-legal-basis', 'warning'],
    ]);
  });

  it('reports a merged Căn cứ once, at its top-left cell', () => {
    const grid = gridFrom([plan, HEADER, row('1', 'theo chỉ đạo chung'), row('2', ''), row('3', '')], {
      merges: ['E3:E5'],
    });
    const weak = validate(parseAppendix(grid)).findings.filter((f) => f.code === 'weak-legal-basis');
    expect(weak.map((f) => f.cell)).toEqual(['E3']);
  });
});
