import type { Delegation, DelegationSummary } from '../delegations';
import { delegationSummaryLines } from '../delegations';
import { formatFinding, repeatedFindings, severityLabel, SHEET_FINDING_TITLES } from '../messages';
import type { RepeatedFinding } from '../messages';
import type { Lang } from '../messages';
import { RULES } from '../rules';
import type { ReviewedFinding } from '../reviews';
import type { Appendix, Finding } from '../schema';
import type { SheetSpec, SpecCell } from '../sheetSpec';
import { summarize } from '../summarize';
import { maxOf } from '../arrays';
import { countsInWords, findingsBySection, sectionLabel, severityBar } from '../views/findingsBySection';
import type { SectionFindings } from '../views/findingsBySection';
import { SHEET_STRINGS } from './strings';

export interface ResultSheetInput {
  appendix: Appendix;
  findings: readonly Finding[];
  /** The date agency names were judged as of (validate's planDate). */
  asOf: string | null;
  /** When the check ran, as the officer reads it (the edge formats the clock). */
  checkedAt: string;
  lang?: Lang;
  /** On a delegations appendix: the delegations read and their totals, shown above the findings. */
  delegations?: { rows: readonly Delegation[]; summary: DelegationSummary };
  /** Findings the officer marked reviewed: listed apart below the others, not counted. */
  reviewed?: readonly ReviewedFinding[];
}

/**
 * The "Kết quả kiểm tra" sheet: a summary at the top, then one row per finding, in sheet order, with a link
 * to its cell (on the appendix sheet, or on the registry sheet for registry findings). A finding repeated
 * word for word on several cells is one row, linked to its first cell, that lists them all.
 * @example resultSheetSpec({ appendix, findings, asOf: '2024-03-11', checkedAt: '23/11/2026 09:15' }).rows[0]
 *   → [{ text: 'A7', link: { sheet: 'Phụ lục 1', cell: 'A7' } }, 7, 'Thông tin', 'Nhiệm vụ không có số TT', …]
 */
export function resultSheetSpec(input: ResultSheetInput): SheetSpec {
  const { appendix, findings, asOf, checkedAt, lang = 'vi', delegations, reviewed = [] } = input;
  const t = SHEET_STRINGS[lang];
  const summary = summarize(appendix, [...findings]);
  const title = [
    t.resultTitle(appendix.sheet, appendix.headerRow),
    ...(appendix.plan.reference ? [t.plan(appendix.plan.reference)] : []),
    t.checked(checkedAt, asOf),
    t.counts(summary.tasks, summary.errors, summary.warnings, summary.infos, appendix.kind === 'delegations'),
    ...(delegations ? delegationSummaryLines(delegations.rows, delegations.summary, lang) : []),
    ...(findings.length === 0 ? [t.none] : sectionLines(appendix, findings, lang)),
  ];
  const rowColumn = appendix.columns.tt ?? 'A';
  return {
    name: t.resultSheet,
    tag: 'result',
    title,
    header: [...t.resultHeader],
    rows: [
      ...repeatedFindings(findings, (f) => formatFinding(f, lang)).map((repeat) =>
        findingRow(repeat, appendix.sheet, rowColumn, lang),
      ),
      ...reviewedRows(reviewed, appendix.sheet, rowColumn, lang),
    ],
    widths: [9, 7, 11, 30, 90, 12],
  };
}

/** Bars of the busiest section's width, in glyphs. */
const BAR_WIDTH = 30;

/**
 * Where the problems are, one line per top-level section with findings: its TT and title, a text bar (one
 * glyph per severity, the busiest section the longest) and the counts in words. None for a single section.
 * @example sectionLines(appendix, findings, 'vi')[1] // 'II CÔNG TÁC NGOẠI GIAO NHÀ NƯỚC  ▓▓▓▓░  4 cảnh báo, 1 thông tin'
 */
function sectionLines(appendix: Appendix, findings: readonly Finding[], lang: Lang): string[] {
  const t = SHEET_STRINGS[lang];
  const sections = findingsBySection(appendix, findings);
  if (sections.length < 2) return [];
  const total = ({ counts }: SectionFindings) => counts.error + counts.warning + counts.info;
  const most = maxOf(sections.map(total));
  return [
    t.bySection,
    ...sections.map(
      (section) =>
        `${sectionLabel(section, lang)}  ${severityBar(section.counts, most, BAR_WIDTH)}  ${countsInWords(section.counts, lang)}`,
    ),
  ];
}

/** The reviewed findings under a heading row of their own: when and why, in place of the severity. */
function reviewedRows(
  reviewed: readonly ReviewedFinding[],
  appendixSheet: string,
  rowColumn: string,
  lang: Lang,
): SpecCell[][] {
  if (reviewed.length === 0) return [];
  const t = SHEET_STRINGS[lang];
  return [
    [],
    [t.reviewedHeading(reviewed.length)],
    ...reviewed.map(({ finding, review }) => {
      const message = formatFinding(finding, lang);
      const row = findingRow({ first: finding, all: [finding], message }, appendixSheet, rowColumn, lang);
      row[2] = review.reviewedAt;
      row[4] = review.reason ? `${message} — ${review.reason}` : message;
      return row;
    }),
  ];
}

/** The cells the result sheet lists for one repeated finding, at most this many (then "…"). */
const LISTED_CELLS = 30;

function findingRow(
  repeat: RepeatedFinding,
  appendixSheet: string,
  rowColumn: string,
  lang: Lang,
): SpecCell[] {
  const { first: finding } = repeat;
  const cellOf = (f: Finding) => f.cell ?? `${f.column ?? rowColumn}${f.rowNumber}`;
  const cell = cellOf(finding);
  const sheet = finding.sheet ?? appendixSheet;
  const where = sheet === appendixSheet ? cell : `${sheet}!${cell}`;
  const count = repeat.all.length;
  const cells =
    repeat.all.slice(0, LISTED_CELLS).map(cellOf).join(', ') + (count > LISTED_CELLS ? ', …' : '');
  return [
    { text: where, link: { sheet, cell } },
    finding.rowNumber,
    severityLabel(finding.severity, lang),
    ruleTitle(finding.code, lang),
    count > 1 ? `${repeat.message} (${SHEET_STRINGS[lang].repeated(count, cells)})` : repeat.message,
    // The rule's code, for IT and the JSON: last and narrow, after what the officer reads.
    finding.code,
  ];
}

const TITLES = new Map(RULES.map((rule) => [rule.meta.code, rule.meta.title]));

/** The rule's title in the language (findings of the registry and settings sheets included), else its code. */
export function ruleTitle(code: string, lang: Lang): string {
  return (TITLES.get(code) ?? SHEET_FINDING_TITLES[code])?.[lang] ?? code;
}

/**
 * The result sheet when the sheet could not be checked at all (no header, an empty sheet): the ribbon
 * command has no pane, so the officer reads why here.
 * @example failureSheetSpec({ sheet: 'Sheet1', message: 'Không thấy dòng tiêu đề …', checkedAt: '…' }).title[0]
 *   → 'KHÔNG KIỂM TRA ĐƯỢC trang "Sheet1"'
 */
export function failureSheetSpec(input: {
  sheet: string;
  message: string;
  checkedAt: string;
  lang?: Lang;
}): SheetSpec {
  const t = SHEET_STRINGS[input.lang ?? 'vi'];
  return {
    name: t.resultSheet,
    tag: 'result',
    title: [t.failedTitle(input.sheet), input.message, t.checked(input.checkedAt, null)],
    header: [...t.resultHeader],
    rows: [],
    widths: [9, 7, 11, 30, 90, 12],
  };
}
