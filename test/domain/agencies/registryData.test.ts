import type { AgencyEntry } from '../../../src/domain/agencies';
import { agencyKey, registryProblems, sheetNameProblem } from '../../../src/domain/agencies';
import { CENTRAL } from '../../../src/domain/agencies/data/central';
import { COLLECTIVES } from '../../../src/domain/agencies/data/collectives';
import { COMMUNE_BODIES } from '../../../src/domain/agencies/data/communeBodies';
import { PROVINCES } from '../../../src/domain/agencies/data/provinces';
import { PROVINCIAL_BODIES } from '../../../src/domain/agencies/data/provincialBodies';
import { DEFAULT_REGISTRY } from '../../../src/domain/agencies/defaultRegistry';

interface Dated {
  id: string;
  validFrom?: string;
  validTo?: string;
  successors?: string[];
}

const validOn = (entry: Dated, date: string): boolean =>
  (!entry.validFrom || entry.validFrom <= date) && (!entry.validTo || date <= entry.validTo);

const dayAfter = (iso: string): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

const AGENCIES: readonly AgencyEntry[] = [
  ...CENTRAL,
  ...PROVINCIAL_BODIES,
  ...COMMUNE_BODIES,
  ...COLLECTIVES,
];
const EVERYTHING: readonly Dated[] = [...AGENCIES, ...PROVINCES];

// Nghị quyết 176/2025/QH15: 14 ministries and 3 ministerial-level agencies from 1/3/2025.
const GOVERNMENT_FROM_MARCH_2025 = [
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Bộ Ngoại giao',
  'Bộ Nội vụ',
  'Bộ Tư pháp',
  'Bộ Tài chính',
  'Bộ Công Thương',
  'Bộ Nông nghiệp và Môi trường',
  'Bộ Xây dựng',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Khoa học và Công nghệ',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Y tế',
  'Bộ Dân tộc và Tôn giáo',
  'Ngân hàng Nhà nước Việt Nam',
  'Thanh tra Chính phủ',
  'Văn phòng Chính phủ',
];

// The Government of the XV National Assembly as formed in July 2021: 18 ministries and 4 ministerial-level
// agencies.
const GOVERNMENT_UNTIL_FEBRUARY_2025 = [
  ...GOVERNMENT_FROM_MARCH_2025.filter(
    (n) => n !== 'Bộ Nông nghiệp và Môi trường' && n !== 'Bộ Dân tộc và Tôn giáo',
  ),
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Giao thông vận tải',
  'Bộ Thông tin và Truyền thông',
  'Bộ Lao động - Thương binh và Xã hội',
  'Ủy ban Dân tộc',
];

const ministriesOn = (date: string): string[] =>
  CENTRAL.filter((e) => e.kind === 'ministry' && validOn(e, date))
    .map((e) => e.name)
    .sort();

describe('the registry data', () => {
  it('has ids unique across the central, provincial, collective and province lists', () => {
    expect(duplicates(EVERYTHING.map((e) => e.id))).toEqual([]);
  });

  it('has kebab-case ascii ids', () => {
    for (const entry of EVERYTHING) expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('names agency successors that exist among the agencies, and province successors among the provinces', () => {
    const agencyIds = new Set(AGENCIES.map((e) => e.id));
    const provinceIds = new Set(PROVINCES.map((p) => p.id));
    const missing = [
      ...AGENCIES.flatMap((e) =>
        (e.successors ?? []).filter((s) => !agencyIds.has(s)).map((s) => `${e.id} → ${s}`),
      ),
      ...PROVINCES.flatMap((p) =>
        (p.successors ?? []).filter((s) => !provinceIds.has(s)).map((s) => `${p.id} → ${s}`),
      ),
    ];
    expect(missing).toEqual([]);
  });

  it('has every validFrom on or before its validTo', () => {
    const reversed = EVERYTHING.filter((e) => e.validFrom && e.validTo && e.validFrom > e.validTo);
    expect(reversed.map((e) => e.id)).toEqual([]);
  });

  it('hands every ended entry over to successors that are valid the day after it ended', () => {
    const byId = new Map<string, Dated>(EVERYTHING.map((e) => [e.id, e]));
    const gaps = EVERYTHING.filter((e) => e.validTo && e.successors?.length).flatMap((e) =>
      (e.successors ?? [])
        .filter((id) => {
          const successor = byId.get(id);
          return !successor || !validOn(successor, dayAfter(e.validTo ?? ''));
        })
        .map((id) => `${e.id} → ${id}`),
    );
    expect(gaps).toEqual([]);
  });

  it('gives every agency a short name usable as an Excel sheet name, unique whatever the case', () => {
    const problems = AGENCIES.filter((e) => sheetNameProblem(e.shortName)).map(
      (e) => `${e.id}: ${sheetNameProblem(e.shortName) ?? ''}`,
    );
    expect(problems).toEqual([]);
    expect(duplicates(AGENCIES.map((e) => e.shortName.toLocaleLowerCase('vi')))).toEqual([]);
  });

  it('keys no spelling to two agencies', () => {
    expect(registryProblems(AGENCIES)).toEqual([]);
  });

  it('is what the default registry is made of, with no district of one province in it', () => {
    expect(DEFAULT_REGISTRY).toEqual(AGENCIES);
    expect(DEFAULT_REGISTRY.filter((e) => /^ubnd-(huyen|tx|tp|dac-khu)-/.test(e.id))).toEqual([]);
    for (const id of [
      'ubnd-cac-xa-phuong-dac-khu',
      'ubnd-cac-huyen-thi-xa-thanh-pho',
      'ubnd-cac-xa-phuong-thi-tran',
    ]) {
      expect(DEFAULT_REGISTRY.map((e) => e.id)).toContain(id);
    }
  });

  it('places every central entry at the central level and every collective among the collectives', () => {
    expect(CENTRAL.filter((e) => e.level !== 'central').map((e) => e.id)).toEqual([]);
    expect(COLLECTIVES.filter((e) => e.kind !== 'collective').map((e) => e.id)).toEqual([]);
    expect(PROVINCIAL_BODIES.filter((e) => e.level === 'central' || e.kind === 'collective')).toEqual([]);
  });

  it('marks only collectives as vague', () => {
    expect(AGENCIES.filter((e) => e.vague && e.kind !== 'collective').map((e) => e.id)).toEqual([]);
  });
});

describe('the Government', () => {
  it('has the 17 ministries and ministerial-level agencies of Nghị quyết 176/2025/QH15 on 1/3/2025', () => {
    expect(ministriesOn('2025-03-01')).toEqual([...GOVERNMENT_FROM_MARCH_2025].sort());
  });

  it('had 22 ministries and ministerial-level agencies on 28/2/2025', () => {
    expect(ministriesOn('2025-02-28')).toEqual([...GOVERNMENT_UNTIL_FEBRUARY_2025].sort());
  });

  it.each([
    ['bo-ke-hoach-dau-tu', 'bo-tai-chinh'],
    ['bo-giao-thong-van-tai', 'bo-xay-dung'],
    ['bo-tai-nguyen-moi-truong', 'bo-nong-nghiep-moi-truong'],
    ['bo-nong-nghiep-ptnt', 'bo-nong-nghiep-moi-truong'],
    ['bo-thong-tin-truyen-thong', 'bo-khoa-hoc-cong-nghe'],
    ['bo-lao-dong-tbxh', 'bo-noi-vu'],
    ['uy-ban-dan-toc', 'bo-dan-toc-ton-giao'],
  ])('hands %s over to %s first', (id, successor) => {
    expect(CENTRAL.find((e) => e.id === id)?.successors?.[0]).toBe(successor);
  });
});

describe('the province-level units', () => {
  const validProvinces = (date: string) => PROVINCES.filter((p) => validOn(p, date));

  it('number 63 until 30/6/2025 and 34 from 1/7/2025 (Nghị quyết 202/2025/QH15)', () => {
    expect(validProvinces('2025-06-30')).toHaveLength(63);
    expect(validProvinces('2025-07-01')).toHaveLength(34);
  });

  it('numbered 63 in 2024 too, Thừa Thiên Huế before Huế', () => {
    expect(validProvinces('2024-12-31').map((p) => p.id)).toContain('thua-thien-hue');
    expect(validProvinces('2025-01-01').map((p) => p.id)).toContain('hue');
    expect(validProvinces('2024-12-31')).toHaveLength(63);
  });

  it('hands every province ended on 30/6/2025 over to a unit valid on 1/7/2025', () => {
    const ended = PROVINCES.filter((p) => p.validTo === '2025-06-30');
    expect(ended).toHaveLength(29);
    const valid = new Set(validProvinces('2025-07-01').map((p) => p.id));
    for (const p of ended) {
      expect(p.successors?.length).toBeGreaterThan(0);
      for (const s of p.successors ?? []) expect(valid).toContain(s);
    }
  });

  it('keeps one undated entry for each name that survived', () => {
    for (const id of ['dong-nai', 'ho-chi-minh', 'lao-cai', 'ha-noi', 'can-tho']) {
      const p = PROVINCES.find((e) => e.id === id);
      expect(p && !p.validFrom && !p.validTo).toBe(true);
    }
  });

  it('writes bare names and keys each written form to one unit', () => {
    for (const p of PROVINCES) expect(p.name).not.toMatch(/^(tỉnh|thành phố|TP)\b/iu);
    const keys = PROVINCES.flatMap((p) => [
      ...new Set([p.name, ...p.aliases].map((text) => agencyKey(text))),
    ]);
    expect(duplicates(keys)).toEqual([]);
    expect(PROVINCES.filter((p) => p.aliases.some((a) => agencyKey(a) === agencyKey(p.name)))).toEqual([]);
  });

  it('lists the centrally-run cities as thành phố', () => {
    const cities = PROVINCES.filter((p) => p.level === 'thành phố').map((p) => p.id);
    expect(cities).toEqual(
      expect.arrayContaining(['ha-noi', 'hai-phong', 'hue', 'da-nang', 'ho-chi-minh', 'can-tho']),
    );
    expect(cities).not.toContain('thua-thien-hue');
  });
});
