import type { AgencyRegistry } from '../agencies';
import { DEFAULT_REGISTRY } from '../agencies';
import type { Appendix, Finding } from '../schema';
import type { Settings } from '../settings';
import { DEFAULT_SETTINGS } from '../settings';
import type { TaskAnalysis } from './analyzeTasks';
import { applyPlanScope } from '../planScope';
import { analyzeTasks } from './analyzeTasks';
import { RULES } from './registry';
import type { Rule, RuleInput } from './types';

export interface ValidateOptions {
  rules?: readonly Rule[];
  /** The agency registry: the default one, merged with the workbook's "Danh mục cơ quan" sheet if any. */
  registry?: AgencyRegistry;
}

export interface Validation {
  findings: Finding[];
  /** Parallel to appendix.tasks: each task's parsed cells. */
  analyses: TaskAnalysis[];
  /** The date the plan was checked as of (settings, else the plan's own). */
  planDate: string | null;
}

/**
 * Runs the rule catalogue over an appendix: the one-click check. Settings switch rules off or change
 * their severity; `planDate` in settings overrides the plan's own date.
 * @example validate(parseAppendix(grid)).findings.filter((f) => f.code === 'missing-legal-basis') → [{ cell: 'E110', … }]
 */
export function validate(
  appendix: Appendix,
  settings: Settings = DEFAULT_SETTINGS,
  options: ValidateOptions = {},
): Validation {
  const { rules = RULES, registry = DEFAULT_REGISTRY } = options;
  // The officer's province and period win over the title rows'.
  const scoped = applyPlanScope(appendix, settings);
  const { plan } = scoped;
  const planDate = settings.planDate ?? plan.date;
  const analyses = analyzeTasks(scoped, registry);
  // A draft dated by its month only is checked as of that month's first day (a body ended before it is
  // outdated whatever the day).
  const asOf = planDate ?? plan.earliestDate ?? null;
  const input: RuleInput = {
    appendix: scoped,
    analyses,
    planDate: asOf,
    planYear: asOf ? Number(asOf.slice(0, 4)) : plan.year,
    planPeriod: plan.period ?? (plan.year === null ? null : { from: plan.year, to: null }),
    registry,
  };
  const findings: Finding[] = [];
  const item = appendix.kind === 'tasks' ? undefined : appendix.kind;
  for (const rule of rules) {
    const setting = settings.rules[rule.meta.code];
    if (setting?.enabled === false) continue;
    for (const { severity: own, ...finding } of rule.check(input))
      findings.push({
        code: rule.meta.code,
        severity: setting?.severity ?? own ?? rule.meta.severity,
        ...finding,
        // The messages name a delegations list's rows "Đoàn", not "Nhiệm vụ".
        ...(item ? { data: { ...finding.data, item } } : {}),
      });
  }
  findings.sort((a, b) => a.rowNumber - b.rowNumber || (a.column ?? '').localeCompare(b.column ?? ''));
  return { findings, analyses, planDate };
}
