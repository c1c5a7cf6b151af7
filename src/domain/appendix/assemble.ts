import { cellAddress, columnLetter } from '../grid';
import type { Field, Finding, Note, RowKind, Section, Task } from '../schema';
import { FIELDS } from '../schema';
import { normalizeText } from '../text';
import type { ParsedTt } from './parseTt';
import { headsNextTable } from './classifyRows';
import { ttLevel } from './parseTt';
import type { ColumnLayout, FieldCell, RowFacts } from './rowFacts';
import { presentCells } from './rowFacts';

interface PathEntry {
  level: number;
  label: string;
  row: number;
}

export interface Assembled {
  sections: Section[];
  tasks: Task[];
  notes: Note[];
  findings: Finding[];
}

const TEXT_FIELDS = ['task', 'lead', 'time', 'basis', 'funding'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
/** Every other field but TT: set on a task only when its sheet has the column and the cell a value. */
const OPTIONAL_FIELDS = FIELDS.filter(
  (field): field is Exclude<Field, TextField | 'tt'> =>
    field !== 'tt' && !(TEXT_FIELDS as readonly string[]).includes(field),
);

/**
 * Turns classified rows into sections, tasks (with their section paths) and notes. Continuation rows are
 * joined to the task above; a continuation the officer typed as its own row is reported, one made by a
 * merged TT or task cell is not (that is how the officer laid the task out).
 */
export function assemble(
  rows: readonly RowFacts[],
  kinds: readonly RowKind[],
  layout: ColumnLayout,
  extraTitles: ReadonlyMap<number, string>,
): Assembled {
  const out: Assembled = { sections: [], tasks: [], notes: [], findings: [] };
  const stack: PathEntry[] = [];
  rows.forEach((facts, i) => {
    const kind = kinds[i];
    if (kind === 'section' || kind === 'group') {
      // A new table of the same sheet starts a new outline: nothing above it encloses it.
      const table = kind === 'section' && headsNextTable(rows, i, (j) => kinds[j] === 'repeated-header');
      if (table) stack.length = 0;
      // An unnumbered heading sits just above the numbered rows under it ("NHIỆM VỤ CHUNG" over 1, 2 …).
      const level = facts.tt.label === '' ? headingLevel(rows, i) : ttLevel(facts.tt);
      const path = enter(stack, facts.tt, level);
      const parentRow = stack.at(-1)?.row ?? null;
      out.sections.push({
        row: facts.rowNumber,
        kind,
        tt: sectionTt(facts),
        title: titleOf(facts),
        path,
        parentRow,
        ...(table ? { startsTable: true } : {}),
      });
      // Below every TT level, so the table's own "1.", "I" … stay inside it.
      stack.push({ level: table ? -1 : level, label: facts.tt.label, row: facts.rowNumber });
    } else if (kind === 'task') {
      const path = facts.tt.label === '' ? stack.map((e) => e.label) : enter(stack, facts.tt);
      out.tasks.push(newTask(facts, path, stack.at(-1)?.row ?? null, layout, extraTitles));
    } else if (kind === 'continuation') {
      const task = out.tasks.at(-1);
      if (task) joinContinuation(task, facts, extraTitles, out.findings, layout);
    } else if (kind === 'note') {
      out.notes.push({ row: facts.rowNumber, text: noteText(facts) });
    }
  });
  return out;
}

/** The level of an unnumbered heading: just above the first numbered row below it. */
function headingLevel(rows: readonly RowFacts[], i: number): number {
  for (let j = i + 1; j < rows.length; j++) {
    const tt = (rows[j] as RowFacts).tt;
    if (tt.label !== '') return ttLevel(tt) - 0.5;
  }
  return Number.POSITIVE_INFINITY;
}

/** Pops the entries this TT closes and returns its full path. */
function enter(stack: PathEntry[], tt: ParsedTt, level = ttLevel(tt)): string[] {
  while (stack.length > 0 && (stack.at(-1) as PathEntry).level >= level) stack.pop();
  const path = new Array<string>(stack.length + 1);
  for (let i = 0; i < stack.length; i++) path[i] = (stack[i] as PathEntry).label;
  path[stack.length] = tt.label;
  return path;
}

/**
 * What the TT column says of a section: its number, or the words that stand for one ("Phần II" over a
 * title in the task column), which the lists and the result sheet print before the title. A TT read from
 * the task column's own text is part of the title already.
 */
function sectionTt(facts: RowFacts): string {
  if (facts.tt.label !== '' || facts.ttFromTask || facts.tt.kind !== 'text' || !facts.cells.task)
    return facts.tt.label;
  return facts.tt.rest;
}

function titleOf(facts: RowFacts): string {
  if (facts.ttFromTask) return facts.tt.rest;
  if (facts.cells.task) return facts.cells.task.text;
  if (facts.tt.rest) return facts.tt.rest;
  const first = presentCells(facts).find(([field]) => field !== 'tt')?.[1];
  return first?.text ?? '';
}

function noteText(facts: RowFacts): string {
  const texts = [
    facts.cells.tt,
    ...presentCells(facts)
      .filter(([field]) => field !== 'tt')
      .map(([, cell]) => cell),
  ]
    .filter((cell): cell is FieldCell => cell !== undefined && !cell.inherited)
    .map((cell) => cell.text);
  return texts.join(' ');
}

function newTask(
  facts: RowFacts,
  path: string[],
  parentRow: number | null,
  layout: ColumnLayout,
  extraTitles: ReadonlyMap<number, string>,
): Task {
  const { cells } = facts;
  const task: Task = {
    rows: [facts.rowNumber, facts.rowNumber],
    tt: facts.serial !== undefined || !cells.tt || cells.tt.inherited ? facts.tt.label : cells.tt.text,
    path,
    parentRow,
    task: cells.task?.text ?? facts.tt.rest,
    lead: cells.lead?.text ?? '',
    time: cells.time?.text ?? '',
    basis: cells.basis?.text ?? '',
    funding: cells.funding?.text ?? '',
    extra: NO_EXTRA,
    mergedFrom: NO_MERGES,
    continuationRows: NO_ROWS,
  };
  // Assigned after the literal, not spread into it: a spread makes every task a slow copy (session 21 profile).
  if (facts.serial !== undefined) task.serial = facts.serial;
  for (const field of OPTIONAL_FIELDS) if (cells[field]) task[field] = cells[field].text;
  for (const field of FIELDS) {
    const cell = cells[field];
    const column = layout.fields[field];
    if (cell?.mergedRows && column !== undefined)
      ownMerges(task)[field] = cellAddress(cell.sourceRow, column);
  }
  for (const [column, cell] of facts.extra)
    ownExtra(task)[extraTitles.get(column) ?? columnLetter(column)] = cell.text;
  return task;
}

// Most tasks have no extra column, no merged cell and no continuation row: they share one frozen empty record
// or list, replaced by the task's own at its first write (the read's cost was allocation: session 21 profile).
const NO_EXTRA: Task['extra'] = Object.freeze({});
const NO_MERGES: Task['mergedFrom'] = Object.freeze({});
const NO_ROWS = Object.freeze([]) as unknown as number[];

function ownExtra(task: Task): Task['extra'] {
  if (task.extra === NO_EXTRA) task.extra = {};
  return task.extra;
}

function ownMerges(task: Task): Task['mergedFrom'] {
  if (task.mergedFrom === NO_MERGES) task.mergedFrom = {};
  return task.mergedFrom;
}

function ownRows(task: Task): number[] {
  if (task.continuationRows === NO_ROWS) task.continuationRows = [];
  return task.continuationRows;
}

function joinContinuation(
  task: Task,
  facts: RowFacts,
  extraTitles: ReadonlyMap<number, string>,
  findings: Finding[],
  layout: ColumnLayout,
): void {
  task.rows = [task.rows[0], facts.rowNumber];
  const viaMerge = facts.mergedFromRow !== undefined;
  for (const field of [...TEXT_FIELDS, ...OPTIONAL_FIELDS]) {
    const cell = facts.cells[field];
    // A value merged down from the task's own row is already there.
    if (!cell || cell.inherited) continue;
    // A bullet item keeps its bullet: the task's content reads as the list the document wrote.
    const mark = facts.tt.kind === 'bullet' ? (facts.cells.tt?.text.trim() ?? '') : '';
    const bullet = field === 'task' && mark !== '' ? `${mark} ` : '';
    task[field] = appendText(task[field], bullet + cell.text);
  }
  for (const [column, cell] of facts.extra) {
    if (cell.inherited) continue;
    const title = extraTitles.get(column) ?? columnLetter(column);
    ownExtra(task)[title] = appendText(task.extra[title], cell.text);
  }
  // A bullet item of the task's content is the document's way of writing it: nothing to note.
  if (viaMerge || facts.tt.kind === 'bullet') return;
  ownRows(task).push(facts.rowNumber);
  const column = layout.fields.task;
  findings.push({
    code: 'continuation-row',
    severity: 'info',
    rowNumber: facts.rowNumber,
    ...(column !== undefined
      ? { column: columnLetter(column), cell: cellAddress(facts.rowNumber, column) }
      : {}),
    data: { taskRow: task.rows[0], tt: normalizeText(task.tt) },
  });
}

function appendText(existing: string | undefined, addition: string): string {
  return existing ? `${existing}\n${addition}` : addition;
}
