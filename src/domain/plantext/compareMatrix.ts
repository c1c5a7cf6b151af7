import type { AgencyRegistry } from '../agencies';
import { DEFAULT_REGISTRY, splitAgencies } from '../agencies';
import { parseCitations } from '../legal';
import type { Task } from '../schema';
import { foldKey } from '../text';
import { parseTimeframe } from '../timeframe';
import { partQuarters, partYears } from '../timeframe/facts';
import type { PlanTask } from './planTasks';
import { taskSimilarity, taskWords, wordWeights } from './taskSimilarity';

/** Where a task of the plan's text and its row in the appendix disagree. */
export type MatrixDifference =
  | { field: 'lead'; plan: string; appendix: string; onlyPlan: string[]; onlyAppendix: string[] }
  | { field: 'time'; plan: string; appendix: string }
  | { field: 'basis'; plan: string; appendix: string; missing: string[] };

export interface MatrixPair {
  plan: PlanTask;
  row: Task;
  similarity: number;
  /** One of several appendix rows the text's task was split into ("1.1", "1.2" … for one paragraph). */
  split: boolean;
  differences: MatrixDifference[];
}

export interface MatrixComparison {
  pairs: MatrixPair[];
  /** Tasks of the text with no row in the appendix. */
  planOnly: PlanTask[];
  /** Rows of the appendix with no task in the text. */
  appendixOnly: Task[];
}

export interface CompareOptions {
  registry?: AgencyRegistry;
  province?: string | null;
  /** The plan's year, for a time frame written without one ("Quý II" beside "Quý II/2024"). */
  year?: number | null;
}

// Below this, two texts share too few telling words to be the same task; a second row of a task already
// paired must be closer still.
const MIN_SIMILARITY = 0.5;
const MIN_SPLIT_SIMILARITY = 0.6;
const MIN_UNORDERED_SIMILARITY = 0.75;

/**
 * Pairs the tasks of a plan's text with the rows of its appendix (the most alike first, each once) and
 * lists what is in one and not the other, and where a pair disagrees: its lead agencies, its time frame,
 * the documents the text cites that the Căn cứ leaves out. A part one side leaves blank is no disagreement.
 * @example compareMatrix(importPlanText(text).rows…, appendix.tasks).pairs.length
 */
export function compareMatrix(
  planTasks: readonly PlanTask[],
  rows: readonly Task[],
  options: CompareOptions = {},
): MatrixComparison {
  const planWords = planTasks.map((t) => taskWords(t.task));
  const rowWords = rows.map((r) => taskWords(r.task));
  const weights = wordWeights([...planWords, ...rowWords]);
  const similarity = planWords.map((words) => rowWords.map((other) => taskSimilarity(words, other, weights)));
  const sim = (p: number, r: number) => similarity[p]?.[r] ?? 0;
  const pairs: MatrixPair[] = [];
  const rowOf = new Map<number, number>();
  const takenRow = new Set<number>();
  const pair = (p: number, r: number, split: boolean) => {
    takenRow.add(r);
    if (!split) rowOf.set(p, r);
    const plan = planTasks[p] as PlanTask;
    const row = rows[r] as Task;
    pairs.push({
      plan,
      row,
      similarity: sim(p, r),
      split,
      differences: [],
    });
  };
  for (const [p, r] of alignInOrder(planTasks.length, rows.length, sim)) pair(p, r, false);
  // Out of order (the appendix swapped two rows): only pairs alike beyond doubt.
  for (let p = 0; p < planTasks.length; p++) {
    if (rowOf.has(p)) continue;
    let best = -1;
    for (let r = 0; r < rows.length; r++)
      if (!takenRow.has(r) && sim(p, r) >= MIN_UNORDERED_SIMILARITY && (best < 0 || sim(p, r) > sim(p, best)))
        best = r;
    if (best >= 0) pair(p, best, false);
  }
  // A paragraph the appendix wrote as several rows: a row left over between the rows of the tasks around
  // it, most like one of them.
  const paired = [...rowOf.keys()].sort((a, b) => a - b);
  for (let r = 0; r < rows.length; r++) {
    if (takenRow.has(r)) continue;
    let best: { p: number; score: number } | undefined;
    for (const p of paired) {
      const score = sim(p, r);
      if (
        score >= MIN_SPLIT_SIMILARITY &&
        (!best || score > best.score) &&
        withinNeighbours(p, r, paired, rowOf)
      )
        best = { p, score };
    }
    if (best) pair(best.p, r, true);
  }
  pairs.sort((a, b) => a.plan.line - b.plan.line || a.row.rows[0] - b.row.rows[0]);
  // A task written as several rows: each row's time within the task's.
  const rowsOf = new Map<PlanTask, number>();
  for (const { plan } of pairs) rowsOf.set(plan, (rowsOf.get(plan) ?? 0) + 1);
  for (const found of pairs)
    found.differences = differences(found.plan, found.row, (rowsOf.get(found.plan) ?? 0) > 1, options);
  return {
    pairs,
    planOnly: planTasks.filter((_, p) => !rowOf.has(p)),
    appendixOnly: rows.filter((_, r) => !takenRow.has(r)),
  };
}

/**
 * The pairs of a plan task and an appendix row, in the order of both (an appendix follows its plan), that
 * together are most alike (dynamic programming, as in aligning two sequences); a pair must reach
 * MIN_SIMILARITY. Out of order, a pair is left unpaired rather than taken for another.
 */
function alignInOrder(n: number, m: number, sim: (p: number, r: number) => number): Array<[number, number]> {
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let p = 1; p <= n; p++) {
    const row = score[p] as Float64Array;
    const above = score[p - 1] as Float64Array;
    for (let r = 1; r <= m; r++) {
      const s = sim(p - 1, r - 1);
      const diagonal = s >= MIN_SIMILARITY ? (above[r - 1] as number) + s : -Infinity;
      row[r] = Math.max(above[r] as number, row[r - 1] as number, diagonal);
    }
  }
  const out: Array<[number, number]> = [];
  for (let p = n, r = m; p > 0 && r > 0;) {
    const here = (score[p] as Float64Array)[r] as number;
    if (here === ((score[p - 1] as Float64Array)[r] as number)) p--;
    else if (here === ((score[p] as Float64Array)[r - 1] as number)) r--;
    else {
      out.push([p - 1, r - 1]);
      p--;
      r--;
    }
  }
  return out.reverse();
}

/** Whether row `r` lies between the rows paired with the plan tasks before and after task `p`. */
function withinNeighbours(
  p: number,
  r: number,
  paired: readonly number[],
  rowOf: ReadonlyMap<number, number>,
): boolean {
  const at = paired.indexOf(p);
  const before = at > 0 ? rowOf.get(paired[at - 1] as number) : -1;
  const after = at < paired.length - 1 ? rowOf.get(paired[at + 1] as number) : Infinity;
  return (before ?? -1) < r && r < (after ?? Infinity);
}

function differences(plan: PlanTask, row: Task, split: boolean, options: CompareOptions): MatrixDifference[] {
  const out: MatrixDifference[] = [];
  const lead = leadDifference(plan.lead, row.lead, options);
  if (lead) out.push(lead);
  if (!sameTime(plan.time, row.time, split, options.year ?? null))
    out.push({ field: 'time', plan: plan.time, appendix: row.time });
  const basis = basisDifference(plan.basis, row.basis);
  if (basis) out.push(basis);
  return out;
}

/**
 * The documents the text cites for a task that its row's Căn cứ does not: reported when the Căn cứ is
 * blank or shares none of them (a row citing more, or other documents as well, is the appendix's choice).
 */
function basisDifference(plan: string, appendix: string): MatrixDifference | undefined {
  const cited = parseCitations(plan).citations;
  if (cited.length === 0) return undefined;
  const theirs = new Set(parseCitations(appendix).citations.map((c) => c.canonicalSymbol));
  if (cited.some((c) => theirs.has(c.canonicalSymbol))) return undefined;
  return { field: 'basis', plan, appendix, missing: cited.map((c) => c.text) };
}

/**
 * Whether two time frames agree: the same quarters (the plan's year when one names none), "thường xuyên"
 * beside the plan's year, a row of a split task within its task's time. Unreadable or blank: no verdict.
 */
function sameTime(plan: string, appendix: string, split: boolean, year: number | null): boolean {
  const [ours, theirs] = [timeSigns(plan, year), timeSigns(appendix, year)];
  if (!ours || !theirs) return true;
  const settle = (signs: Set<string>) =>
    new Set([...signs].map((sign) => (sign === 'recurring' && year !== null ? `y${year}` : sign)));
  const [a, b] = [settle(ours), settle(theirs)];
  if (split) return [...b].every((sign) => a.has(sign) || a.has(`y${year}`));
  return a.size === b.size && [...a].every((sign) => b.has(sign));
}

function leadDifference(
  plan: string,
  appendix: string,
  options: CompareOptions,
): MatrixDifference | undefined {
  if (plan.trim() === '' || appendix.trim() === '') return undefined;
  const names = (text: string) => {
    const mentions = splitAgencies(text, options.registry ?? DEFAULT_REGISTRY, {
      province: options.province ?? null,
    });
    // "các cơ quan có liên quan" beside named bodies says nothing to compare.
    const named = mentions.filter((m) => !m.vague);
    return new Map(named.map((m) => [m.entry?.id ?? foldKey(m.text), m.entry?.name ?? m.text]));
  };
  const [ours, theirs] = [names(plan), names(appendix)];
  const onlyPlan = [...ours].filter(([key]) => !theirs.has(key)).map(([, name]) => name);
  const onlyAppendix = [...theirs].filter(([key]) => !ours.has(key)).map(([, name]) => name);
  if (onlyPlan.length === 0 && onlyAppendix.length === 0) return undefined;
  return { field: 'lead', plan, appendix, onlyPlan, onlyAppendix };
}

/**
 * What a time frame says, to compare two writings of it: each quarter it falls in ("2024q2"; the plan's
 * year when it names none), "recurring", or a year ("y2024"); undefined when it cannot be read ("theo KH
 * đoàn ra") or is blank.
 * @example timeSigns('Quý II/2024', 2024) // Set { '2024q2' }, as timeSigns('Quý II', 2024)
 */
function timeSigns(text: string, planYear: number | null): Set<string> | undefined {
  if (text.trim() === '') return undefined;
  const signs = new Set<string>();
  for (const part of parseTimeframe(text).parts) {
    if (part.kind === 'unparsed' || part.kind === 'linked') return undefined;
    const year = partYears(part)[0] ?? planYear ?? '';
    if (part.kind === 'recurring') signs.add('recurring');
    else if (part.kind === 'year') signs.add(`y${year}`);
    else {
      const quarters = partQuarters(part);
      if (quarters.length === 0) return undefined;
      for (const quarter of quarters) signs.add(`${year}q${quarter}`);
    }
  }
  return signs;
}
