import { parseAppendix, splitAgencies, validate } from '../../../src/domain';
import { DEFAULT_REGISTRY } from '../../../src/domain/agencies';
import { formatFinding } from '../../../src/domain/messages';
import { gridFrom, HEADER } from '../../helpers/grid';

const TITLE = '(Kèm theo Kế hoạch số 120/KH-UBND ngày 15/12/2025 của UBND tỉnh Lâm Đồng)';

function findings(rows: string[][], code: string, header: string[] = HEADER) {
  return validate(parseAppendix(gridFrom([[TITLE], header, ...rows]))).findings.filter(
    (f) => f.code === code,
  );
}

const CITATIONS = [
  'Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh',
  'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ',
  'Quyết định số 06/QĐ-TTg ngày 06/01/2022',
  'Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ',
];
const QUARTERS = ['Quý I/2026', 'Quý II/2026', 'Quý III/2026', 'Quý IV/2026'];

describe('a citation left undated where the appendix dates the others', () => {
  // Dated citations in the Căn cứ column; and the same, in the task text of a table without one.
  const inBasis = CITATIONS.map((c, i) => [
    String(i + 1),
    'Triển khai',
    'Sở Nội vụ',
    QUARTERS[i] ?? '',
    c,
    '',
  ]);
  const NO_BASIS = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'];
  const inText = CITATIONS.map((c, i) => [
    String(i + 1),
    `Triển khai theo ${c}`,
    'Sở Nội vụ',
    QUARTERS[i] ?? '',
  ]);

  it('is a warning on a Căn cứ that leaves its date out', () => {
    const found = findings(
      [
        ...inBasis,
        ['5', 'Giao tự chủ', 'Sở Tài chính', 'Năm 2026', 'Nghị định số 60/2021/NĐ-CP của Chính phủ', ''],
      ],
      'incomplete-citation',
    );
    expect(found.map((f) => [f.cell, f.severity, f.data.kind])).toEqual([['E7', 'warning', 'unlike-others']]);
    expect(formatFinding(found[0] ?? { code: '', data: {} }, 'vi')).toBe(
      '"Nghị định số 60/2021/NĐ-CP của Chính phủ" chưa ghi ngày ban hành, trong khi các văn bản khác trong phụ lục đều ghi: nên ghi cho thống nhất.',
    );
  });

  it('is a warning in the task’s own words where the table has no Căn cứ column (Lâm Đồng drafts)', () => {
    const task =
      'Giao tự chủ theo lộ trình quy định tại khoản 4 Điều 35 Nghị định số 60/2021/NĐ-CP của Chính phủ';
    const found = findings(
      [...inText, ['5', task, 'Sở Tài chính', 'Năm 2026']],
      'incomplete-citation',
      NO_BASIS,
    );
    expect(found.map((f) => [f.cell, f.data.kind])).toEqual([['B7', 'unlike-others']]);
  });

  it('leaves the task text alone where the table has a Căn cứ column (624/TB-VPCP 2025)', () => {
    const task = 'Rà soát trụ sở đáp ứng yêu cầu theo Nghị định số 118/2025/NĐ-CP';
    expect(
      findings([...inBasis, ['5', task, 'Sở Nội vụ', 'Năm 2026', '', '']], 'incomplete-citation'),
    ).toEqual([]);
  });

  it.each([
    ['a document the task is about', 'Xây dựng Nghị định sửa đổi Nghị định số 120/2020/NĐ-CP'],
    [
      'an amendment in brackets',
      'Thực hiện theo Nghị định 120/2020/NĐ-CP ngày 07/10/2020 (được sửa đổi tại Nghị định số 283/2025/NĐ-CP)',
    ],
    [
      'a Party resolution, cited undated by custom',
      'Quán triệt theo Nghị quyết số 57-NQ/TW của Bộ Chính trị',
    ],
  ])('leaves alone %s', (_what, task) => {
    expect(
      findings([...inText, ['5', task, 'Sở Nội vụ', 'Năm 2026']], 'incomplete-citation', NO_BASIS),
    ).toEqual([]);
  });

  it('leaves alone a document that dates few of its citations (no convention to break)', () => {
    const task = 'Thực hiện theo quy định tại Nghị định số 60/2021/NĐ-CP của Chính phủ';
    expect(
      findings(
        [...inText.slice(0, 2), ['3', task, 'Sở Tài chính', 'Năm 2026']],
        'incomplete-citation',
        NO_BASIS,
      ),
    ).toEqual([]);
  });
});

describe('a name written with a comma or dash left out is the agency, not a typo', () => {
  it.each([
    ['Ban Quản lý các Khu công nghiệp khu kinh tế', 'Ban Quản lý các khu công nghiệp, khu kinh tế tỉnh'],
    ['Sở Văn hóa Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
  ])('%j is read as %j, a variant', (text, name) => {
    const [mention, ...rest] = splitAgencies(text, DEFAULT_REGISTRY);
    expect(rest).toEqual([]);
    expect(mention?.entry?.name).toBe(name);
    expect(mention?.variant).toBe(true);
    expect(mention?.suggestion).toBeUndefined();
  });

  it('but a word left out ("và") is still a likely typo', () => {
    const found = findings(
      [['1', 'Tổ chức lễ hội', 'Sở Văn hoá Thể thao du lịch', 'Quý I/2026', '', '']],
      'agency-typo',
    );
    expect(found.map((f) => f.data.canonical)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });
});
