import type { CheckReport, Field, Lang } from '../domain';
import {
  appendAll,
  appendixKind,
  delegationSummaryLines,
  kindFieldName,
  provinceById,
  repeatedFindings,
  ruleTitle,
  severityLabel,
} from '../domain';
import { STRINGS } from './strings';

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** The human-readable summary `task-matrix check` prints by default. */
export function formatHuman(report: CheckReport, lang: Lang): string {
  const t = STRINGS[lang];
  const lines = [sheetLine(report, lang), headerLine(report, lang)];
  if (report.extraColumns.length > 0) {
    lines.push(t.extraColumns(report.extraColumns.map((c) => `${c.column} "${c.title}"`).join(', ')));
  }
  lines.push(planLine(report, lang));
  const appendixName = [report.plan.appendixName, report.plan.title].filter(Boolean).join(' — ');
  if (appendixName) lines.push(t.appendix(appendixName));
  if (report.delegations)
    appendAll(lines, delegationSummaryLines(report.delegations.rows, report.delegations.summary, lang));
  else lines.push(t.counts(report.summary));
  lines.push(t.findings(report.summary.errors, report.summary.warnings, report.summary.infos));
  appendAll(lines, findingLines(report, lang));
  if (report.reviewed?.length) lines.push(t.reviewed(report.reviewed.length));
  return `${lines.join('\n')}\n`;
}

function sheetLine(report: CheckReport, lang: Lang): string {
  const t = STRINGS[lang];
  const kind = appendixKind(report.kind).name[lang];
  if (report.sheetChoice.picked === 'named') return t.sheetNamed(report.sheet, kind);
  const others = report.sheetChoice.candidates
    .filter((c) => c.sheet !== report.sheet)
    .map((c) => t.otherSheet(c.sheet, c.score, c.kind && appendixKind(c.kind).name[lang]))
    .join('; ');
  return t.sheetAuto(report.sheet, kind, others);
}

function headerLine(report: CheckReport, lang: Lang): string {
  const t = STRINGS[lang];
  const columns = (Object.entries(report.columns) as Array<[Field, string]>)
    .map(([field, letter]) => `${kindFieldName(report.kind, field, lang)}=${letter}`)
    .join(', ');
  return t.header(report.headerRow, columns);
}

function planLine(report: CheckReport, lang: Lang): string {
  const t = STRINGS[lang];
  const { plan } = report;
  if (plan.number === null) return t.planMissing;
  const date = plan.date ? t.dated(plan.date.split('-').reverse().join('/')) : null;
  const parts = [plan.documentType, plan.number, date, plan.issuer ? t.by(plan.issuer) : null];
  if (plan.period) parts.push(t.period(plan.period.from, plan.period.to));
  else if (plan.year !== null) parts.push(t.year(plan.year));
  if (plan.level === 'central') parts.push(t.central);
  else if (plan.province) {
    const province = provinceById(plan.province);
    parts.push(t.province(province ? `${province.level} ${province.name}` : plan.province));
  }
  return t.plan(parts.filter(Boolean).join(' '));
}

/** Findings grouped by severity, then by code, each group with its count. */
function findingLines(report: CheckReport, lang: Lang): string[] {
  if (report.findings.length === 0) return [STRINGS[lang].none];
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = report.findings.filter((f) => f.severity === severity);
    const codes = [...new Set(ofSeverity.map((f) => f.code))];
    for (const code of codes) {
      const group = ofSeverity.filter((f) => f.code === code);
      lines.push(`[${severityLabel(severity, lang)}] ${ruleTitle(code, lang)} (${group.length})`);
      // The same wording on several cells is one line listing them.
      for (const repeat of repeatedFindings(group, (f) => f.message)) {
        const places = repeat.all.map((f) => place(f, report.sheet));
        const where = places.length > 1 ? `${places.join(', ')} (${places.length}×)` : places.join('');
        lines.push(`  ${where.padEnd(6)} ${repeat.message}`);
      }
    }
  }
  return lines;
}

/** The cell (or row) of a finding, prefixed with its sheet when that is not the appendix sheet. */
function place(finding: CheckReport['findings'][number], appendixSheet: string): string {
  const at = finding.cell ?? `${finding.row}`;
  return finding.sheet === appendixSheet ? at : `${finding.sheet}!${at}`;
}
