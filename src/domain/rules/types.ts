import type { AgencyRegistry } from '../agencies';
import type { Appendix, Field, Finding, Severity, Task } from '../schema';
import type { PlanPeriod } from '../timeframe';
import type { TaskAnalysis } from './analyzeTasks';

/** What every rule may read: the model, each task's parsed fields, and the plan's date. */
export interface RuleInput {
  appendix: Appendix;
  /** Parallel to appendix.tasks. */
  analyses: readonly TaskAnalysis[];
  /** ISO date the plan is checked "as of" (settings override, else the plan's own date). */
  planDate: string | null;
  planYear: number | null;
  /** The years the plan covers (its title), else from the plan's year on; null when nothing is known. */
  planPeriod: PlanPeriod | null;
  registry: AgencyRegistry;
}

/**
 * A finding as a rule reports it; the rule's code and the effective severity are added by validate(). A
 * rule may report one finding at another severity than its own (a count left to another body's rules is
 * a note, not a warning); the officer's setting for the rule still wins.
 */
export type RuleFinding = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

export interface RuleMeta {
  /** Stable kebab-case code, documented in the README; wording in messages/. */
  code: string;
  severity: Severity;
  title: { vi: string; en: string };
  /** Columns the rule reads (empty for rules on the sheet as a whole). */
  columns: readonly Field[];
}

/** One check of the catalogue: metadata and a pure function. */
export interface Rule {
  meta: RuleMeta;
  check: (input: RuleInput) => RuleFinding[];
}

/** The location of a field of a task: its column letter and cell on the task's first row. */
export function fieldLocation(
  appendix: Appendix,
  task: Task,
  field: Field,
): Pick<RuleFinding, 'column' | 'cell'> {
  const column = appendix.columns[field];
  return column === undefined ? {} : { column, cell: `${column}${task.rows[0]}` };
}
