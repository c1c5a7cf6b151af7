import type { CheckReport, Finding, Lang, ReviewedFinding, TaskAnalysis, Validation } from '../domain';
import { delegationReport, formatFinding, summarize } from '../domain';
import type { ReadResult } from '../xlsx';

/**
 * The JSON report: the appendix model, what the rules parsed from each task, how the sheet was chosen,
 * counts, and the findings of the rule catalogue worded in the chosen language.
 */
export function buildReport(
  file: string,
  result: ReadResult,
  validation: Validation,
  lang: Lang,
  reviewed: readonly ReviewedFinding[] = [],
): CheckReport {
  const { appendix } = result;
  // The parser's own findings reach the report through their rules in validation.findings.
  const { findings, tasks, ...model } = appendix;
  return {
    file,
    ...model,
    tasks: tasks.map((task, i) => {
      const analysis = validation.analyses[i] as TaskAnalysis;
      return {
        ...task,
        citations: analysis.citations,
        timeframe: analysis.timeframe,
        funding: analysis.funding,
        leadAgencies: analysis.leadAgencies.map((m) => ({
          text: m.text,
          name: m.entry?.name ?? null,
          id: m.entry?.id ?? null,
          variant: m.variant,
          vague: m.vague,
          collective: m.collective,
          ...(m.supporting ? { supporting: true } : {}),
        })),
      };
    }),
    checkedAsOf: validation.planDate,
    sheetChoice: { picked: result.picked, candidates: result.candidates },
    summary: summarize(appendix, validation.findings),
    ...(appendix.kind === 'delegations'
      ? { delegations: delegationReport(appendix, validation.analyses) }
      : {}),
    findings: validation.findings.map((finding) => reportFinding(finding, appendix.sheet, lang)),
    ...(reviewed.length > 0
      ? {
          reviewed: reviewed.map(({ finding, review }) => ({
            ...reportFinding(finding, appendix.sheet, lang),
            reason: review.reason,
            reviewedAt: review.reviewedAt,
          })),
        }
      : {}),
  };
}

function reportFinding(finding: Finding, sheet: string, lang: Lang): CheckReport['findings'][number] {
  return {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet ?? sheet,
    row: finding.rowNumber,
    column: finding.column ?? null,
    cell: finding.cell ?? null,
    message: formatFinding(finding, lang),
    data: finding.data,
  };
}
