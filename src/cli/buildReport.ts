import type { CheckReport, Lang } from '../domain';
import { formatFinding, summarize } from '../domain';
import type { ReadResult } from '../xlsx';

/** The JSON report: the appendix model, how the sheet was chosen, counts, and worded findings. */
export function buildReport(file: string, result: ReadResult, lang: Lang): CheckReport {
  const { appendix } = result;
  const { findings, ...model } = appendix;
  return {
    file,
    ...model,
    sheetChoice: { picked: result.picked, candidates: result.candidates },
    summary: summarize(appendix),
    findings: findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      row: finding.rowNumber,
      column: finding.column ?? null,
      cell: finding.cell ?? null,
      message: formatFinding(finding, lang),
      data: finding.data,
    })),
  };
}
