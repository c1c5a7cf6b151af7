import type { AgencyLists, ExistingState, ListSheetSpec } from '../../../src/domain';
import {
  agencySheetSpecs,
  agencyWorkbookExport,
  buildAgencyLists,
  isAgencySheet,
  parseAppendix,
  planAgencySheets,
} from '../../../src/domain';
import { SO_KE_HOACH_DAU_TU } from '../../helpers/fixtureLists';
import { sampleGrid } from '../../helpers/grid';

const spec = (name: string, tag: ListSheetSpec['tag'] = 'agency-list'): ListSheetSpec => ({
  name,
  tag,
  footer: 'Trang &P/&N',
  title: [name],
  header: ['TT'],
  widths: [5],
  align: ['center'],
  rows: [],
});
const existing = (sheets: ExistingState['sheets']): ExistingState => ({ sheets, markIds: [], notes: [] });

describe('planAgencySheets', () => {
  it('reuses the feature’s sheets by name (ignoring case), adds the others, removes the ones left over', () => {
    const plan = planAgencySheets({
      index: spec('Tổng hợp theo cơ quan', 'agency-index'),
      lists: [spec('Sở Ngoại vụ'), spec('Sở Nội vụ')],
      existing: existing([
        { name: 'Phụ lục 1' },
        { name: 'SỞ NGOẠI VỤ', tag: 'agency-list', hidden: true },
        { name: 'Sở Tư pháp', tag: 'agency-list' },
        { name: 'Kết quả kiểm tra', tag: 'result' },
      ]),
    });

    expect(plan.sheets.map(({ name, reuse, hidden }) => [name, reuse, hidden])).toEqual([
      ['Tổng hợp theo cơ quan', false, false],
      ['SỞ NGOẠI VỤ', true, true],
      ['Sở Nội vụ', false, false],
    ]);
    expect(plan.remove).toEqual(['Sở Tư pháp']);
  });

  it('reuses a sheet of the other agency kind (the writer tags every sheet it writes anew)', () => {
    const plan = planAgencySheets({
      index: spec('Sở Ngoại vụ', 'agency-index'),
      lists: [],
      existing: existing([{ name: 'Sở Ngoại vụ', tag: 'agency-list' }]),
    });
    expect(plan.sheets[0]).toMatchObject({ reuse: true, name: 'Sở Ngoại vụ' });
  });

  it.each([
    ['an officer’s sheet', { name: 'Sở Ngoại vụ' }],
    ['the check’s result sheet', { name: 'Sở Ngoại vụ', tag: 'result' as const }],
  ])('refuses to write over %s', (_, sheet) => {
    expect(() =>
      planAgencySheets({
        index: spec('Tổng hợp'),
        lists: [spec('Sở Ngoại vụ')],
        existing: existing([sheet]),
      }),
    ).toThrow(/not a sheet the agency lists wrote/);
  });

  it('refuses two specs of the same name', () => {
    expect(() => planAgencySheets({ index: spec('A'), lists: [spec('a')], existing: existing([]) })).toThrow(
      /two sheets named/,
    );
  });

  it('knows its own tags', () => {
    expect([{ tag: 'agency-list' as const }, { tag: 'agency-index' as const }].map(isAgencySheet)).toEqual([
      true,
      true,
    ]);
    expect([{}, { tag: 'result' as const }, { tag: 'settings' as const }].map(isAgencySheet)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('agencySheetSpecs and agencyWorkbookExport on the fixture', () => {
  let lists: AgencyLists;
  beforeAll(async () => {
    const appendix = parseAppendix(await sampleGrid());
    lists = buildAgencyLists(appendix, { planDate: appendix.plan.date });
  });

  it('gives every sheet a distinct valid name, the index first', () => {
    const specs = agencySheetSpecs(lists, ['Phụ lục 1', 'Phụ lục 2']);
    const names = [specs.index.name, ...specs.lists.map((l) => l.name)];
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(specs.names.lists.map((n) => n.key)).toEqual(lists.lists.map((l) => l.key));
  });

  it('exports one agency’s list under the split’s file name', () => {
    const file = agencyWorkbookExport(lists, 'so-ke-hoach-dau-tu');
    expect(file.fileName).toMatch(/^\d{2}-so-ke-hoach-dau-tu\.xlsx$/);
    expect(file.spec.title[0]).toBe('DANH SÁCH NHIỆM VỤ – Sở Kế hoạch và Đầu tư');
    const tts = file.spec.rows.flatMap((row) => (row.kind === 'task' ? [row.cells[0]] : []));
    expect(tts).toEqual(SO_KE_HOACH_DAU_TU.map(([, tt]) => tt));
    expect(file.spec.name).toBe('Sở KH&ĐT');
  });

  it('throws for a list that does not exist', () => {
    expect(() => agencyWorkbookExport(lists, 'so-khong-co')).toThrow(RangeError);
  });
});
