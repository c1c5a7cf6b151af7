import type { Appendix } from '../../../src/domain';
import {
  failureSheetSpec,
  formatFinding,
  parseAppendix,
  repeatedFindings,
  resultSheetSpec,
  validate,
} from '../../../src/domain';
import { sampleGrid } from '../../helpers/grid';

describe('the result sheet of the fixture', () => {
  let appendix: Appendix;
  beforeAll(async () => {
    appendix = parseAppendix(await sampleGrid());
  });

  it('sums up at the top and lists every finding with a link to its cell, the rule, severity and message', () => {
    const { findings, planDate } = validate(appendix);
    const spec = resultSheetSpec({ appendix, findings, asOf: planDate, checkedAt: '23/11/2026 09:05' });

    expect(spec).toMatchObject({ name: 'Kết quả kiểm tra', tag: 'result' });
    expect(spec.title[0]).toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC — trang "Phụ lục 1", dòng tiêu đề 5');
    expect(spec.title).toContain('Kiểm tra lúc 23/11/2026 09:05; tên cơ quan xét theo ngày 11/03/2024');
    expect(spec.title).toContain('97 nhiệm vụ · 2 lỗi · 24 cảnh báo · 9 thông tin');
    expect(spec.header).toEqual(['Ô', 'Dòng', 'Mức độ', 'Quy tắc', 'Nội dung', 'Mã']);
    expect(spec.rows).toHaveLength(repeatedFindings(findings, (f) => formatFinding(f, 'vi')).length);
    // The same wording on six cells is one row listing them (issue "Any real appendix…").
    const variant = spec.rows.find((row) => row[5] === 'agency-name-variant' && row[1] === 60);
    expect(variant?.[4]).toMatch(/\(6 ô cùng lỗi này: C60, C61, C62, C64, C65, C96\)$/u);
    const e110 = spec.rows.find((row) => row[5] === 'missing-legal-basis');
    expect(e110?.slice(0, 3)).toEqual([
      { text: 'E110', link: { sheet: 'Phụ lục 1', cell: 'E110' } },
      110,
      'lỗi',
    ]);
    expect(e110?.[4]).toMatch(/căn cứ/i);
    expect(spec.widths).toHaveLength(spec.header.length);
  });

  it('says so when there is nothing to review', () => {
    const spec = resultSheetSpec({ appendix, findings: [], asOf: null, checkedAt: 'x', lang: 'en' });
    expect(spec.title).toContain('No findings.');
    expect(spec.rows).toEqual([]);
  });

  it('explains a sheet that could not be checked', () => {
    const spec = failureSheetSpec({ sheet: 'Trang 1', message: 'Không thấy dòng tiêu đề.', checkedAt: 'x' });
    expect(spec.title.slice(0, 2)).toEqual([
      'KHÔNG KIỂM TRA ĐƯỢC trang "Trang 1"',
      'Không thấy dòng tiêu đề.',
    ]);
    expect(spec.rows).toEqual([]);
  });
});
