import type { ParsedTt } from '../../appendix/parseTt';
import { parseTtCached, ttLevel } from '../../appendix/parseTt';
import type { Appendix } from '../../schema';
import { romanValue, VIETNAMESE_LETTERS } from '../../text';
import type { RuleInput } from '../types';

/** A numbered row (section, group or task) with the value its TT stands for among its siblings. */
export interface NumberedEntry {
  row: number;
  tt: ParsedTt;
  parentRow: number | null;
  /**
   * The row its numbering hangs from: the parent row, or a task numbered above it whose items it numbers ("1.1",
   * "a" after a task "1" that has its own lead and time) — so that "2.1" after "1.2", or a second "a" under
   * task "2", starts again instead of running on.
   */
  scopeRow: number | null;
  /** Position the TT claims: 3 for "III", "II.III", "5.3", "C"; NaN when it has none (bullets). */
  value: number;
  /**
   * The position it stands for once an earlier slip is set right: a second "IV" after "IV" stands for V
   * (179/KH-UBND Đồng Nai 2025), so its children 5.1, 5.2 and the "VI" after it are no further faults.
   */
  effective: number;
}

// The Vietnamese alphabet: Đ after D, so "Đ" after "D" is no gap.
const LETTERS = VIETNAMESE_LETTERS;

const cache = new WeakMap<RuleInput, NumberedEntry[]>();

/** Every numbered section, group and task, in sheet order (listed once per validation run: four rules read it). */
export function numberedEntries(input: RuleInput): NumberedEntry[] {
  let entries = cache.get(input);
  if (!entries) {
    entries = listNumberedEntries(input.appendix);
    cache.set(input, entries);
  }
  return entries;
}

/** The numbered entries of an appendix, uncached (for a fix preview outside a validation run). */
export function listNumberedEntries(appendix: Appendix): NumberedEntry[] {
  const rows = [
    // A table's heading numbers tables, not tasks (its "2." follows a "1." above the header).
    ...appendix.sections
      .filter((s) => s.startsTable !== true)
      .map((s) => ({ row: s.row, tt: s.tt, parentRow: s.parentRow })),
    ...appendix.tasks.map((t) => ({ row: t.rows[0], tt: t.tt, parentRow: t.parentRow })),
  ].sort((a, b) => a.row - b.row);
  const entries: NumberedEntry[] = [];
  // The entries above, shallowest first: the last one shallower than an entry is what its number hangs from.
  const open: NumberedEntry[] = [];
  for (const { row, tt: text, parentRow } of rows) {
    const tt = parseTtCached(text);
    if (tt.label === '') continue;
    const level = ttLevel(tt);
    while (open.length > 0 && ttLevel((open.at(-1) as NumberedEntry).tt) >= level) open.pop();
    const above = open.at(-1);
    const scopeRow = above && above.row > (parentRow ?? 0) ? above.row : parentRow;
    const value = valueOf(tt);
    const entry = { row, tt, parentRow, scopeRow, value, effective: value };
    entries.push(entry);
    open.push(entry);
  }
  for (const group of siblingGroups(entries)) {
    const seen = new Set<string>();
    let previous: NumberedEntry | undefined;
    for (const entry of group) {
      if (seen.has(entry.tt.label) && previous && !Number.isNaN(previous.effective))
        entry.effective = previous.effective + 1;
      seen.add(entry.tt.label);
      previous = entry;
    }
  }
  return entries;
}

/**
 * Entries grouped as siblings: the same scope row and the same kind and depth of numbering (the tasks
 * 1, 2, 3 of a section; its sub-sections II.I, II.II; the items 5.1, 5.2 of a group or of task 5).
 */
export function siblingGroups(entries: readonly NumberedEntry[]): NumberedEntry[][] {
  // Keyed by scope row, then by kind and depth: no key string built per entry.
  const byScope = new Map<number, Map<string, NumberedEntry[]>>();
  const groups: NumberedEntry[][] = [];
  for (const entry of entries) {
    const scope = entry.scopeRow ?? 0;
    let inScope = byScope.get(scope);
    if (!inScope) byScope.set(scope, (inScope = new Map()));
    const level = LEVEL_KEYS[entry.tt.parts.length] ?? String(entry.tt.parts.length);
    const key = entry.tt.kind + level;
    const group = inScope.get(key);
    if (group) group.push(entry);
    else {
      const created = [entry];
      inScope.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}

const LEVEL_KEYS = ['|0', '|1', '|2', '|3', '|4', '|5'];

/** A bracketed number counting in Roman numerals: "(i)", "(ii)"; "(a)", "(b)" count in letters. */
export function romanBracket(tt: ParsedTt): boolean {
  return tt.kind === 'bracketed' && /^[ivx]+$/u.test(tt.parts[0] ?? '');
}

function valueOf(tt: ParsedTt): number {
  const last = tt.parts.at(-1) ?? '';
  if (/^\d+$/.test(last)) return Number(last);
  if (romanBracket(tt)) return romanValue(last);
  if (tt.kind === 'letter') return LETTERS.indexOf(last) + 1 || Number.NaN;
  if (tt.kind === 'sub-letter' || tt.kind === 'bracketed')
    return LETTERS.indexOf(last.toUpperCase()) + 1 || Number.NaN;
  return romanValue(last);
}
