import type { CorpusScore } from '../../helpers/corpusScore';
import { corpusSlugs, scoreSlug } from '../../helpers/corpusScore';

/**
 * The real corpus (test/fixtures/real, sources in SOURCES*.md): each appendix as pasted from Word, with a
 * hand-made answer key. These tests hold what the check achieves on them, so that a change that makes the
 * findings less true, or misses more real problems, goes red. Run with CORPUS_REPORT=1 to print the table.
 */
const slugs = corpusSlugs();
const scores = new Map<string, CorpusScore>();

beforeAll(async () => {
  for (const slug of slugs) scores.set(slug, await scoreSlug(slug));
  if (process.env.CORPUS_REPORT !== '1') return;
  console.log(report([...scores.values()]));
  if (process.env.CORPUS_PENDING !== '1') return;
  const heldOut = corpusSlugs(true).filter((slug) => !scores.has(slug));
  const settled = await Promise.allSettled(heldOut.map((slug) => scoreSlug(slug)));
  const lines = settled.map((s, i) =>
    s.status === 'fulfilled' ? report([s.value]) : `${heldOut[i]} | ${String(s.reason)}`,
  );
  console.log(`held out:\n${lines.join('\n')}`);
});

function report(all: readonly CorpusScore[]): string {
  const lines = all.map((s) => {
    const p = s.flagged.length ? s.truePositives.length / s.flagged.length : 1;
    const problems = s.foundProblems.length + s.missedProblems.length;
    const r = problems ? s.foundProblems.length / problems : 1;
    return [
      s.slug.padEnd(28),
      `tasks ${s.appendix.tasks.length} (missing ${s.missingTaskRows.length}, extra ${s.extraTaskRows.length})`,
      `flagged ${s.flagged.length} true ${s.truePositives.length} P=${(p * 100).toFixed(0)}%`,
      `problems ${problems} found ${s.foundProblems.length} R=${(r * 100).toFixed(0)}%`,
      `columns ${s.wrongColumns.join(',') || 'ok'}`,
      `leads wrong ${s.wrongLeads.length}`,
      s.falsePositives.map((f) => `${f.code}@${f.cell ?? f.rowNumber}`).join(' '),
      s.missedProblems.map((m) => `miss ${m.topic}@${m.cell}`).join(' '),
    ].join(' | ');
  });
  return lines.join('\n');
}

const total = (pick: (s: CorpusScore) => number) => [...scores.values()].reduce((n, s) => n + pick(s), 0);

describe('the real corpus', () => {
  it('has real appendices with answer keys', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(slugs)('%s: every column the key names is mapped', (slug) => {
    expect(scores.get(slug)?.wrongColumns).toEqual([]);
  });

  it('finds almost every task row and takes almost no heading for a task', () => {
    const keyed = total((s) => s.missingTaskRows.length + s.appendix.tasks.length - s.extraTaskRows.length);
    expect(total((s) => s.missingTaskRows.length) / keyed).toBeLessThanOrEqual(MAX_MISSING_TASKS);
    expect(total((s) => s.extraTaskRows.length) / keyed).toBeLessThanOrEqual(MAX_EXTRA_TASKS);
  });

  it('flags mostly true problems (precision of errors and warnings)', () => {
    expect(total((s) => s.truePositives.length) / total((s) => s.flagged.length)).toBeGreaterThanOrEqual(
      MIN_PRECISION,
    );
  });

  it('finds most real problems of the keys (recall)', () => {
    const problems = total((s) => s.foundProblems.length + s.missedProblems.length);
    expect(total((s) => s.foundProblems.length) / problems).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('splits lead cells as the keys do', () => {
    const leads = total((s) => s.appendix.tasks.length);
    expect(total((s) => s.wrongLeads.length) / leads).toBeLessThanOrEqual(MAX_WRONG_LEADS);
  });
});

// Floors measured on the corpus as it stands (docs/decisions.md D54, D57, D65, D69, D70, D93, D119, D121, D132,
// D133, D134, D135); raise them as the check improves. Measured 2026-12-07 (session 16) on all 37 appendices,
// batches P, Q and R included after their held-out runs: precision 112/113, recall 112/124 (90.3 %; session 15
// was 111/124 — 419/QĐ-TTg E52, a known name with its "và" left out, is now a typo warning), one extra task row
// (2820/QĐ-UBND row 26: a row under a TT merged over two rows, with its own task text and its own lead, read as a
// task so that its lead gets it; the key reads it as part of the task above), 10 lead cells of 1,103 split
// otherwise than the keys. The misses are listed per file in SOURCES.md.
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.9;
const MAX_MISSING_TASKS = 0;
const MAX_EXTRA_TASKS = 0.002;
const MAX_WRONG_LEADS = 0.02;
