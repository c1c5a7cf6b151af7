import { madeFromText } from '../../appendix/madeFromText';
import type { Appendix } from '../../schema';
import type { Rule, RuleFinding, RuleInput } from '../types';
import type { NumberedEntry } from './numberedEntries';
import { numberedEntries, romanBracket, siblingGroups } from './numberedEntries';
import { romanNumeral, VIETNAMESE_LETTERS } from '../../text';

function at(appendix: Appendix, row: number): Pick<RuleFinding, 'rowNumber' | 'column' | 'cell'> {
  const column = appendix.ttDetailColumn ?? appendix.columns.tt ?? appendix.columns.task;
  return column === undefined ? { rowNumber: row } : { rowNumber: row, column, cell: `${column}${row}` };
}

const siblingCache = new WeakMap<RuleInput, NumberedEntry[][]>();

/** Sibling groups, built once per run (three rules walk them). */
function siblingsOf(input: RuleInput): NumberedEntry[][] {
  let groups = siblingCache.get(input);
  if (!groups) {
    groups = siblingGroups(numberedEntries(input));
    siblingCache.set(input, groups);
  }
  return groups;
}

/** Walks each sibling group in order, handing every entry its predecessor and what came before. */
function eachSibling(
  input: RuleInput,
  visit: (
    entry: NumberedEntry,
    previous: NumberedEntry | undefined,
    seen: Map<string, NumberedEntry>,
  ) => RuleFinding | undefined,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const group of siblingsOf(input)) {
    const seen = new Map<string, NumberedEntry>();
    let previous: NumberedEntry | undefined;
    for (const entry of group) {
      const finding = visit(entry, previous, seen);
      if (finding) findings.push(finding);
      if (!seen.has(entry.tt.label)) seen.set(entry.tt.label, entry);
      previous = entry;
    }
  }
  return findings.sort((a, b) => a.rowNumber - b.rowNumber);
}

/** The same TT twice among siblings, e.g. a second section "VII" (row 116 of the sample). */
export const numberingDuplicate: Rule = {
  meta: {
    code: 'numbering-duplicate',
    severity: 'error',
    title: { vi: 'Trùng số thứ tự', en: 'Duplicate number' },
    columns: ['tt'],
  },
  check: (input) =>
    eachSibling(input, (entry, _previous, seen) => {
      const first = seen.get(entry.tt.label);
      return first
        ? { ...at(input.appendix, entry.row), data: { tt: entry.tt.label, firstRow: first.row } }
        : undefined;
    }),
};

/**
 * A number skipped: 3.3 followed by 3.5, or a first item that is not 1 (I, A). A document that numbers its
 * tasks in one run across sections (844/QĐ-TTg 2026: 1–5 under I, 6–9 under II …) goes on from the last
 * number of the same level under the previous parent: that is its convention, not a gap.
 */
export const numberingGap: Rule = {
  meta: {
    code: 'numbering-gap',
    severity: 'warning',
    title: { vi: 'Số thứ tự bị bỏ qua', en: 'Number skipped' },
    columns: ['tt'],
  },
  check: (input) => {
    // A matrix made from a plan's text keeps the plan's numbering and leaves out what holds no task (its
    // first chapter may be "III"): a number it skips is no slip, and the plan's own are the text check's.
    if (madeFromText(input.appendix)) return [];
    // Groups come in sheet order, so at a group's start this holds the previous group's last number.
    const lastOfLevel = new Map<string, number>();
    const byRow = new Map(numberedEntries(input).map((e) => [e.row, e]));
    const swapped = swappedAhead(siblingsOf(input));
    // The highest number so far in the group: after a swap ("1, 3, 2, 4") the 4 follows the 3, no gap.
    let highest = 0;
    return eachSibling(input, (entry, previous, seen) => {
      const level = `${entry.tt.kind}|${entry.tt.parts.length}`;
      const runOn = previous === undefined ? lastOfLevel.get(level) : undefined;
      if (!Number.isNaN(entry.value)) lastOfLevel.set(level, entry.effective);
      if (previous === undefined) highest = 0;
      const before = highest;
      if (!Number.isNaN(entry.effective)) highest = Math.max(highest, entry.effective);
      if (Number.isNaN(entry.value) || seen.has(entry.tt.label) || entry.value <= before + 1)
        return undefined;
      // "3" then "2": one swap, reported once where the order breaks (numbering-order).
      if (swapped.has(entry.row)) return undefined;
      // "d)" then "e)": many documents letter their points as the Latin alphabet does, without "đ" (Chỉ thị
      // 12/CT-UBND Đắk Lắk 2025); a point left out is no such thing.
      if (isLetter(entry) && previous && /^d$/iu.test(previous.tt.label) && /^e$/iu.test(entry.tt.label))
        return undefined;
      if (runOn !== undefined && entry.value === runOn + 1) return undefined;
      // "3" as the one item of section "III" (179/KH-UBND Đồng Nai 2025, whose items elsewhere are 1.1,
      // 2.1 …): the item carries its section's number.
      const parent = entry.parentRow === null ? undefined : byRow.get(entry.parentRow);
      if (previous === undefined && parent?.effective === entry.value) return undefined;
      const expected = runOn !== undefined && entry.value > runOn + 1 ? runOn + 1 : before + 1;
      return {
        ...at(input.appendix, entry.row),
        data: {
          tt: entry.tt.label,
          previous: previous?.tt.label ?? null,
          expected,
          expectedLabel: labelLike(entry, expected),
        },
      };
    });
  },
};

const isLetter = (entry: NumberedEntry) => entry.tt.kind === 'letter' || entry.tt.kind === 'sub-letter';

/** Rows numbered one ahead of the next sibling, which takes the number left out: the "3" of "1, 3, 2". */
function swappedAhead(groups: readonly NumberedEntry[][]): Set<number> {
  const rows = new Set<number>();
  for (const group of groups) {
    let highest = 0;
    group.forEach((entry, i) => {
      const next = group[i + 1];
      if (next && entry.value === highest + 2 && next.value === highest + 1) rows.add(entry.row);
      if (!Number.isNaN(entry.effective)) highest = Math.max(highest, entry.effective);
    });
  }
  return rows;
}

/** A number written as the entry writes its own: "II" for 2 among Roman numerals, "C" among letters, "3.2". */
function labelLike(entry: NumberedEntry, value: number): string {
  const { kind, parts } = entry.tt;
  const last = parts.at(-1) ?? '';
  const letter = VIETNAMESE_LETTERS[value - 1] ?? String(value);
  const own = /^\d+$/u.test(last)
    ? String(value)
    : kind === 'letter'
      ? letter
      : romanBracket(entry.tt)
        ? romanNumeral(value).toLowerCase()
        : kind === 'sub-letter' || kind === 'bracketed'
          ? letter.toLowerCase()
          : romanNumeral(value);
  return kind === 'bracketed' ? `(${own})` : [...parts.slice(0, -1), own].join('.');
}

/** A number lower than the one before it (5 after 6), duplicates aside. */
export const numberingOrder: Rule = {
  meta: {
    code: 'numbering-order',
    severity: 'warning',
    title: { vi: 'Số thứ tự sai trình tự', en: 'Number out of order' },
    columns: ['tt'],
  },
  check: (input) => {
    // "1.3" under "II" then "2.2": the stray is reported at its level, not again as out of order.
    const strays = strayRows(input);
    return eachSibling(input, (entry, previous, seen) => {
      if (!previous || seen.has(entry.tt.label) || !(entry.value < previous.effective)) return undefined;
      if (strays.has(previous.row)) return undefined;
      return { ...at(input.appendix, entry.row), data: { tt: entry.tt.label, previous: previous.tt.label } };
    });
  },
};

/**
 * A sub-number under no matching parent: 1.1 under no 1, II.I outside II. Two conventions of real
 * documents are not departures: "2.1" under section "II" (the section's number in Arabic digits), and
 * "2.1" after a task "2" that carries its own lead and deadline (so is not a group over it).
 */
export const numberingLevel: Rule = {
  meta: {
    code: 'numbering-level',
    severity: 'warning',
    title: { vi: 'Số thứ tự sai cấp', en: 'Number at the wrong level' },
    columns: ['tt'],
  },
  check: (input) => levelFindings(input).findings,
};

function wrongLevels(input: RuleInput): RuleFinding[] {
  const { appendix } = input;
  const entries = numberedEntries(input);
  const byRow = new Map(entries.map((e) => [e.row, e]));
  const earlier = new Set<string>();
  return entries.flatMap((entry) => {
    earlier.add(`${entry.parentRow ?? 0}|${entry.tt.label}`);
    if (entry.tt.parts.length < 2 || !(entry.tt.kind === 'number' || entry.tt.kind === 'roman-sub'))
      return [];
    const expectedParent = entry.tt.parts.slice(0, -1).join('.');
    const parent = entry.parentRow === null ? undefined : byRow.get(entry.parentRow);
    if (parent?.tt.label === expectedParent) return [];
    if (parent && String(parent.effective) === expectedParent && parent.tt.kind !== 'number') return [];
    if (earlier.has(`${entry.parentRow ?? 0}|${expectedParent}`)) return [];
    return [
      {
        ...at(appendix, entry.row),
        data: { tt: entry.tt.label, expectedParent, parent: parent?.tt.label ?? null },
      },
    ];
  });
}

const levelCache = new WeakMap<RuleInput, { findings: RuleFinding[]; rows: ReadonlySet<number> }>();

/** The numbering-level findings and their rows, worked out once per run (two rules read them). */
function levelFindings(input: RuleInput): { findings: RuleFinding[]; rows: ReadonlySet<number> } {
  let known = levelCache.get(input);
  if (!known) {
    const findings = wrongLevels(input);
    known = { findings, rows: new Set(findings.map((f) => f.rowNumber)) };
    levelCache.set(input, known);
  }
  return known;
}

/** Rows whose sub-number sits under the wrong parent (numbering-level). */
const strayRows = (input: RuleInput): ReadonlySet<number> => levelFindings(input).rows;

/** A task row with an empty TT (row 7 of the sample, the only task of section I). */
export const taskWithoutNumber: Rule = {
  meta: {
    code: 'task-without-number',
    severity: 'info',
    title: { vi: 'Nhiệm vụ chưa đánh số', en: 'Task without number' },
    columns: ['tt'],
  },
  check: ({ appendix }) => {
    if (appendix.columns.tt === undefined) return [];
    const first = appendix.tasks[0];
    // No task numbered at all: one note for the table, not one per row.
    if (first && appendix.tasks.length > 1 && appendix.tasks.every((task) => task.tt.trim() === ''))
      return [{ ...at(appendix, first.rows[0]), data: { all: true, count: appendix.tasks.length } }];
    const childCount = new Map<number | null, number>();
    for (const task of appendix.tasks)
      childCount.set(task.parentRow, (childCount.get(task.parentRow) ?? 0) + 1);
    return appendix.tasks.flatMap((task, i): RuleFinding[] => {
      if (task.tt.trim() !== '') return [];
      const between = skippedBetween(appendix.tasks, i);
      return [
        {
          ...at(appendix, task.rows[0]),
          ...(between ? { severity: 'warning' as const } : {}),
          data: {
            parentRow: task.parentRow,
            lone: childCount.get(task.parentRow) === 1,
            ...(between ? { previous: between[0], next: between[1] } : {}),
          },
        },
      ];
    });
  },
};

/**
 * The numbers of the tasks around an unnumbered one, when they run on with no room for it: "5" above and
 * "6" below under the same parent (88/NQ-CP 2022: 19 tasks numbered 1–18). The numbering skipped a task —
 * every number after it is one short — not a sub-item written without a number. A TT merged over the rows
 * of two tasks gives them one number on purpose: not this.
 */
function skippedBetween(tasks: Appendix['tasks'], i: number): [string, string] | undefined {
  const task = tasks[i];
  if (!task || task.mergedFrom.tt !== undefined) return undefined;
  const sibling = (step: number) => {
    for (let j = i + step; j >= 0 && j < tasks.length; j += step) {
      const other = tasks[j];
      if (other?.parentRow === task.parentRow) return other.tt.trim() === '' ? undefined : other;
    }
    return undefined;
  };
  const [previous, next] = [sibling(-1), sibling(1)];
  if (!previous || !next || !numbersRunOn(previous, next)) return undefined;
  return [previous.tt.trim(), next.tt.trim()];
}

/**
 * A row of the table that belongs to no task: unnumbered text over the whole row between two tasks whose
 * numbers run on ("Các bộ, cơ quan, địa phương trong đó mô tả …" over B41:E41 between IV.3 and IV.4,
 * 116/NQ-CP 2026). Not a heading (the numbering goes on under it), not part of a task (a task's cell does not
 * span the row): text astray, or a task that lost its number and its columns.
 */
export const strayRow: Rule = {
  meta: {
    code: 'stray-row',
    severity: 'warning',
    title: { vi: 'Dòng không thuộc nhiệm vụ nào', en: 'Row belonging to no task' },
    columns: ['task'],
  },
  check: ({ appendix }) => {
    const { tasks } = appendix;
    let t = 0;
    return appendix.notes.flatMap((note): RuleFinding[] => {
      if (note.otherTable) return [];
      while (t < tasks.length && (tasks[t]?.rows[0] ?? 0) < note.row) t++;
      const previous = tasks[t - 1];
      const next = tasks[t];
      if (!previous || !next || previous.parentRow !== next.parentRow) return [];
      if (!numbersRunOn(previous, next)) return [];
      const column = appendix.columns.task;
      return [
        {
          rowNumber: note.row,
          ...(column === undefined ? {} : { column, cell: `${column}${note.row}` }),
          data: { previous: previous.tt.trim(), next: next.tt.trim(), text: note.text },
        },
      ];
    });
  },
};

/** The two tasks' own numbers follow each other: "3" then "4", "IV.3" then "IV.4". */
function numbersRunOn(previous: Appendix['tasks'][number], next: Appendix['tasks'][number]): boolean {
  const last = (task: Appendix['tasks'][number]) => Number(/(\d+)\D*$/u.exec(task.path.at(-1) ?? '')?.[1]);
  return last(next) === last(previous) + 1;
}
