import type { Appendix, CellGrid, Validation } from '../../../src/domain';
import {
  AppendixSchema,
  parseAppendix,
  readDelegations,
  summarizeDelegations,
  validate,
} from '../../../src/domain';
import { fixtureGrids } from '../../helpers/grid';

/**
 * "Phụ lục 2" of Kế hoạch 58/KH-UBND (Bà Rịa - Vũng Tàu, 11/03/2024): the delegations going abroad in
 * 2024, in two tables — 11 led by the province's leaders (7 in group A, 4 in group B) and 4 led by heads of
 * departments and localities — read by the same engine as the task matrix, with the delegations descriptor.
 */
let grid: CellGrid;
let appendix: Appendix;
let validation: Validation;

beforeAll(async () => {
  grid = (await fixtureGrids()).find((g) => g.sheetName === 'Phụ lục 2') as CellGrid;
  appendix = parseAppendix(grid);
  validation = validate(appendix);
});

describe('the delegations table of Kế hoạch 58/KH-UBND', () => {
  it('is read as a delegations appendix, every column mapped, the model valid', () => {
    expect(appendix.kind).toBe('delegations');
    expect(appendix.columns).toEqual({
      tt: 'A',
      destination: 'B',
      time: 'C',
      area: 'D',
      task: 'E',
      members: 'F',
      people: 'G',
      days: 'H',
      lead: 'I',
      funding: 'J',
    });
    expect(AppendixSchema.safeParse(appendix).success).toBe(true);
    expect(appendix.plan).toMatchObject({ number: '58/KH-UBND', date: '2024-03-11', year: 2024 });
  });

  it('holds 15 delegations in two tables: 7 + 4 in the first, grouped A and B, and 4 in the second', () => {
    const delegations = readDelegations(appendix, validation.analyses);
    expect(delegations).toHaveLength(15);
    const where = delegations.map((d) => `${d.table}${d.group ?? ''}`);
    expect(where.filter((w) => w === '1A')).toHaveLength(7);
    expect(where.filter((w) => w === '1B')).toHaveLength(4);
    expect(where.filter((w) => w === '2')).toHaveLength(4);
    expect(appendix.notes.map((n) => n.row)).toEqual([28]);
  });

  it('reads each delegation: countries, quarter, people, days, head, lead, amount or source', () => {
    const delegations = readDelegations(appendix, validation.analyses);
    const row = (n: number) => delegations.find((d) => d.row === n);
    expect(row(8)).toMatchObject({
      tt: '1',
      destinations: [{ country: 'Trung Quốc', place: 'Hồng Công' }],
      quarters: [1],
      people: { kind: 'number', value: 7 },
      days: { kind: 'number', value: 3 },
      head: 'Phó Chủ tịch UBND tỉnh',
      leads: ['Sở Giao thông vận tải'],
      amount: 709_465_000,
      sources: [],
    });
    expect(row(9)?.destinations.map((d) => d.country)).toEqual(['Pháp', 'Hà Lan', 'Đan Mạch']);
    expect(row(13)?.head).toBe('Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh');
    expect(row(17)).toMatchObject({ amount: null, sources: ['provincial-budget'] });
    expect(row(23)).toMatchObject({ people: { kind: 'rule' }, days: { kind: 'rule' }, amount: null });
  });

  it('finds the group counts its headings declare ("07 đoàn", "04 đoàn")', () => {
    expect(validation.findings.filter((f) => f.code === 'delegation-count-mismatch')).toEqual([]);
  });

  it('notes the Ministry-of-Defence row quietly, and warns of the department written without its "và"', () => {
    const at = (cell: string) => validation.findings.filter((f) => f.cell === cell);
    expect(at('G23').map((f) => [f.code, f.severity])).toEqual([['invalid-headcount', 'info']]);
    expect(at('H23').map((f) => [f.code, f.severity])).toEqual([['invalid-duration', 'info']]);
    // "Sở Thông tin truyền thông": two fields of the name read as one (a quiet variant before session 16).
    expect(at('I18')).toMatchObject([
      {
        code: 'agency-typo',
        severity: 'warning',
        data: { agency: 'Sở Thông tin truyền thông', canonical: 'Sở Thông tin và Truyền thông' },
      },
    ]);
    expect(validation.findings.filter((f) => f.severity !== 'info').map((f) => f.cell)).toEqual(['I18']);
    // A delegations form has no legal-basis column, and its absence is no finding about this sheet.
    expect(validation.findings.filter((f) => f.code === 'missing-column')).toEqual([]);
  });

  it('adds up exactly: people, person-days, the amounts given, by quarter, country, source and lead', () => {
    const summary = summarizeDelegations(appendix, readDelegations(appendix, validation.analyses));
    expect(summary.totalAmount).toBe(
      709_465_000 + 3_500_000_000 + 1_900_000_000 + 2_800_000_000 * 2 + 3_500_000_000 + 4_500_000_000 * 3,
    );
    expect(summary.totalAmount).toBe(28_709_465_000);
    expect(summary.people).toBe(7 + 10 * 6 + 20 * 3 + 25 + 10 * 3);
    expect(summary.byQuarter).toEqual([
      { quarter: 1, delegations: 2, people: 17 },
      { quarter: 2, delegations: 6, people: 80 },
      { quarter: 3, delegations: 6, people: 75 },
      { quarter: 4, delegations: 1, people: 10 },
    ]);
    expect(summary.byCountry.slice(0, 2).map((c) => [c.country, c.delegations])).toEqual([
      ['Trung Quốc', 3],
      ['Hàn Quốc', 3],
    ]);
    expect(summary.byFunding.find((f) => f.source === 'amount-only')).toEqual({
      source: 'amount-only',
      delegations: 9,
      amount: 28_709_465_000,
    });
    expect(summary.byLead[0]).toEqual({
      lead: 'Sở Ngoại vụ',
      delegations: 4,
      people: 40,
      amount: 11_000_000_000,
    });
    expect(summary.costPerPersonDay.find((c) => c.row === 8)).toEqual({
      row: 8,
      tt: '1',
      amount: 709_465_000,
      personDays: 21,
      perPersonDay: Math.round(709_465_000 / 21),
    });
  });
});
