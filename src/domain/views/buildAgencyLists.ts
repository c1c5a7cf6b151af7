import type { AgencyMention, AgencyRegistry } from '../agencies';
import { DEFAULT_REGISTRY, leadingMentions, splitAgencies, supportingMentions } from '../agencies';
import type { Appendix, Task } from '../schema';
import { leadOf } from '../schema';
import { isBlank } from '../text';
import type { DurationUnit, Timeframe } from '../timeframe';
import { parseTimeframe } from '../timeframe';
import type { ListTarget } from './listTargets';
import { resolveTargets } from './listTargets';
import { sectionChains } from './sectionChains';
import type {
  AgencyList,
  AgencyListOptions,
  AgencyLists,
  AgencyTaskEntry,
  CarriedField,
  ListClosing,
  PrintedField,
} from './types';
import { appendAll } from '../arrays';

type Analysis = NonNullable<AgencyListOptions['analyses']>[number];

const CARRIED: readonly CarriedField[] = ['partners', 'product', 'note'];
const PRINTED: readonly PrintedField[] = ['time', 'basis', 'funding', ...CARRIED];
const ALWAYS_PRINTED: ReadonlySet<PrintedField> = new Set(['time', 'basis', 'funding']);

/** Whether some row of the appendix fills the column (a column it lacks fills none). */
function filledIn(appendix: Appendix, field: PrintedField): boolean {
  return appendix.columns[field] !== undefined && appendix.tasks.some((task) => !isBlank(task[field] ?? ''));
}

/**
 * Each agency's tasks: the lead cells split by the registry (longest match, so "Sở Văn hóa, Thể thao và
 * Du lịch" stays one agency), name variants gathered under the canonical name, a task with several leads
 * in each lead's list as `shared`, partners in a `supporting` part, and leads the registry does not know
 * in the unidentified list — so every task is in at least one list's `led`. With the workbook's
 * delegations appendix, each lead's delegations abroad too (an agency that leads only delegations gets a
 * list of its own).
 * @example buildAgencyLists(appendix).lists.find((l) => l.key === 'so-ke-hoach-dau-tu')?.led.map((e) => e.rowNumber)
 *   // [24, 25, 31, 84, 89] for Kế hoạch 58 (row 31 writes "Sở Kế hoạch - Đầu tư")
 */
export function buildAgencyLists(appendix: Appendix, options: AgencyListOptions = {}): AgencyLists {
  const registry = options.registry ?? DEFAULT_REGISTRY;
  const planDate = options.planDate ?? null;
  const analyses =
    options.analyses ?? analyze(appendix.tasks, registry, appendix.plan.province ?? null, appendix.timeUnit);
  const leadsOf = resolveTargets(registry, planDate, true);
  const partnersOf = resolveTargets(registry, planDate, false);
  const lists = new Map<string, AgencyList>();
  eachTask(appendix, analyses, leadsOf, (base, leads, analysis) => {
    fileUnderLeads(lists, base, leads, 'led');
    const leadKeys = new Set(leads.map((lead) => lead.key));
    // A body the lead cell names as supporting ("Sở Nội vụ phối hợp") supports the task, as the partner column's do.
    const supporting = supportingMentions(analysis?.leadAgencies ?? []);
    for (const partner of partnersOf([...(analysis?.partnerAgencies ?? []), ...supporting])) {
      if (leadKeys.has(partner.key)) continue; // an agency leading the task does not also support it
      listFor(lists, partner).supporting.push(entry(base, partner, 'support', namesOf(leads)));
    }
  });
  const delegations = options.delegations;
  if (delegations) {
    const delegationAnalyses = analyze(delegations.tasks, registry, appendix.plan.province ?? null);
    eachTask(delegations, delegationAnalyses, leadsOf, (base, leads) =>
      fileUnderLeads(lists, base, leads, 'delegations'),
    );
  }
  return {
    lists: ordered([...lists.values()], registry),
    taskCount: appendix.tasks.length,
    plan: appendix.plan,
    fields: CARRIED.filter((field) => appendix.columns[field] !== undefined),
    withSupporting:
      appendix.columns.partners !== undefined ||
      [...lists.values()].some((list) => list.supporting.length > 0),
    delegationCount: delegations ? delegations.tasks.length : null,
    // A column the list would print (time, basis and funding always; the others when the appendix has them).
    blankColumns: PRINTED.filter(
      (field) =>
        (ALWAYS_PRINTED.has(field) || appendix.columns[field] !== undefined) &&
        !filledIn(appendix, field) &&
        !(delegations && filledIn(delegations, field)),
    ),
    closing: closingOf(options.closing),
  };
}

function closingOf(lines: AgencyListOptions['closing']): ListClosing | null {
  const recipients = lines?.recipients ?? [];
  const signature = lines?.signature ?? [];
  return recipients.length + signature.length > 0 ? { recipients, signature } : null;
}

/** Each task (or delegation) of an appendix with what its entries share and the lists its leads go to. */
function eachTask(
  appendix: Appendix,
  analyses: readonly Analysis[],
  leadsOf: (mentions: readonly AgencyMention[]) => ListTarget[],
  visit: (base: EntryBase, leads: ListTarget[], analysis: Analysis | undefined) => void,
): void {
  const chainOf = sectionChains(appendix);
  appendix.tasks.forEach((task, taskIndex) => {
    const analysis = analyses[taskIndex];
    const base: EntryBase = {
      taskIndex,
      rowNumber: task.rows[0],
      task,
      sections: chainOf(task.parentRow),
      quarters: analysis?.timeframe.quarters ?? [],
      lacksBasis: isBlank(task.basis),
    };
    visit(base, leadsOf(leadingMentions(analysis?.leadAgencies ?? [])), analysis);
  });
}

/** Puts a task (or delegation) in the part of each of its leads' lists; several leads share it. */
function fileUnderLeads(
  lists: Map<string, AgencyList>,
  base: EntryBase,
  leads: readonly ListTarget[],
  part: 'led' | 'delegations',
): void {
  for (const lead of leads) {
    const role = leads.length > 1 ? 'shared' : 'lead';
    listFor(lists, lead)[part].push(entry(base, lead, role, namesOf(leads, lead)));
  }
}

type EntryBase = Pick<
  AgencyTaskEntry,
  'taskIndex' | 'rowNumber' | 'task' | 'sections' | 'quarters' | 'lacksBasis'
>;

// Written out field by field: this runs once per task and lead (tens of thousands of times on a large
// plan), and spreading the shared part made the bench 2.5× slower (67 ms instead of 26 ms).
function entry(
  base: EntryBase,
  target: ListTarget,
  role: AgencyTaskEntry['role'],
  otherLeads: string[],
): AgencyTaskEntry {
  return {
    taskIndex: base.taskIndex,
    rowNumber: base.rowNumber,
    task: base.task,
    sections: base.sections,
    role,
    otherLeads,
    asWritten: target.asWritten,
    formerly: target.formerly,
    quarters: base.quarters,
    lacksBasis: base.lacksBasis,
  };
}

function namesOf(targets: readonly ListTarget[], except?: ListTarget): string[] {
  const names: string[] = [];
  for (const target of targets) if (target !== except) appendAll(names, target.names);
  return names;
}

function listFor(lists: Map<string, AgencyList>, target: ListTarget): AgencyList {
  let list = lists.get(target.key);
  if (!list) {
    const kind = !target.entry
      ? 'unidentified'
      : target.entry.kind === 'collective'
        ? 'collective'
        : 'individual';
    list = {
      key: target.key,
      kind,
      ...(target.entry ? { entry: target.entry } : {}),
      led: [],
      supporting: [],
      delegations: [],
    };
    lists.set(target.key, list);
  }
  return list;
}

const KIND_ORDER = { individual: 0, collective: 1, unidentified: 2 } as const;

// Registry order groups the province's bodies as officers list them (committee, departments, Party,
// organisations, districts); an officer's own entries come after the defaults.
function ordered(lists: AgencyList[], registry: AgencyRegistry): AgencyList[] {
  const position = new Map(registry.map((entry, index) => [entry.id, index]));
  // A numbered unit or another province's body ("thue-co-so--3") ranks where its registry body does.
  const rank = (list: AgencyList) =>
    position.get(list.key) ?? position.get(list.key.split('--')[0] ?? '') ?? Number.MAX_SAFE_INTEGER;
  return lists.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || rank(a) - rank(b));
}

// Only what the lists need is parsed (not citations or funding, which validate() parses for the checks);
// a text repeated on many rows is split once.
function analyze(
  tasks: readonly Task[],
  registry: AgencyRegistry,
  province: string | null,
  unit?: DurationUnit,
): Analysis[] {
  const agencies = new Map<string, AgencyMention[]>();
  const timeframes = new Map<string, Timeframe>();
  const split = (text: string) => cached(agencies, text, () => splitAgencies(text, registry, { province }));
  return tasks.map((task) => ({
    leadAgencies: split(leadOf(task)),
    partnerAgencies: split(task.partners ?? ''),
    timeframe: cached(timeframes, task.time, () => parseTimeframe(task.time, unit)),
  }));
}

function cached<T>(cache: Map<string, T>, text: string, parse: () => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    value = parse();
    cache.set(text, value);
  }
  return value;
}
