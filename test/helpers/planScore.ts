import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanTask } from '../../src/domain';
import { foldKey, importPlanText } from '../../src/domain';
import { FIXTURES } from './grid';

/** A hand-made answer key for a plan's text (test/fixtures/plans, sources in SOURCES*.md). */
interface PlanKey {
  source: string;
  tasks: Array<{ number: string; firstWords: string; lead: string; partners: string; time: string }>;
}

export interface PlanScore {
  slug: string;
  keyed: number;
  /** Key tasks the import found (its task text starts like the key's). */
  found: number;
  /** Imported tasks that are no task of the key. */
  extra: string[];
  missed: string[];
  /** Of the found tasks, those whose lead (time) reads as the key's, once folded. */
  leadRight: number;
  timeRight: number;
  wrongLeads: string[];
  wrongTimes: string[];
}

const PLANS = join(FIXTURES, 'plans');

/** The slugs of the promoted keys, or of the held-out ones (pending/). */
export function planSlugs(pending = false): string[] {
  const folder = pending ? join(PLANS, 'pending') : PLANS;
  if (!existsSync(folder)) return [];
  const suffix = pending ? '.key.pending.json' : '.key.json';
  return readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(folder, name.slice(0, -suffix.length)));
}

const fold = (text: string) => foldKey(text.replace(/[.;:,]+$/u, ''));

/**
 * The same part, as an officer would judge: equal once folded, or one holding the other when the other is
 * most of it ("đồng chí Bộ trưởng Bộ Xây dựng" for "Bộ trưởng Bộ Xây dựng").
 */
function same(got: string, expected: string): boolean {
  const [a, b] = [fold(got), fold(expected)];
  if (a === b) return true;
  if (a === '' || b === '') return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= long.length * 0.6;
}

/**
 * Pairs the key's tasks with the imported ones in order: an imported task matches the first key task not
 * yet paired whose first words its text holds near its start.
 */
export function scorePlan(path: string, pending = false): PlanScore {
  const key = JSON.parse(
    readFileSync(`${path}${pending ? '.key.pending.json' : '.key.json'}`, 'utf8'),
  ) as PlanKey;
  const imported = importPlanText(readFileSync(join(path, '..', key.source), 'utf8'));
  const tasks = imported.rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
  const used = new Set<PlanTask>();
  const score: PlanScore = {
    slug: key.source.replace(/\.txt$/u, ''),
    keyed: key.tasks.length,
    found: 0,
    extra: [],
    missed: [],
    leadRight: 0,
    timeRight: 0,
    wrongLeads: [],
    wrongTimes: [],
  };
  let from = 0;
  // Near the start of the task's text, or of its second line: a heading over one paragraph is keyed by
  // either ("4.1. Ứng dụng GIS …" / "Nghiên cứu, ứng dụng GIS …").
  const starts = (t: PlanTask, words: string) =>
    t.task
      .split('\n')
      .slice(0, 2)
      .some((line) => {
        const at = fold(line).indexOf(words);
        return at >= 0 && at < 40;
      });
  for (const expected of key.tasks) {
    const words = fold(expected.firstWords).split(' ').slice(0, 6).join(' ');
    // In order first; a task the import read out of order still counts, once.
    let at = tasks.findIndex((t, i) => i >= from && !used.has(t) && starts(t, words));
    if (at < 0) at = tasks.findIndex((t) => !used.has(t) && starts(t, words));
    const task = tasks[at];
    if (!task) {
      score.missed.push(expected.number || expected.firstWords.slice(0, 30));
      continue;
    }
    used.add(task);
    from = at + 1;
    score.found++;
    if (same(task.lead, expected.lead)) score.leadRight++;
    else score.wrongLeads.push(`${task.tt}: "${task.lead}" ≠ "${expected.lead}"`);
    if (same(task.time, expected.time)) score.timeRight++;
    else score.wrongTimes.push(`${task.tt}: "${task.time}" ≠ "${expected.time}"`);
  }
  score.extra = tasks.filter((t) => !used.has(t)).map((t) => `${t.tt} ${t.task.slice(0, 30)}`);
  return score;
}
