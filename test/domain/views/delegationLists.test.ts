import type { AgencyLists, CellGrid } from '../../../src/domain';
import {
  agencyIndex,
  agencySheetSpec,
  buildAgencyLists,
  companionSheet,
  DELEGATION_TABLE,
  parseAppendix,
} from '../../../src/domain';
import { indexSheetSpec } from '../../../src/domain/views/indexSheetSpec';
import { fixtureGrids } from '../../helpers/grid';

/**
 * Each agency's list gains a part "Đoàn ra" with the delegations it leads (issue 14), from "Phụ lục 2" of
 * Kế hoạch 58/KH-UBND (Bà Rịa - Vũng Tàu, 11/03/2024): 15 delegations, whose "Cơ quan chủ trì tham mưu"
 * cells were read by hand.
 */
describe('the delegations part of the per-agency lists (Kế hoạch 58/KH-UBND, Phụ lục 2)', () => {
  let grids: CellGrid[];
  let lists: AgencyLists;
  const list = (key: string) => {
    const found = lists.lists.find((l) => l.key === key);
    if (!found) throw new Error(`no list ${key}`);
    return found;
  };

  beforeAll(async () => {
    grids = await fixtureGrids();
    const tasks = parseAppendix(grids.find((g) => g.sheetName === 'Phụ lục 1') as CellGrid);
    const delegations = parseAppendix(
      companionSheet(grids, 'Phụ lục 1', 'delegations') as CellGrid,
      DELEGATION_TABLE,
    );
    lists = buildAgencyLists(tasks, { planDate: tasks.plan.date, delegations });
  });

  it('finds the delegations sheet beside the task sheet, and the task sheet beside it', () => {
    expect(companionSheet(grids, 'Phụ lục 1', 'delegations')?.sheetName).toBe('Phụ lục 2');
    expect(companionSheet(grids, 'Phụ lục 2', 'tasks')?.sheetName).toBe('Phụ lục 1');
  });

  it('files every delegation under its lead, the variant "Sở Thông tin truyền thông" included', () => {
    expect(lists.delegationCount).toBe(15);
    expect(lists.lists.reduce((n, l) => n + l.delegations.length, 0)).toBe(15);
    expect(list('so-ngoai-vu').delegations.map((e) => e.task.tt)).toEqual(['3', '5', '6', '7']);
    expect(list('so-thong-tin-truyen-thong').delegations).toHaveLength(1);
    // An agency that leads only delegations still gets its list.
    expect(list('so-y-te').led).toEqual([]);
    expect(list('so-y-te').delegations).toHaveLength(1);
  });

  it('prints the part after the task parts, each delegation in the task columns, amounts the Vietnamese way', () => {
    const spec = agencySheetSpec(list('so-ngoai-vu'), lists, { sheetName: 'Sở Ngoại vụ' });
    const parts = spec.rows.filter((r) => r.kind === 'part').map((r) => (r.kind === 'part' ? r.text : ''));
    expect(parts).toEqual(['A. NHIỆM VỤ CHỦ TRÌ (41)', 'B. ĐOÀN RA CHỦ TRÌ THAM MƯU (4)']);
    expect(spec.title[2]).toContain('Đoàn ra chủ trì tham mưu: 4 đoàn.');
    const usa = spec.rows.find((r) => r.kind === 'task' && String(r.cells[1]).startsWith('Đoàn đi Hoa Kỳ'));
    expect(usa?.kind === 'task' && usa.cells).toEqual([
      '7',
      expect.stringMatching(
        /^Đoàn đi Hoa Kỳ: tổ chức hội nghị xúc tiến đầu tư[^]*\nThành phần: [^]*\nSố người: /u,
      ),
      'Chủ trì',
      'Quý III',
      '',
      '3.500.000.000',
    ]);
  });

  it('counts delegations on the index, and says what the column means', () => {
    const index = agencyIndex(lists);
    expect(index.totals.delegations).toBe(15);
    const spec = indexSheetSpec(index, lists.plan, {
      sheetName: 'Tổng hợp theo cơ quan',
      targets: new Map(),
      withSupporting: false,
      delegationCount: lists.delegationCount,
    });
    expect(spec.header.slice(-2)).toEqual(['Đoàn ra', 'Biểu đồ chủ trì']);
    expect(spec.rows.at(-1)).toEqual({
      kind: 'note',
      text: 'Đoàn ra: số đoàn do cơ quan chủ trì tham mưu, theo phụ lục đoàn ra (15 đoàn).',
    });
  });

  it('leaves the lists as they were without a delegations appendix', () => {
    const tasks = parseAppendix(grids.find((g) => g.sheetName === 'Phụ lục 1') as CellGrid);
    const plain = buildAgencyLists(tasks, { planDate: tasks.plan.date });
    expect(plain.delegationCount).toBeNull();
    const spec = agencySheetSpec(plain.lists[0] as never, plain, { sheetName: 'x' });
    expect(spec.rows.some((r) => r.kind === 'part' && r.text.includes('ĐOÀN RA'))).toBe(false);
  });
});
