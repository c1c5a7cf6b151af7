import { parseAppendix, validate } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

// 2200/QĐ-BNNMT 2026 (test/fixtures/real): rows 7–13 lead "Cục Lâm nghiệp và Kiểm lâm", rows 14–18 "Cục
// Lâm nghiệp và Cục Kiểm lâm", the two departments it was merged from.
const inconsistent = (leads: readonly string[]) =>
  validate(
    parseAppendix(
      gridFrom([
        ['(Kèm theo Quyết định số 2200/QĐ-BNNMT ngày 10/6/2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường)'],
        [...HEADER, 'Cơ quan phối hợp'],
        ...leads.map((lead, i) => [String(i + 1), `Việc ${i + 1}`, lead, 'Quý IV', '', '', 'Vụ Pháp chế']),
      ]),
    ),
  )
    .findings.filter((f) => f.code === 'agency-name-inconsistent')
    .map((f) => [f.cell, f.data.agency, f.data.canonical]);

describe('a merged unit written elsewhere as the names it was merged from', () => {
  it('is an inconsistency of the document, with the merged name', () => {
    expect(
      inconsistent([
        'Cục Lâm nghiệp và Kiểm lâm',
        'Cục Lâm nghiệp và Cục Kiểm lâm; Sở Nông nghiệp và Môi trường các tỉnh',
        'Viện Khoa học lâm nghiệp Việt Nam, Cục Lâm nghiệp, Cục Kiểm lâm',
      ]),
    ).toEqual([
      ['C4', 'Cục Lâm nghiệp và Cục Kiểm lâm', 'Cục Lâm nghiệp và Kiểm lâm'],
      ['C5', 'Cục Lâm nghiệp, Cục Kiểm lâm', 'Cục Lâm nghiệp và Kiểm lâm'],
    ]);
  });

  it('reads three names as "Cục A, B và C"', () => {
    expect(inconsistent(['Vụ Tổ chức, Cán bộ và Pháp chế', 'Vụ Tổ chức, Vụ Cán bộ và Vụ Pháp chế'])).toEqual([
      ['C4', 'Vụ Tổ chức, Vụ Cán bộ và Vụ Pháp chế', 'Vụ Tổ chức, Cán bộ và Pháp chế'],
    ]);
  });

  it('leaves two bodies alone when the document names no merged unit of them', () => {
    expect(inconsistent(['Cục Lâm nghiệp và Cục Kiểm lâm', 'Sở Tư pháp và Sở Nội vụ'])).toEqual([]);
  });

  it('leaves collectives alone (109/NQ-CP 2026)', () => {
    expect(
      inconsistent([
        'Các bộ, cơ quan, địa phương và các đơn vị có liên quan',
        'Các bộ, cơ quan, địa phương và đơn vị có liên quan',
      ]),
    ).toEqual([]);
  });
});
