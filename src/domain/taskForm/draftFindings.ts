import type { AgencyRegistry } from '../agencies';
import { validate } from '../rules';
import type { Appendix, Finding, Task } from '../schema';
import type { Settings } from '../settings';
import { DEFAULT_SETTINGS } from '../settings';
import type { TaskDraft, TaskPlacement } from './placeTask';

/**
 * What the check would say of the draft task, before it is written: the rules run on the appendix as it
 * is with the draft alone in place of its tasks, so the form can show, as the officer types, an agency
 * the registry does not know, a time frame it cannot read, a citation without its date. Only the findings
 * on the draft's own content cells (the numbering is the form's suggestion).
 * @example draftFindings(appendix, placement, { time: 'Quí IV-2025' }).map((f) => f.code) // ['…']
 */
export function draftFindings(
  appendix: Appendix,
  placement: Pick<TaskPlacement, 'rowNumber' | 'tt'>,
  draft: TaskDraft,
  options: { settings?: Settings; registry?: AgencyRegistry; sectionRow?: number | null } = {},
): Finding[] {
  const row = placement.rowNumber;
  const section = appendix.sections.find((s) => s.row === options.sectionRow);
  const task: Task = {
    rows: [row, row],
    tt: placement.tt,
    path: [...(section?.path ?? []), placement.tt],
    parentRow: options.sectionRow ?? null,
    task: draft.task ?? '',
    lead: draft.lead ?? '',
    time: draft.time ?? '',
    basis: draft.basis ?? '',
    funding: draft.funding ?? '',
    ...(appendix.columns.partners ? { partners: draft.partners ?? '' } : {}),
    extra: {},
    mergedFrom: {},
    continuationRows: [],
  };
  const alone: Appendix = { ...appendix, tasks: [task], findings: [] };
  const content = new Set(
    (['task', 'lead', 'partners', 'time', 'basis', 'funding'] as const).flatMap((field) => {
      const column = appendix.columns[field];
      return column ? [column] : [];
    }),
  );
  return validate(
    alone,
    options.settings ?? DEFAULT_SETTINGS,
    options.registry ? { registry: options.registry } : {},
  ).findings.filter((f) => f.rowNumber === row && f.column !== undefined && content.has(f.column));
}
