import type { PlanScore } from '../../helpers/planScore';
import { planSlugs, scorePlan } from '../../helpers/planScore';

/**
 * Real plans whose tasks are in their text (test/fixtures/plans, sources in SOURCES*.md), each with a
 * hand-made answer key: what `import` reads of them is held here, so a change that loses tasks or names
 * wrong leads goes red. CORPUS_REPORT=1 prints the table; CORPUS_PENDING=1 adds the held-out keys.
 */
const slugs = planSlugs();
const scores = slugs.map((slug) => scorePlan(slug));

function report(all: readonly PlanScore[]): string {
  return all
    .map((s) =>
      [
        s.slug.padEnd(30),
        `tasks ${s.keyed} found ${s.found} extra ${s.extra.length}`,
        `lead ${s.leadRight}/${s.found} time ${s.timeRight}/${s.found}`,
        s.missed.length ? `missed ${s.missed.join(', ')}` : '',
        s.extra.length ? `extra ${s.extra.join(' · ')}` : '',
        s.wrongLeads.slice(0, 6).join(' · '),
        s.wrongTimes.slice(0, 6).join(' · '),
      ].join(' | '),
    )
    .join('\n');
}

if (process.env.CORPUS_REPORT === '1') {
  console.log(report(scores));
  if (process.env.CORPUS_PENDING === '1')
    console.log(`held out:\n${report(planSlugs(true).map((slug) => scorePlan(slug, true)))}`);
}

const sum = (pick: (s: PlanScore) => number) => scores.reduce((n, s) => n + pick(s), 0);

describe('real plans read from their text', () => {
  it('has real plans with answer keys', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(MIN_PLANS);
  });

  it('finds almost every task and invents almost none', () => {
    expect(sum((s) => s.found) / sum((s) => s.keyed)).toBeGreaterThanOrEqual(MIN_TASK_RECALL);
    expect(sum((s) => s.extra.length) / sum((s) => s.keyed)).toBeLessThanOrEqual(MAX_EXTRA);
  });

  it('names the lead and the time frame the text gives', () => {
    expect(sum((s) => s.leadRight) / sum((s) => s.found)).toBeGreaterThanOrEqual(MIN_LEADS_RIGHT);
    expect(sum((s) => s.timeRight) / sum((s) => s.found)).toBeGreaterThanOrEqual(MIN_TIMES_RIGHT);
  });
});

// Floors set from the promoted keys when they were promoted (see docs/decisions.md).
const MIN_PLANS = 66;
const MIN_TASK_RECALL = 0.93;
const MAX_EXTRA = 0.02;
const MIN_LEADS_RIGHT = 0.95;
const MIN_TIMES_RIGHT = 0.95;
