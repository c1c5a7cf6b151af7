import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatFinding,
  importPlanText,
  listSheetGrid,
  parseAppendix,
  planMatrixSheet,
  validate,
} from '../../../src/domain';
import { FIXTURES } from '../../helpers/grid';

/**
 * The appendix `import` writes from a plan's text reads back as exactly the tasks it wrote: the same rows,
 * in order, each a task of its own (none joined to the one above as its continuation, no heading read as a
 * task) and numbered so that no number repeats at one level by the matrix's doing. Every real plan of the
 * corpus (session 19: 30 of 75 did not — 1,355 tasks written, 1,219 read back).
 */
const texts = ['plans', join('plans', 'pending')].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ slug: name.slice(0, -'.txt'.length), path: join(FIXTURES, dir, name) })),
);
const plans = texts.map(({ slug, path }) => {
  const imported = importPlanText(readFileSync(path, 'utf8'));
  const drawn = listSheetGrid(planMatrixSheet(imported, { name: `${slug}.txt`, unit: 'line' }));
  const values = drawn.texts.map((row) => row.map((text) => (text === '' ? null : text)));
  return { slug, imported, appendix: parseAppendix({ ...drawn, values }) };
});

describe('a plan’s matrix read back (every plan of the corpus)', () => {
  it.each(plans.filter((p) => p.imported.taskCount > 0).map((p) => [p.slug, p] as const))(
    '%s: the same tasks, each a row of its own',
    (_slug, { imported, appendix }) => {
      const written = imported.rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
      const opening = (text: string) => text.replace(/^[-–—•+]\s+/u, '').slice(0, 40);
      expect(appendix.tasks.map((task) => [opening(task.task), task.lead, task.time])).toEqual(
        written.map((task) => [opening(task.task), task.lead, task.time]),
      );
      expect(appendix.tasks.every((task) => task.rows[0] === task.rows[1])).toBe(true);
    },
  );

  it('writes a bracketed number with its brackets and an unnumbered task with a bullet’s mark', () => {
    const cd227 = plans.find((p) => p.slug === 'cd-227-ttg-2025');
    expect(cd227?.appendix.tasks.slice(0, 3).map((task) => task.tt)).toEqual(['1', '(1)', '(2)']);
    const ct010 = plans.find((p) => p.slug === 'ct-010-ubnd-dak-lak-2025');
    const bullet = ct010?.appendix.tasks.find((task) => task.task.startsWith('Đánh giá nhu cầu sử dụng đất'));
    expect(bullet?.tt).toBe('-');
  });

  it('reports no number skipped: the plan’s numbering is kept, what holds no task left out (the text check reports the plan’s own)', () => {
    const gaps = plans.flatMap((p) =>
      validate(p.appendix).findings.filter((f) => f.code === 'numbering-gap'),
    );
    expect(gaps).toEqual([]);
  });

  it('says no lead only cooperates: "Phối hợp với X …" under body B is B’s duty as the plan gives it', () => {
    const reversed = plans.flatMap((p) =>
      validate(p.appendix).findings.filter((f) => f.code === 'lead-only-cooperates'),
    );
    expect(reversed).toEqual([]);
  });

  it('notes the tasks without a basis once per sheet: the text cites its bases in its preamble, not task by task', () => {
    const notes = plans
      .filter((p) => p.imported.taskCount > 0)
      .map((p) => {
        const found = validate(p.appendix).findings.filter((f) => f.code === 'missing-legal-basis');
        const blank = p.appendix.tasks.filter((task) => task.basis.trim() === '').length;
        return { found, blank, total: p.appendix.tasks.length };
      });
    for (const { found, blank, total } of notes) {
      expect(found).toHaveLength(blank > 0 ? 1 : 0);
      if (blank > 0) expect(found[0]).toMatchObject({ severity: 'info', data: { count: blank, total } });
    }
    // Most tasks of a plan's text rest on the plan alone: the note is there, one per sheet, not 1,223 errors.
    expect(notes.filter((n) => n.blank > 0).length).toBeGreaterThan(notes.length * 0.9);
    const note = notes.find((n) => n.blank > 0)?.found[0];
    expect(note && formatFinding(note)).toMatch(
      /^\d+ trong \d+ nhiệm vụ chưa có căn cứ: văn bản gốc không nêu/u,
    );
    expect(note && formatFinding(note, 'en')).toMatch(/^\d+ of \d+ tasks have no legal basis/u);
  });

  it('takes the document its title dates as identified when a task cites it short (556/KH-UBND Đồng Tháp 2025)', () => {
    const kh556 = plans.find((p) => p.slug === 'kh-556-ubnd-dong-thap-2025');
    const cited = kh556?.appendix.tasks.filter((task) => /48\/NQ-CP/u.test(task.basis)) ?? [];
    expect(cited.length).toBeGreaterThan(2);
    expect(
      kh556 && validate(kh556.appendix).findings.filter((f) => f.code === 'incomplete-citation'),
    ).toEqual([]);
  });

  it('adds no numbering fault of its own: no number repeats at a level unless the plan repeats it', () => {
    const repeats = plans.flatMap((p) =>
      validate(p.appendix)
        .findings.filter((f) => f.code === 'numbering-duplicate')
        .map((f) => `${p.slug} ${String(f.data.tt)}`),
    );
    // The plans' own slips: 58/KH-UBND's "1.1.15" and "10" twice, 010/CT-UBND's "b)", 2954/QĐ-UBND's "V.".
    expect(repeats.sort()).toEqual(
      [
        'ct-010-ubnd-dak-lak-2025 b',
        'ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau 1.1.15',
        'ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau 10',
        'nq-21-hdnd-vinh-long-2025 3',
        'qd-2954-ubnd-son-la-2025 V',
      ].sort(),
    );
  });
});
