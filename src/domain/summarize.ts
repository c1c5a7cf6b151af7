import type { Appendix, Finding, Summary } from './schema';

/** Counts for the report header: what was read and how many findings of each severity. */
export function summarize(appendix: Appendix, findings: readonly Finding[] = appendix.findings): Summary {
  // Rows inside the table only: blank lines among the title rows are layout, not gaps.
  const count = (kind: string) =>
    appendix.rowKinds.filter((row) => row.row > appendix.headerRow && row.kind === kind).length;
  const severity = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    sections: appendix.sections.filter((s) => s.kind === 'section').length,
    groups: appendix.sections.filter((s) => s.kind === 'group').length,
    tasks: appendix.tasks.length,
    continuationRows: count('continuation'),
    blankRows: count('blank'),
    notes: appendix.notes.length,
    errors: severity('error'),
    warnings: severity('warning'),
    infos: severity('info'),
  };
}
