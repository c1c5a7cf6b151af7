import { workbookRegistry } from '../agencies';
import type { Delegation, DelegationSummary } from '../delegations';
import { delegationReport } from '../delegations';
import type { AgencyRegistry } from '../agencies';
import { parseAppendix } from '../appendix';
import type { CellChange, Renumbering } from '../fixes';
import { proposeFixes, renumberings } from '../fixes';
import type { Review, ReviewedFinding } from '../reviews';
import { findingCellText, isReviewable, readReviewsSheet, setAsideReviewed } from '../reviews';
import { UnusableWorkbookError } from '../errors';
import { formatError } from '../messages';
import type { Lang } from '../messages';
import type { CheckWriteOutcome, HostCapabilities, WorkbookPort, WorkbookSnapshot } from '../port';
import { validate } from '../rules';
import type { TaskAnalysis } from '../rules';
import type { Appendix, Finding } from '../schema';
import { DEFAULT_SETTINGS } from '../settings';
import type { Settings } from '../settings';
import { cellMarks } from './cellMarks';
import { failureSheetSpec, resultSheetSpec } from './resultSheet';
import { readSettingsSheet } from './settingsSheet';

export interface CheckOptions {
  /** The sheet to check; the active one when absent. */
  sheetName?: string;
  lang?: Lang;
  /** When the check runs, as the officer reads it ("23/11/2026 09:15"); the edge owns the clock. */
  checkedAt: string;
  /** Show the result sheet afterwards (the ribbon command); the task pane shows the outcome itself. */
  activateResult?: boolean;
}

export interface CheckOutcome {
  appendix: Appendix;
  /** Settings-sheet and registry-sheet findings first, then the appendix's, in sheet order. */
  findings: Finding[];
  /** What the rules parsed from each task (citations, time frame, funding, agencies), parallel to tasks. */
  analyses: TaskAnalysis[];
  /** The date agency names were judged as of. */
  planDate: string | null;
  settings: Settings;
  /** The agency registry used: the defaults with the workbook's "Danh mục cơ quan". */
  registry: AgencyRegistry;
  sheetNames: string[];
  capabilities: HostCapabilities;
  written: CheckWriteOutcome;
  /** How many cells of the appendix this check marked (each with its note, where the host has notes). */
  markedCells: number;
  /** On a delegations appendix: each delegation read and their totals (what the result sheet shows). */
  delegations?: { rows: Delegation[]; summary: DelegationSummary };
  /** The cells the safe fixes would rewrite, as read by this check (the preview; nothing written yet). */
  fixes: CellChange[];
  /** Sibling groups with a numbering fault, numbered on from their first: offered one at a time. */
  renumberings: Renumbering[];
  /** Findings the officer marked reviewed, set apart from `findings` (not marked, not counted). */
  reviewed: ReviewedFinding[];
  /** The reviews still worth keeping (what "Phát hiện đã xem" will hold after the next save). */
  reviews: Review[];
  /** The text of each cell with a finding the officer may review, as a review records it. */
  cellTexts: Record<string, string>;
}

/**
 * The one-click check, shared by the ribbon command, the task pane and the workbench: read the workbook
 * (one port call), parse and validate (pure), then mark the findings and write the result sheet (one port
 * call). An unusable sheet throws the core's UnusableWorkbookError before anything is written.
 * @example await checkWorkbook(excelWorkbook, { checkedAt: '23/11/2026 09:15' }) → { findings: [...], written: {...} }
 */
export async function checkWorkbook(port: WorkbookPort, options: CheckOptions): Promise<CheckOutcome> {
  const lang = options.lang ?? 'vi';
  const snapshot = await port.read(options.sheetName);
  const appendix = await parseOrReport(port, snapshot, options);
  const fromSheet = snapshot.settings
    ? readSettingsSheet(snapshot.settings)
    : { settings: DEFAULT_SETTINGS, findings: [] };
  const { registry, findings: registryFindings } = workbookRegistry(snapshot.registry);
  const validation = validate(appendix, fromSheet.settings, { registry });
  // The findings the officer reviewed (and whose cells have not changed since) are set apart.
  const {
    open: findings,
    reviewed,
    live,
  } = setAsideReviewed(
    [...fromSheet.findings, ...registryFindings, ...validation.findings],
    snapshot.reviews ? readReviewsSheet(snapshot.reviews) : [],
    snapshot.grid,
  );
  const delegations =
    appendix.kind === 'delegations' ? delegationReport(appendix, validation.analyses) : undefined;
  const marks = cellMarks(
    findings,
    appendix.sheet,
    { rowColumn: appendix.columns.tt ?? 'A', headerRow: appendix.headerRow },
    lang,
  );
  const written = await port.writeCheck({
    sheetName: appendix.sheet,
    marks,
    result: resultSheetSpec({
      appendix,
      findings,
      asOf: validation.planDate,
      checkedAt: options.checkedAt,
      lang,
      ...(delegations ? { delegations } : {}),
      reviewed,
    }),
    existing: snapshot.existing,
    activateResult: options.activateResult ?? false,
  });
  return {
    appendix,
    findings,
    analyses: validation.analyses,
    planDate: validation.planDate,
    settings: fromSheet.settings,
    registry,
    sheetNames: snapshot.sheetNames,
    capabilities: snapshot.capabilities,
    written,
    markedCells: marks.length,
    ...(delegations ? { delegations } : {}),
    fixes: proposeFixes({ grid: snapshot.grid, appendix, analyses: validation.analyses, findings }),
    renumberings: renumberings(appendix, snapshot.grid, findings),
    reviewed,
    reviews: live,
    cellTexts: Object.fromEntries(
      findings.flatMap((f) =>
        isReviewable(f) && f.cell ? [[f.cell, findingCellText(snapshot.grid, f.cell)]] : [],
      ),
    ),
  };
}

/**
 * The appendix, or the core's UnusableWorkbookError — first written to the result sheet when the ribbon
 * command asked for one, since it has no pane to show it in. Marks and notes stay as they were.
 */
async function parseOrReport(
  port: WorkbookPort,
  snapshot: WorkbookSnapshot,
  options: CheckOptions,
): Promise<Appendix> {
  try {
    return parseAppendix(snapshot.grid);
  } catch (error) {
    if (error instanceof UnusableWorkbookError && options.activateResult) {
      const sheet = snapshot.grid.sheetName;
      const lang = options.lang ?? 'vi';
      await port.writeCheck({
        sheetName: sheet,
        marks: [],
        result: failureSheetSpec({
          sheet,
          message: formatError(error, lang),
          checkedAt: options.checkedAt,
          lang,
        }),
        existing: { ...snapshot.existing, markIds: [], notes: [] },
        activateResult: true,
      });
    }
    throw error;
  }
}
