import type { CheckOutcome, Finding, Lang, Severity } from '../domain';
import { columnNumber, formatFinding, RULES, ruleTitle } from '../domain';

/** A finding as the pane lists it: where it is, its wording, and the lead agencies of its task. */
export interface FindingItem {
  finding: Finding;
  /** Unique within one outcome (React key). */
  key: string;
  /** The sheet to select: the finding's own, or the appendix sheet. */
  sheet: string;
  cell: string;
  /** "E110" on the appendix sheet, "Danh mục cơ quan!B4" on another one. */
  where: string;
  message: string;
  /** Lead agencies of the task whose rows hold the finding (canonical name, or the text as written). */
  agencies: string[];
}

export interface FindingFilter {
  severities: Record<Severity, boolean>;
  /** A finding code, or null for every rule. */
  code: string | null;
  /** A lead agency as listed in `FindingView.agencies`, or null for every agency. */
  agency: string | null;
}

export const NO_FILTER: FindingFilter = {
  severities: { error: true, warning: true, info: true },
  code: null,
  agency: null,
};

/** Findings of a group worded the same on several cells: listed once, with every cell. */
export interface FindingEntry {
  key: string;
  /** In sheet order; the first is the one the entry selects. */
  items: FindingItem[];
  message: string;
}

export interface FindingGroup {
  code: string;
  title: string;
  /** The worst severity among the group's findings (settings may change a rule's severity). */
  severity: Severity;
  items: FindingItem[];
  /** The items with the same wording collapsed (issue "Any real appendix…": shown once with their cells). */
  entries: FindingEntry[];
}

export interface RuleOption {
  code: string;
  title: string;
  count: number;
}

export interface FindingView {
  /** The findings that pass the filter, grouped by rule: worst severity first, then catalogue order. */
  groups: FindingGroup[];
  shown: number;
  total: number;
  /** Counts by severity over every finding (the filter's own choices). */
  counts: Record<Severity, number>;
  /** Rules that have findings, in group order. */
  rules: RuleOption[];
  /** Lead agencies of the tasks that have findings, in Vietnamese alphabetical order. */
  agencies: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CATALOGUE = new Map(RULES.map((rule, index) => [rule.meta.code, index]));

/**
 * The outcome's findings, located and worded once per check, in sheet order: other sheets (settings,
 * registry) in the order they first appear, then by row and column.
 * @example findingItems(outcome, 'vi')[0] → { sheet: 'Phụ lục 1', cell: 'E5', where: 'E5', agencies: ['Sở Ngoại vụ'], … }
 */
export function findingItems(
  outcome: Pick<CheckOutcome, 'appendix' | 'findings' | 'analyses'>,
  lang: Lang,
): FindingItem[] {
  const { appendix, analyses } = outcome;
  const rowColumn = appendix.columns.tt ?? 'A';
  const taskAt = taskIndexByRow(outcome.appendix.tasks);
  const sheetOrder = new Map<string, number>();
  const items = outcome.findings.map((finding, index) => {
    const sheet = finding.sheet ?? appendix.sheet;
    if (!sheetOrder.has(sheet)) sheetOrder.set(sheet, sheetOrder.size);
    const cell = finding.cell ?? `${finding.column ?? rowColumn}${finding.rowNumber}`;
    const task = sheet === appendix.sheet ? taskAt.get(finding.rowNumber) : undefined;
    return {
      finding,
      key: `${index}-${finding.code}-${sheet}-${cell}`,
      sheet,
      cell,
      where: sheet === appendix.sheet ? cell : `${sheet}!${cell}`,
      message: formatFinding(finding, lang),
      agencies: task === undefined ? [] : leadAgencies(analyses[task]),
    };
  });
  const order = (item: FindingItem) => sheetOrder.get(item.sheet) ?? 0;
  return items.sort(
    (a, b) =>
      order(a) - order(b) || a.finding.rowNumber - b.finding.rowNumber || columnOf(a.cell) - columnOf(b.cell),
  );
}

/**
 * The findings that pass the filter, grouped by rule, with what the filter controls offer.
 * @example findingView(items, { ...NO_FILTER, code: 'missing-funding' }, 'vi').groups.map((g) => g.code) → ['missing-funding']
 */
export function findingView(items: readonly FindingItem[], filter: FindingFilter, lang: Lang): FindingView {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, FindingItem[]>();
  const agencies = new Set<string>();
  for (const item of items) {
    counts[item.finding.severity] += 1;
    for (const agency of item.agencies) agencies.add(agency);
    const list = byCode.get(item.finding.code);
    if (list) list.push(item);
    else byCode.set(item.finding.code, [item]);
  }
  const all = [...byCode].map(([code, list]) => toGroup(code, list, lang)).sort(compareGroups);
  const groups = all
    .map((group) =>
      withItems(
        group,
        group.items.filter((item) => passes(item, filter)),
      ),
    )
    .filter((group) => group.items.length > 0);
  return {
    groups,
    shown: groups.reduce((sum, group) => sum + group.items.length, 0),
    total: items.length,
    counts,
    rules: all.map((group) => ({ code: group.code, title: group.title, count: group.items.length })),
    agencies: [...agencies].sort((a, b) => a.localeCompare(b, 'vi')),
  };
}

/** Whether the filter hides anything (then "Bỏ lọc" has something to do). */
export function isFiltering(filter: FindingFilter): boolean {
  const { severities, code, agency } = filter;
  return !severities.error || !severities.warning || !severities.info || code !== null || agency !== null;
}

function passes(item: FindingItem, filter: FindingFilter): boolean {
  return (
    filter.severities[item.finding.severity] &&
    (filter.code === null || item.finding.code === filter.code) &&
    (filter.agency === null || item.agencies.includes(filter.agency))
  );
}

function toGroup(code: string, items: FindingItem[], lang: Lang): FindingGroup {
  const severity = items
    .map((item) => item.finding.severity)
    .reduce((worst, s) => (RANK[s] < RANK[worst] ? s : worst), 'info' as Severity);
  return withItems({ code, title: ruleTitle(code, lang), severity, items, entries: [] }, items);
}

function withItems(group: FindingGroup, items: FindingItem[]): FindingGroup {
  const byWording = new Map<string, FindingEntry>();
  for (const item of items) {
    const wording = `${item.sheet}\u0000${item.message}`;
    const entry = byWording.get(wording);
    if (entry) entry.items.push(item);
    else byWording.set(wording, { key: item.key, items: [item], message: item.message });
  }
  return { ...group, items, entries: [...byWording.values()] };
}

function compareGroups(a: FindingGroup, b: FindingGroup): number {
  const place = (code: string) => CATALOGUE.get(code) ?? CATALOGUE.size;
  return RANK[a.severity] - RANK[b.severity] || place(a.code) - place(b.code) || a.code.localeCompare(b.code);
}

/** Task index by sheet row, for every row a task spans (continuation rows included). */
function taskIndexByRow(tasks: CheckOutcome['appendix']['tasks']): Map<number, number> {
  const byRow = new Map<number, number>();
  tasks.forEach((task, index) => {
    for (let row = task.rows[0]; row <= task.rows[1]; row++) byRow.set(row, index);
  });
  return byRow;
}

function leadAgencies(analysis: CheckOutcome['analyses'][number] | undefined): string[] {
  const names = (analysis?.leadAgencies ?? []).map((m) => (m.entry?.name ?? m.text).trim());
  return [...new Set(names.filter((name) => name !== ''))];
}

function columnOf(cell: string): number {
  const letters = /^[A-Z]+/.exec(cell)?.[0];
  return letters ? columnNumber(letters) : 0;
}
