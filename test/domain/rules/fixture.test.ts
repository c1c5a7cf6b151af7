import type { Finding, Validation } from '../../../src/domain';
import { parseAppendix, SettingsSchema, validate } from '../../../src/domain';
import { sampleGrid } from '../../helpers/grid';

// The expectations for "Phụ lục 1" of the Kế hoạch 58/KH-UBND sample, one by one.
describe('one-click validation of the sample appendix', () => {
  let validation: Validation;
  let sectionRows: Set<number>;
  const cells = (code: string) =>
    validation.findings.filter((f: Finding) => f.code === code).map((f) => f.cell);

  beforeAll(async () => {
    const appendix = parseAppendix(await sampleGrid());
    validation = validate(appendix);
    sectionRows = new Set(appendix.sections.map((s) => s.row));
  });

  it('reports the missing Căn cứ exactly once, on E110, and the missing funding on F67', () => {
    expect(cells('missing-legal-basis')).toEqual(['E110']);
    expect(cells('missing-funding')).toEqual(['F67']);
  });

  it('never reports a value supplied by a merged cell as missing (rows 60–62, 65–69)', () => {
    const merged = [60, 61, 62, 65, 66, 68, 69];
    const required = validation.findings.filter(
      (f) => f.code.startsWith('missing-') && merged.includes(f.rowNumber),
    );
    expect(required).toEqual([]);
  });

  it('never reports a required field on a section or group row', () => {
    const onSections = validation.findings.filter(
      (f) => f.code.startsWith('missing-') && sectionRows.has(f.rowNumber),
    );
    expect(onSections).toEqual([]);
  });

  it('reports the second section VII as a duplicate number on A116', () => {
    expect(cells('numbering-duplicate')).toEqual(['A116']);
    expect(validation.findings.find((f) => f.code === 'numbering-duplicate')).toMatchObject({
      severity: 'error',
      data: { tt: 'VII', firstRow: 106 },
    });
    expect(cells('numbering-gap')).toEqual([]);
    expect(cells('numbering-order')).toEqual([]);
    expect(cells('numbering-level')).toEqual([]);
  });

  it('flags the bases that name no document, and not those citing one (E36, E47, E48)', () => {
    expect(cells('weak-legal-basis')).toEqual(['E11', 'E73', 'E112', 'E114', 'E117', 'E118', 'E119']);
  });

  it('flags citations that cannot be identified without a date or number', () => {
    // E81 twice: "Kế hoạch của Ban Thường vụ Tỉnh ủy" and "Chương trình hành động của Chính phủ".
    // E104: not "Chỉ thị 15-CT/TW của Bộ Chính trị" (a central Party document is cited by its number within
    // the term, decisions D53) but "Thông tư 03/2021/TT-BNG", left undated where the appendix dates the
    // others (D83).
    expect(cells('incomplete-citation')).toEqual(['E20', 'E81', 'E81', 'E104', 'E111', 'E113']);
  });

  it('flags symbols not in the standard form, with the standard form suggested', () => {
    // The issue lists E45, E85, E94. E103 ("24- NQ/TW") and E113 ("2564/QĐ- UBND") have the same stray
    // space inside the symbol, so they are reported too.
    expect(cells('malformed-citation')).toEqual(['E45', 'E85', 'E94', 'E103', 'E113']);
    const e45 = validation.findings.find((f) => f.code === 'malformed-citation' && f.cell === 'E45');
    expect(e45?.data).toMatchObject({
      problems: ['spaces', 'type-mismatch'],
      suggestion: 'Báo cáo 423/BC-VP',
    });
  });

  it('finds no citation dated after the plan (11/03/2024) or impossible', () => {
    expect(cells('invalid-citation-date')).toEqual([]);
  });

  it('reports the unnumbered tasks as info', () => {
    expect(cells('task-without-number')).toEqual(['A7', 'A108']);
    expect(validation.findings.find((f) => f.cell === 'A7')).toMatchObject({
      severity: 'info',
      data: { lone: true },
    });
  });
});

describe('agency checks on the sample appendix', () => {
  let appendix: ReturnType<typeof parseAppendix>;
  const cellsOf = (validation: Validation, code: string) =>
    validation.findings.filter((f) => f.code === code).map((f) => f.cell);

  beforeAll(async () => {
    appendix = parseAppendix(await sampleGrid());
  });

  it('suggests canonical names for variants, and flags the vague leads', () => {
    const validation = validate(appendix);
    // "Liên hiệp các tổ chức hữu nghị" without "tỉnh": the usual short way, a quiet note.
    expect(cellsOf(validation, 'agency-name-variant')).toEqual(['C60', 'C61', 'C62', 'C64', 'C65', 'C96']);
    // Spelled otherwise than the same appendix spells them elsewhere ("Sở Kế hoạch và Đầu tư" in C22 …): a
    // slip, so a warning (deliberately stronger since session 4; they were notes before).
    expect(cellsOf(validation, 'agency-name-inconsistent')).toEqual(['C31', 'C84']);
    // "Sở Thông tin truyền thông": "và" left out, two fields read as one — a misspelt name (session 16).
    expect(validation.findings.find((f) => f.cell === 'C86' && f.code === 'agency-typo')?.data).toMatchObject(
      { agency: 'Sở Thông tin truyền thông', canonical: 'Sở Thông tin và Truyền thông' },
    );
    expect(
      validation.findings.find((f) => f.cell === 'C31' && f.code === 'agency-name-inconsistent')?.data,
    ).toMatchObject({
      agency: 'Sở Kế hoạch - Đầu tư',
      canonical: 'Sở Kế hoạch và Đầu tư',
    });
    // C84 and C102 name their leads before "các cơ quan (có) liên quan": someone answers for the task.
    expect(cellsOf(validation, 'vague-agency')).toEqual(['C117', 'C118']);
    expect(cellsOf(validation, 'unknown-agency')).toEqual([]);
  });

  it('flags no outdated agency as of the plan’s own date (11/03/2024)', () => {
    expect(cellsOf(validate(appendix), 'outdated-agency-name')).toEqual([]);
  });

  it('flags renamed, merged and ended agencies, with successors, as of 2025-08-01', () => {
    const validation = validate(appendix, SettingsSchema.parse({ planDate: '2025-08-01' }));
    const outdated = validation.findings.filter((f) => f.code === 'outdated-agency-name');
    const successorOf = (agency: string) => outdated.find((f) => f.data.agency === agency)?.data.successors;
    // Kept by choice of the province under Nghị định 45/2025/NĐ-CP: not outdated by default.
    expect(successorOf('Sở Ngoại vụ')).toBeUndefined();
    expect(successorOf('Sở Kế hoạch và Đầu tư')).toEqual(['Sở Tài chính']);
    expect(successorOf('Sở Giao thông vận tải')).toEqual(['Sở Xây dựng']);
    expect(successorOf('UBND huyện Xuyên Mộc')).toEqual(['Ủy ban nhân dân các xã, phường, đặc khu']);
  });

  it('reads every time frame and funding source of the sample', () => {
    const validation = validate(appendix);
    expect(cellsOf(validation, 'unparsed-timeframe')).toEqual([]);
    expect(cellsOf(validation, 'invalid-timeframe')).toEqual([]);
    expect(cellsOf(validation, 'timeframe-outside-plan-year')).toEqual([]);
    expect(cellsOf(validation, 'unclassified-funding')).toEqual([]);
    expect(cellsOf(validation, 'shifted-cells')).toEqual([]);
  });
});
