import type { AgencyEntry, AgencyLists } from '../../../src/domain';
import {
  buildAgencyLists,
  DEFAULT_REGISTRY,
  mergeRegistries,
  parseAppendix,
  UNIDENTIFIED_KEY,
} from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

const TITLE = ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 15/02/2024 của UBND tỉnh)'];
const WITH_PARTNERS = [...HEADER.slice(0, 3), 'Cơ quan phối hợp', ...HEADER.slice(3)];

/** Lists of a sheet whose task rows are [TT, lead] (or [TT, lead, partners] with `partners`). */
function listsOf(rows: ReadonlyArray<readonly string[]>, options: { partners?: boolean } = {}): AgencyLists {
  const body = rows.map(([tt, lead, partners]) =>
    options.partners
      ? [
          tt,
          `Việc ${tt}`,
          lead,
          partners ?? '',
          'Quý I',
          'Kế hoạch 1/KH-UBND ngày 02/01/2024',
          'Ngân sách tỉnh',
        ]
      : [tt, `Việc ${tt}`, lead, 'Quý I', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'Ngân sách tỉnh'],
  );
  const appendix = parseAppendix(gridFrom([TITLE, options.partners ? WITH_PARTNERS : HEADER, ...body]));
  return buildAgencyLists(appendix);
}

const keysOf = (lists: AgencyLists) => lists.lists.map((l) => l.key);
const ledRows = (lists: AgencyLists, key: string) =>
  lists.lists.find((l) => l.key === key)?.led.map((e) => [e.task.tt, e.role]);

describe('buildAgencyLists', () => {
  it.each([
    ['Sở Văn hóa, Thể thao và Du lịch', ['so-van-hoa-the-thao-du-lich']],
    ['Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh', ['trung-tam-xuc-tien-dau-tu-thuong-mai-du-lich']],
    [
      'Sở Du lịch; Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh',
      ['so-du-lich', 'trung-tam-xuc-tien-dau-tu-thuong-mai-du-lich'],
    ],
    ['Sở Ngoại vụ, Sở Nội vụ', ['so-ngoai-vu', 'so-noi-vu']],
    ['UBND các huyện, thị xã, thành phố', ['ubnd-cac-huyen-thi-xa-thanh-pho']],
    ['các sở, ban, ngành', ['cac-so-ban-nganh']],
    // A body at every level is a list of its own, not the unidentified one (session 17).
    ['Công an các xã, phường', ['cong-an-tinh--phuong-xa']],
    ['Giám đốc Sở Y tế', ['so-y-te']],
  ])('splits "%s" by the registry, longest name first', (lead, keys) => {
    expect(keysOf(listsOf([['1', lead]]))).toEqual(keys);
  });

  it('gives each numbered unit of a body its own list (session 16: "Thuế cơ sở 1" and "… 2" were one)', () => {
    const rows = [
      ['1', 'Thuế cơ sở 1 tỉnh Đồng Nai'],
      ['2', 'Thuế cơ sở 2'],
      ['3', 'Thuế cơ sở 1'],
      ['4', 'Kho bạc Nhà nước khu vực XV'],
    ].map(([tt, lead]) => [
      tt,
      `Việc ${tt}`,
      lead,
      'Quý III/2026',
      'Kế hoạch 1/KH-UBND ngày 02/01/2026',
      'NS',
    ]);
    const title = ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 15/02/2026 của UBND tỉnh Đồng Nai)'];
    const lists = buildAgencyLists(parseAppendix(gridFrom([title, HEADER, ...rows])));
    expect(lists.lists.map((l) => [l.key, l.entry?.name])).toEqual([
      ['thue-co-so--1', 'Thuế cơ sở 1'],
      ['thue-co-so--2', 'Thuế cơ sở 2'],
      ['kho-bac-nha-nuoc-khu-vuc--XV', 'Kho bạc Nhà nước khu vực XV'],
    ]);
    expect(ledRows(lists, 'thue-co-so--1')).toEqual([
      ['1', 'lead'],
      ['3', 'lead'],
    ]);
  });

  it('gathers name variants under the canonical name', () => {
    const lists = listsOf([
      ['1', 'Sở Kế hoạch và Đầu tư'],
      ['2', 'Sở Kế hoạch - Đầu tư'],
      ['3', 'Sở KH&ĐT'],
      ['4', 'Sở KH&ĐT, Sở Kế hoạch và Đầu tư'],
    ]);
    expect(keysOf(lists)).toEqual(['so-ke-hoach-dau-tu']);
    // The same agency written twice in one cell is still the only lead.
    expect(ledRows(lists, 'so-ke-hoach-dau-tu')).toEqual([
      ['1', 'lead'],
      ['2', 'lead'],
      ['3', 'lead'],
      ['4', 'lead'],
    ]);
  });

  it('sends leads the registry does not know, and blank leads, to the unidentified list, last', () => {
    const lists = listsOf([
      ['1', 'Ban Chỉ đạo phát triển XYZ'],
      ['2', 'Sở Ngoại vụ, Ban Chỉ đạo phát triển XYZ'],
      ['3', ''],
      ['4', 'Sở Ngoại vụ'],
    ]);
    expect(keysOf(lists)).toEqual(['so-ngoai-vu', UNIDENTIFIED_KEY]);
    const unidentified = lists.lists[1];
    expect(unidentified?.kind).toBe('unidentified');
    expect(unidentified?.led.map((e) => [e.task.tt, e.role, e.asWritten, e.otherLeads])).toEqual([
      ['1', 'lead', ['Ban Chỉ đạo phát triển XYZ'], []],
      ['2', 'shared', ['Ban Chỉ đạo phát triển XYZ'], ['Sở Ngoại vụ']],
      ['3', 'lead', [], []],
    ]);
    expect(lists.lists[0]?.led.map((e) => [e.task.tt, e.otherLeads])).toEqual([
      ['2', ['Ban Chỉ đạo phát triển XYZ']],
      ['4', []],
    ]);
  });

  it('lists the tasks an agency supports, naming their leads, when the sheet has "Cơ quan phối hợp"', () => {
    const lists = listsOf(
      [
        ['1', 'Sở Ngoại vụ', 'Sở Nội vụ, Công an tỉnh'],
        ['2', 'Sở Nội vụ', 'Sở Ngoại vụ; Sở Nội vụ'],
        ['3', 'Sở Tư pháp, Sở Ngoại vụ', 'các sở, ban, ngành; Hội Doanh nhân XYZ'],
      ],
      { partners: true },
    );
    expect(lists.fields).toEqual(['partners']);
    const byKey = new Map(lists.lists.map((l) => [l.key, l]));
    expect(byKey.get('so-noi-vu')?.supporting.map((e) => [e.task.tt, e.role, e.otherLeads])).toEqual([
      ['1', 'support', ['Sở Ngoại vụ']],
    ]);
    // Sở Nội vụ leads task 2, so it is not also listed as supporting it.
    expect(byKey.get('so-noi-vu')?.led.map((e) => e.task.tt)).toEqual(['2']);
    expect(byKey.get('so-ngoai-vu')?.supporting.map((e) => e.task.tt)).toEqual(['2']);
    expect(byKey.get('cong-an-tinh')?.led).toEqual([]);
    expect(byKey.get('cac-so-ban-nganh')?.supporting.map((e) => [e.task.tt, e.otherLeads])).toEqual([
      ['3', ['Sở Tư pháp', 'Sở Ngoại vụ']],
    ]);
    expect(byKey.get(UNIDENTIFIED_KEY)?.supporting.map((e) => e.asWritten)).toEqual([['Hội Doanh nhân XYZ']]);
    expect(byKey.get(UNIDENTIFIED_KEY)?.led).toEqual([]);
  });

  it('leaves the supporting part empty when the sheet has no partners column', () => {
    const lists = listsOf([['1', 'Sở Ngoại vụ']]);
    expect(lists.fields).toEqual([]);
    expect(lists.withSupporting).toBe(false);
    expect(lists.lists.every((l) => l.supporting.length === 0)).toBe(true);
  });

  // Session 20 probe: the lead column that says who supports had filed the task under the supporter as a lead.
  it('files a body the lead column names as supporting under the tasks it supports, not those it leads', () => {
    const lists = listsOf([
      ['1', 'Sở Tài chính chủ trì, Sở Nội vụ phối hợp'],
      ['2', 'Sở Tài chính (chủ trì); Sở Nội vụ (phối hợp)'],
      ['3', 'Chủ trì: Sở Tài chính; Phối hợp: Sở Nội vụ, Công an tỉnh'],
      // Works with another and leads: "phối hợp (với)" names the other, who supports.
      ['4', 'Sở Nội vụ phối hợp với Sở Tài chính'],
      // The only body named: it leads, whatever the cell says of it.
      ['5', 'Sở Nội vụ (phối hợp)'],
    ]);
    const byKey = new Map(lists.lists.map((l) => [l.key, l]));
    expect(lists.withSupporting).toBe(true);
    expect(byKey.get('so-tai-chinh')?.led.map((e) => e.task.tt)).toEqual(['1', '2', '3']);
    expect(byKey.get('so-noi-vu')?.led.map((e) => e.task.tt)).toEqual(['4', '5']);
    expect(byKey.get('so-noi-vu')?.supporting.map((e) => [e.task.tt, e.otherLeads])).toEqual([
      ['1', ['Sở Tài chính']],
      ['2', ['Sở Tài chính']],
      ['3', ['Sở Tài chính']],
    ]);
    expect(byKey.get('cong-an-tinh')?.supporting.map((e) => e.task.tt)).toEqual(['3']);
    expect(byKey.get('so-tai-chinh')?.supporting.map((e) => e.task.tt)).toEqual(['4']);
    // "với" left out, and a collective after "và": both support.
    const without = listsOf([['1', 'Sở Tài chính chủ trì, phối hợp Sở Nội vụ và các xã']]);
    expect(without.lists.map((l) => [l.key, l.led.length, l.supporting.length])).toEqual([
      ['so-noi-vu', 0, 1],
      ['so-tai-chinh', 1, 0],
      ['tap-the-cac-xa', 0, 1],
    ]);
  });

  // Session 22 probe: one body named as the lead and the others beside it with no word of their part — every
  // one had been filed as leading.
  it('files the bodies beside the one named as lead as supporting, in a cell of names alone', () => {
    const lists = listsOf([
      ['1', 'Sở Nội vụ (chủ trì);\nSở Tư pháp;\nSở Tài chính'],
      ['2', 'Sở Nội vụ chủ trì, các sở, ban, ngành'],
      // Both named as leads together.
      ['3', 'Sở Nội vụ, Sở Tư pháp (đồng chủ trì)'],
      // Each with its own work (109/NQ-CP 2026): the second line's bodies lead theirs.
      ['4', '1. Sở Tài chính chủ trì, tổng hợp.\n2. Sở Tư pháp rà soát văn bản thuộc lĩnh vực'],
    ]);
    const byKey = new Map(lists.lists.map((l) => [l.key, l]));
    expect(byKey.get('so-noi-vu')?.led.map((e) => e.task.tt)).toEqual(['1', '2', '3']);
    expect(byKey.get('so-tu-phap')?.led.map((e) => e.task.tt)).toEqual(['3', '4']);
    expect(byKey.get('so-tu-phap')?.supporting.map((e) => e.task.tt)).toEqual(['1']);
    expect(byKey.get('so-tai-chinh')?.supporting.map((e) => e.task.tt)).toEqual(['1']);
    expect(byKey.get('cac-so-ban-nganh')?.supporting.map((e) => e.task.tt)).toEqual(['2']);
  });

  it('orders named agencies by the registry, then collectives', () => {
    const lists = listsOf([
      ['1', 'UBND các huyện, thị xã, thành phố'],
      ['2', 'Công an tỉnh'],
      ['3', 'Sở Ngoại vụ'],
      ['4', 'UBND tỉnh'],
    ]);
    expect(keysOf(lists)).toEqual([
      'ubnd-tinh',
      'so-ngoai-vu',
      'cong-an-tinh',
      'ubnd-cac-huyen-thi-xa-thanh-pho',
    ]);
  });

  it('uses the officer’s registry: a new agency gets its own list', () => {
    const officer: AgencyEntry = {
      id: 'hoi-doanh-nhan-tre',
      name: 'Hội Doanh nhân trẻ tỉnh',
      shortName: 'Hội DNT tỉnh',
      aliases: ['Hội DNT'],
      kind: 'mass-organisation',
    };
    const registry = mergeRegistries(DEFAULT_REGISTRY, [officer]);
    const appendix = parseAppendix(
      gridFrom([
        TITLE,
        HEADER,
        ['1', 'Việc', 'Hội DNT', 'Quý I', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'Ngân sách'],
      ]),
    );
    const lists = buildAgencyLists(appendix, { registry });
    expect(lists.lists.map((l) => [l.key, l.entry?.name])).toEqual([
      ['hoi-doanh-nhan-tre', 'Hội Doanh nhân trẻ tỉnh'],
    ]);
  });

  it('merges two ended agencies into their common successor as one lead', () => {
    const appendix = parseAppendix(
      gridFrom([
        TITLE,
        HEADER,
        [
          '1',
          'Việc',
          'Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường',
          'Quý I',
          'x',
          'y',
        ],
      ]),
    );
    const lists = buildAgencyLists(appendix, { planDate: '2025-08-01' });
    expect(lists.lists.map((l) => l.key)).toEqual(['so-nong-nghiep-moi-truong']);
    expect(lists.lists[0]?.led[0]).toMatchObject({
      role: 'lead',
      formerly: ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường'],
    });
  });
});
