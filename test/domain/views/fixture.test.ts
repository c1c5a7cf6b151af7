import type { AgencyList, AgencyLists, AgencyTaskEntry, Appendix } from '../../../src/domain';
import {
  agencyIndex,
  buildAgencyLists,
  parseAppendix,
  UNIDENTIFIED_KEY,
  validate,
} from '../../../src/domain';
import { LIEN_HIEP, MULTI_LEAD_ROWS, SO_KE_HOACH_DAU_TU, SO_NGOAI_VU } from '../../helpers/fixtureLists';
import { sampleGrid } from '../../helpers/grid';

function shape(entries: readonly AgencyTaskEntry[]) {
  return entries.map((e) => [e.rowNumber, e.task.tt, ...(e.role === 'shared' ? e.otherLeads : [])]);
}

describe('per-agency lists of the Kế hoạch 58/KH-UBND appendix', () => {
  let appendix: Appendix;
  let lists: AgencyLists;
  const list = (key: string): AgencyList => {
    const found = lists.lists.find((l) => l.key === key);
    if (!found) throw new Error(`no list ${key}`);
    return found;
  };
  const led = (key: string) =>
    list(key).led.map((e) => [e.rowNumber, e.task.tt, ...(e.role === 'shared' ? e.otherLeads : [])]);

  beforeAll(async () => {
    appendix = parseAppendix(await sampleGrid());
    lists = buildAgencyLists(appendix, { planDate: appendix.plan.date });
  });

  it('lists the 41 tasks of Sở Ngoại vụ in appendix order, six of them shared and naming the co-leads', () => {
    expect(led('so-ngoai-vu')).toEqual(SO_NGOAI_VU);
    expect(list('so-ngoai-vu').led.filter((e) => e.role === 'shared')).toHaveLength(6);
  });

  it('gathers both spellings of Liên hiệp các tổ chức hữu nghị (with and without "tỉnh") in one list', () => {
    expect(led('lien-hiep-cac-to-chuc-huu-nghi')).toEqual(LIEN_HIEP);
    const lienHiep = list('lien-hiep-cac-to-chuc-huu-nghi');
    expect(lienHiep.entry?.name).toBe('Liên hiệp các tổ chức hữu nghị tỉnh');
    expect(new Set(lienHiep.led.flatMap((e) => e.asWritten))).toEqual(
      new Set(['Liên hiệp các tổ chức hữu nghị tỉnh', 'Liên hiệp các tổ chức hữu nghị']),
    );
  });

  it('puts the five tasks of Sở Kế hoạch và Đầu tư, "Sở Kế hoạch - Đầu tư" variants included, in one list', () => {
    expect(led('so-ke-hoach-dau-tu')).toEqual(SO_KE_HOACH_DAU_TU);
    const asWritten = list('so-ke-hoach-dau-tu').led.map((e) => e.asWritten);
    expect(asWritten).toEqual([
      ['Sở Kế hoạch và Đầu tư'],
      ['Sở Kế hoạch và Đầu tư'],
      ['Sở Kế hoạch - Đầu tư'],
      ['Sở Kế hoạch-Đầu tư'],
      ['Sở Kế hoạch và Đầu tư'],
    ]);
  });

  it('keeps collective leads whole, each in a list of its own', () => {
    const districts = list('ubnd-cac-huyen-thi-xa-thanh-pho');
    expect(districts.kind).toBe('collective');
    expect(led('ubnd-cac-huyen-thi-xa-thanh-pho')).toEqual([[55, '1']]);
    expect(districts.led[0]?.sections.map((s) => s.tt)).toEqual(['II', 'II.V']);
    expect(led('cac-co-quan-duoc-giao-chu-tri')).toEqual([
      [117, '1'],
      [118, '2'],
    ]);
    expect(list('cac-co-quan-duoc-giao-chu-tri').led.map((e) => e.asWritten)).toEqual([
      ['Các cơ quan được giao chủ trì tham mưu đoàn ra'],
      ['Các cơ quan được giao chủ trì tham mưu đoàn vào'],
    ]);
    // No list is named after a piece of a collective ("thị xã", "thành phố").
    expect(lists.lists.filter((l) => l.kind === 'collective').map((l) => l.key)).toEqual([
      'ubnd-cac-huyen-thi-xa-thanh-pho',
      'cac-co-quan-co-lien-quan',
      'cac-co-quan-duoc-giao-chu-tri',
    ]);
  });

  it('keeps each task’s section path, time frame, legal basis and funding', () => {
    const padang = list('so-ngoai-vu').led.find((e) => e.rowNumber === 15);
    expect(padang?.sections.map((s) => [s.rowNumber, s.tt])).toEqual([
      [8, 'II'],
      [9, 'II.I'],
      [14, '5'],
    ]);
    expect(padang?.sections[2]?.title).toBe('Với thành phố Padang, Indonesia');
    expect(padang?.task).toMatchObject({ time: 'trong năm 2024', funding: 'chi phí hoạt động thường xuyên' });
    expect(padang?.task.basis).toMatch(/^Theo Kế hoạch 217\/KH-UBND ngày 31\/12\/2021/);
  });

  it('accounts for every task: the 84 single-lead tasks once, the 13 shared ones in each lead’s list', () => {
    const ledIndices = new Set(lists.lists.flatMap((l) => l.led.map((e) => e.taskIndex)));
    expect(ledIndices.size).toBe(appendix.tasks.length);
    expect(lists.taskCount).toBe(97);
    const index = agencyIndex(lists);
    expect(index.soleTasks).toBe(97 - MULTI_LEAD_ROWS.length);
    expect(index.sharedTasks).toBe(MULTI_LEAD_ROWS.length);
    expect(index.soleTasks + index.sharedTasks).toBe(index.tasks);
    const sharedRows = new Set(
      lists.lists.flatMap((l) => l.led.filter((e) => e.role === 'shared').map((e) => e.rowNumber)),
    );
    expect([...sharedRows].sort((a, b) => a - b)).toEqual(MULTI_LEAD_ROWS);
    // Every lead in the fixture is known to the registry.
    expect(lists.lists.some((l) => l.key === UNIDENTIFIED_KEY)).toBe(false);
  });

  it('counts led tasks by the quarter they end in and the tasks without a legal basis', () => {
    const rows = new Map(agencyIndex(lists).rows.map((row) => [row.list.key, row]));
    // Sở Ngoại vụ: Quý I C76; Quý II C44, C82, C103, C104, C124–C126; Quý III C83, C91, C112; Quý IV C123.
    expect(rows.get('so-ngoai-vu')).toMatchObject({
      led: 35,
      shared: 6,
      byQuarter: [1, 7, 3, 1],
      otherTime: 29,
    });
    // Liên hiệp: Quý I C59, C60, C64, C65; Quý II C66, C74; Quý III C67, C96, C127; Quý IV C61, C68, C69.
    expect(rows.get('lien-hiep-cac-to-chuc-huu-nghi')).toMatchObject({
      byQuarter: [4, 2, 3, 3],
      otherTime: 1,
    });
    // E110 is the only blank Căn cứ, a task of Sở Nông nghiệp và Phát triển nông thôn.
    expect([...rows.values()].filter((r) => r.lacksBasis > 0).map((r) => [r.list.key, r.lacksBasis])).toEqual(
      [['so-nong-nghiep-ptnt', 1]],
    );
    for (const row of rows.values()) {
      const quarters = row.byQuarter.reduce((sum, n) => sum + n, 0);
      expect(quarters + row.otherTime).toBe(row.led + row.shared);
    }
  });

  it('gives the same lists from the analyses validate() already made', () => {
    const { analyses } = validate(appendix);
    const again = buildAgencyLists(appendix, { planDate: appendix.plan.date, analyses });
    expect(again.lists.map((l) => [l.key, shape(l.led)])).toEqual(
      lists.lists.map((l) => [l.key, shape(l.led)]),
    );
  });

  it('passes the tasks of agencies ended by a later plan date to their successors', () => {
    const later = buildAgencyLists(appendix, { planDate: '2025-08-01' });
    const finance = later.lists.find((l) => l.key === 'so-tai-chinh');
    expect(finance?.led.map((e) => e.rowNumber)).toEqual([24, 25, 31, 84, 89]);
    expect(finance?.led[0]?.formerly).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(later.lists.some((l) => l.key === 'so-ke-hoach-dau-tu')).toBe(false);
  });
});
