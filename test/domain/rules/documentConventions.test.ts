import { parseAppendix, splitAgencies, validate } from '../../../src/domain';
import { DEFAULT_REGISTRY } from '../../../src/domain/agencies';
import { formatFinding } from '../../../src/domain/messages';
import { gridFrom, HEADER } from '../../helpers/grid';

const TITLE = '(Kèm theo Kế hoạch số 120/KH-UBND ngày 15/12/2025 của UBND tỉnh Lâm Đồng)';

function findings(rows: string[][], code: string) {
  return validate(parseAppendix(gridFrom([[TITLE], HEADER, ...rows]))).findings.filter(
    (f) => f.code === code,
  );
}

describe('a citation left undated where the appendix dates the others', () => {
  const dated = [
    [
      '1',
      'Triển khai Kế hoạch',
      'Sở Nội vụ',
      'Quý I/2026',
      'Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh',
      '',
    ],
    [
      '2',
      'Rà soát thủ tục',
      'Sở Tư pháp',
      'Quý II/2026',
      'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ',
      '',
    ],
    [
      '3',
      'Số hóa hồ sơ',
      'Sở Khoa học và Công nghệ',
      'Quý III/2026',
      'Quyết định số 06/QĐ-TTg ngày 06/01/2022',
      '',
    ],
    [
      '4',
      'Đánh giá chỉ số',
      'Sở Nội vụ',
      'Quý IV/2026',
      'Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ',
      '',
    ],
  ];

  it('is a warning on the cell that leaves it undated, in the Căn cứ or in the task’s own words', () => {
    const found = findings(
      [
        ...dated,
        [
          '5',
          'Giao tự chủ theo lộ trình quy định tại khoản 4 Điều 35 Nghị định số 60/2021/NĐ-CP của Chính phủ',
          'Sở Tài chính',
          'Năm 2026',
          '',
          '',
        ],
      ],
      'incomplete-citation',
    );
    expect(found.map((f) => [f.cell, f.severity, f.data.kind])).toEqual([['B7', 'warning', 'unlike-others']]);
    expect(formatFinding(found[0] ?? { code: '', data: {} }, 'vi')).toBe(
      '"Nghị định số 60/2021/NĐ-CP của Chính phủ" chưa ghi ngày ban hành, trong khi các văn bản khác trong phụ lục đều ghi: nên ghi cho thống nhất.',
    );
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
    expect(findings([...dated, ['5', task, 'Sở Nội vụ', 'Năm 2026', '', '']], 'incomplete-citation')).toEqual(
      [],
    );
  });

  it('leaves alone a document that dates few of its citations (no convention to break)', () => {
    const fewDated = dated.slice(0, 2);
    const task = 'Thực hiện theo quy định tại Nghị định số 60/2021/NĐ-CP của Chính phủ';
    expect(
      findings([...fewDated, ['3', task, 'Sở Tài chính', 'Năm 2026', '', '']], 'incomplete-citation'),
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
