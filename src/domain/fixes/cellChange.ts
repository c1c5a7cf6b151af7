import type { CellValue } from '../grid';

/** The findings a safe, mechanical fix exists for: the fix changes only what the finding names. */
export const FIXABLE_CODES = [
  'legacy-encoding',
  'non-nfc-text',
  'agency-name-variant',
  'agency-name-inconsistent',
  // Only a known name written with a word left out ("Sở Thông tin truyền thông"): a guessed name is no fix.
  'agency-typo',
  'malformed-citation',
  'extra-whitespace',
  // Only letters drawn like others ("BТС" with a Cyrillic Т, "Ð" for "Đ"): a stray or foreign letter is retyped.
  'odd-letter',
] as const;
export type FixableCode = (typeof FIXABLE_CODES)[number];

export function isFixableCode(code: string): code is FixableCode {
  return (FIXABLE_CODES as readonly string[]).includes(code);
}

/** One cell a fix would rewrite: its text now and after, and the findings the change answers. */
export interface CellChange {
  sheet: string;
  cell: string;
  rowNumber: number;
  column: string;
  before: string;
  after: string;
  codes: FixableCode[];
}

/** Why a change from a preview was not written. */
export type SkipReason = 'changed' | 'formula' | 'formatted' | 'missing';

export interface SkippedChange {
  change: CellChange;
  reason: SkipReason;
}

/** The cell as the workbook holds it at the moment of applying. */
export interface CellNow {
  value: CellValue;
  /** The cell holds a formula (its value is a result, not the officer's text). */
  formula: boolean;
  /** Parts of its text are formatted apart (a bold word): one plain string would flatten them. */
  formatted?: boolean;
}

/**
 * Splits a preview's changes into those still safe to write and those to skip: a cell the officer changed
 * since the preview (its value is no longer the text the preview showed), that now holds a formula, or
 * whose words are formatted apart is never overwritten. Both adapters apply through this, so the rule is one.
 * @example sortOutChanges([change], () => ({ value: change.before, formula: false })).write.length === 1
 */
export function sortOutChanges(
  changes: readonly CellChange[],
  now: (change: CellChange) => CellNow | undefined,
): { write: CellChange[]; skipped: SkippedChange[] } {
  const write: CellChange[] = [];
  const skipped: SkippedChange[] = [];
  for (const change of changes) {
    const cell = now(change);
    if (!cell) skipped.push({ change, reason: 'missing' });
    else if (cell.formula) skipped.push({ change, reason: 'formula' });
    else if (cell.formatted) skipped.push({ change, reason: 'formatted' });
    // A number cell (a TT renumbered) compares by its text: 7 is the "7" the preview showed; an empty
    // cell is the "" of a blank field the form fills.
    else if ((cell.value === null ? '' : String(cell.value)) !== change.before)
      skipped.push({ change, reason: 'changed' });
    else write.push(change);
  }
  return { write, skipped };
}

/** The changes of each sheet, in their order. */
export function changesBySheet(changes: readonly CellChange[]): Map<string, CellChange[]> {
  const groups = new Map<string, CellChange[]>();
  for (const change of changes) {
    const group = groups.get(change.sheet) ?? [];
    group.push(change);
    groups.set(change.sheet, group);
  }
  return groups;
}

/** What applying a preview did: the cells written, and those skipped with why. */
export interface ApplyOutcome {
  written: CellChange[];
  skipped: SkippedChange[];
}
