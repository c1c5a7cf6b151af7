import type { Appendix } from '../../../src/domain';
import {
  failureSheetSpec,
  findingsBySection,
  formatFinding,
  parseAppendix,
  repeatedFindings,
  resultSheetSpec,
  severityBar,
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

  it('draws where the problems are: a text bar per top-level section, the busiest the longest', () => {
    const { findings, planDate } = validate(appendix);
    const { title } = resultSheetSpec({ appendix, findings, asOf: planDate, checkedAt: 'x' });
    const from = title.indexOf('Theo mục (█ lỗi, ▓ cảnh báo, ░ thông tin):');
    expect(from).toBeGreaterThan(0);
    const lines = title.slice(from + 1);
    // The sample's sections, in sheet order, as the pane's picture (findingsBySection).
    expect(lines.map((line) => line.split('  ')[0])).toEqual(
      findingsBySection(appendix, findings).map(
        (s) => `${s.tt} ${s.title}`.trim() || 'Ngoài các mục (tiêu đề, cột)',
      ),
    );
    const bars = lines.map((line) => line.split('  ')[1] ?? '');
    expect(Math.max(...bars.map((bar) => bar.length))).toBe(30);
    expect(bars.every((bar) => /^█*▓*░*$/u.test(bar) && bar.length > 0)).toBe(true);
    const busiest = lines.find((line) => line.split('  ')[1]?.length === 30) ?? '';
    expect(busiest.split('  ')[2]).toMatch(/^(\d+ lỗi, )?\d+ cảnh báo(, \d+ thông tin)?$/u);
    // The counts in words add up to the findings.
    const counted = lines
      .flatMap((line) => [...(line.split('  ')[2] ?? '').matchAll(/(\d+) /gu)].map((m) => Number(m[1])))
      .reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(findings.length);
  });

  it('bars keep every severity a section has, however small', () => {
    expect(severityBar({ error: 1, warning: 2, info: 0 }, 6, 12)).toBe('██▓▓▓▓');
    expect(severityBar({ error: 1, warning: 0, info: 1 }, 500, 30)).toBe('█░');
    expect(severityBar({ error: 0, warning: 0, info: 0 }, 5, 30)).toBe('');
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
