import type { AgencyEntry } from '../../../src/domain/agencies';
import {
  AgencyRegistrySchema,
  DEFAULT_REGISTRY,
  registryProblems,
  sheetNameProblem,
} from '../../../src/domain/agencies';

const entry = (overrides: Partial<AgencyEntry>): AgencyEntry => ({
  id: 'so-x',
  name: 'Sở X',
  shortName: 'Sở X',
  aliases: [],
  kind: 'department',
  ...overrides,
});

describe('the default registry', () => {
  it('passes its own schema (ids unique, successors exist, short names valid sheet names, dates in order)', () => {
    const result = AgencyRegistrySchema.safeParse(DEFAULT_REGISTRY);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
      [],
    );
  });

  it('ends every department merged in the 2025 reorganisation on 28/02/2025 (domain.md §4.1)', () => {
    const merged = DEFAULT_REGISTRY.filter(
      (e) => e.validTo === '2025-02-28' && (e.kind === 'department' || e.kind === 'board'),
    ).map((e) => e.id);
    expect(merged.sort()).toEqual(
      [
        'ban-dan-toc',
        'ban-ton-giao',
        'so-giao-thong-van-tai',
        'so-ke-hoach-dau-tu',
        'so-lao-dong-tbxh',
        'so-nong-nghiep-ptnt',
        'so-tai-nguyen-moi-truong',
        'so-thong-tin-truyen-thong',
      ].sort(),
    );
  });

  it('starts the departments created by the mergers on 01/03/2025', () => {
    const created = DEFAULT_REGISTRY.filter(
      (e) => e.validFrom === '2025-03-01' && e.kind === 'department',
    ).map((e) => e.id);
    expect(created.sort()).toEqual([
      'so-dan-toc-ton-giao',
      'so-nong-nghiep-moi-truong',
      'so-van-hoa-the-thao-du-lich',
    ]);
  });

  it('keeps Sở Ngoại vụ without an end date: Nghị định 45/2025/NĐ-CP lets a province keep it', () => {
    const entry = DEFAULT_REGISTRY.find((e) => e.id === 'so-ngoai-vu');
    expect(entry).toMatchObject({ optional: true });
    expect(entry?.validTo).toBeUndefined();
  });

  it('knows the abbreviations the issue names', () => {
    const known = new Set(DEFAULT_REGISTRY.flatMap((e) => [e.name, e.shortName, ...e.aliases]));
    for (const abbreviation of [
      'Sở KH&ĐT',
      'Sở NN&PTNT',
      'Sở TN&MT',
      'Sở TT&TT',
      'Sở VHTTDL',
      'Sở GD&ĐT',
      'BQL các KCN',
      'LHCTCHN tỉnh',
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    ]) {
      expect(known).toContain(abbreviation);
    }
  });
});

describe('registryProblems', () => {
  it.each([
    ['duplicate-id', [entry({}), entry({ name: 'Sở Y', shortName: 'Sở Y' })], ['duplicate-id']],
    ['unknown-successor', [entry({ validTo: '2025-02-28', successors: ['so-z'] })], ['unknown-successor']],
    // Excel compares sheet names case-insensitively, and so does the matching key.
    [
      'duplicate-sheet-name',
      [entry({}), entry({ id: 'so-y', name: 'Sở Y', shortName: 'SỞ X' })],
      ['duplicate-sheet-name', 'ambiguous-key'],
    ],
    [
      'ambiguous-key',
      [entry({}), entry({ id: 'so-y', name: 'Sở Y', shortName: 'Sở Y', aliases: ['Sở X tỉnh'] })],
      ['ambiguous-key'],
    ],
  ])('reports %s', (_, entries, codes) => {
    expect(registryProblems(entries).map((p) => p.code)).toEqual(codes);
  });

  it('rejects an entry whose validFrom is after its validTo', () => {
    const result = AgencyRegistrySchema.safeParse([
      entry({ validFrom: '2025-03-01', validTo: '2025-02-28' }),
    ]);
    expect(result.success).toBe(false);
  });
});

describe('sheetNameProblem', () => {
  it.each([
    ['Sở KH&ĐT', undefined],
    ['Sở LĐ-TB&XH', undefined],
    ['', 'empty'],
    ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'too-long'],
    ['Sở LĐ/TB&XH', 'forbidden-character'],
    ['Ban [A]', 'forbidden-character'],
    ['Ban: A', 'forbidden-character'],
    ["'Ban A'", 'apostrophe'],
  ])('%j → %s', (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});
