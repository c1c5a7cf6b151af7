import { REGISTRY_SHEET_NAME, workbookRegistry } from '../agencies';
import { APPENDIX_TABLE, companionSheet, DELEGATION_TABLE, parseAppendix } from '../appendix';
import { readSettingsSheet } from '../check';
import { UnusableWorkbookError } from '../errors';
import { applyPlanScope } from '../planScope';
import type { Lang } from '../messages';
import type { AgencySheetsOutcome, WorkbookPort, WorkbookSnapshot } from '../port';
import type { Appendix } from '../schema';
import type { AgencyLists, AgencySheetName } from '../views';
import { buildAgencyLists, sheetNameKey } from '../views';
import { agencySheetSpecs } from './agencySheetSpecs';
import { isAgencySheet } from './planAgencySheets';

export interface AgencySheetsOptions {
  /** The appendix sheet; the active one when absent. */
  sheetName?: string;
  lang?: Lang;
  /** ISO date the lists are drawn as of; else the settings sheet's, else the plan's own date. */
  planDate?: string;
  /** Show the index sheet afterwards (the ribbon command); the task pane shows the outcome itself. */
  activateIndex?: boolean;
}

export interface AgencySheetsResult {
  appendix: Appendix;
  lists: AgencyLists;
  /** The date the lists were drawn as of (null: every agency as the appendix names it). */
  planDate: string | null;
  written: AgencySheetsOutcome;
  /** Sheets that could not take the wanted name because a sheet of the officer's holds it. */
  renamed: Array<{ wanted: string; name: string }>;
  /** Every sheet's name by list key (index: INDEX_SHEET_KEY), for links from the task pane. */
  names: { index: AgencySheetName; lists: AgencySheetName[] };
}

/**
 * "Tạo danh sách theo cơ quan", shared by the ribbon command and the task pane: read the workbook (one port
 * call), parse the appendix, draw the lists with the workbook's registry and plan date, name the sheets
 * around the officer's own, then write the index and one sheet per agency, replacing exactly the sheets an
 * earlier run wrote (one port call). The appendix is never changed.
 * @example await generateAgencySheets(port, { sheetName: 'Phụ lục 1' }) // { written: { written: ['Tổng hợp theo cơ quan', 'VP Đoàn ĐBQH và HĐND', …], removed: [] }, … }
 */
export async function generateAgencySheets(
  port: WorkbookPort,
  options: AgencySheetsOptions = {},
): Promise<AgencySheetsResult> {
  const lang = options.lang ?? 'vi';
  const snapshot = await readAppendixSheet(port, options.sheetName);
  const { registry } = workbookRegistry(snapshot.registry);
  const settings = snapshot.settings ? readSettingsSheet(snapshot.settings).settings : undefined;
  const pair = await planAppendices(port, snapshot, parseAppendix(snapshot.grid));
  // A delegations list with no task matrix beside it: there are no task lists to add its part to.
  if (pair.tasks.kind !== 'tasks')
    throw new UnusableWorkbookError('wrong-kind', { sheet: pair.tasks.sheet, kind: pair.tasks.kind });
  // The officer's province and period win over the title rows' (as in the check).
  const appendix = settings ? applyPlanScope(pair.tasks, settings) : pair.tasks;
  const planDate = options.planDate ?? settings?.planDate ?? appendix.plan.date;
  const lists = buildAgencyLists(appendix, {
    registry,
    planDate,
    ...(settings ? { closing: settings } : {}),
    ...(pair.delegations ? { delegations: pair.delegations } : {}),
  });
  const taken = snapshot.existing.sheets.filter((sheet) => !isAgencySheet(sheet)).map((sheet) => sheet.name);
  const specs = agencySheetSpecs(lists, taken, lang);
  const written = await port.writeAgencySheets({
    index: specs.index,
    lists: specs.lists,
    existing: snapshot.existing,
    activateIndex: options.activateIndex ?? false,
  });
  const renamed = [specs.names.index, ...specs.names.lists]
    .filter((name) => name.clash === 'taken')
    .map(({ wanted, name }) => ({ wanted, name }));
  return { appendix, lists, planDate, written, renamed, names: specs.names };
}

// Sheets read at most in search of the other appendix: a workbook of a plan holds a handful.
const COMPANION_READS = 8;

/**
 * The plan's task matrix and its delegations list: the sheet read, and the first of the officer's other
 * sheets (tab order, registry and the add-in's own sheets aside) whose header is of the other kind. A
 * delegations sheet read first is paired with the task sheet, which then leads.
 */
async function planAppendices(
  port: WorkbookPort,
  snapshot: WorkbookSnapshot,
  read: Appendix,
): Promise<{ tasks: Appendix; delegations?: Appendix }> {
  const wanted = read.kind === 'tasks' ? 'delegations' : 'tasks';
  const ours = new Set(
    snapshot.existing.sheets.filter((s) => s.tag !== undefined).map((s) => sheetNameKey(s.name)),
  );
  const others = snapshot.sheetNames.filter((name) => {
    const key = sheetNameKey(name);
    return key !== sheetNameKey(read.sheet) && key !== sheetNameKey(REGISTRY_SHEET_NAME) && !ours.has(key);
  });
  for (const name of others.slice(0, COMPANION_READS)) {
    const { grid } = await port.read(name);
    const companion = companionSheet([grid], read.sheet, wanted);
    if (!companion) continue;
    const other = parseAppendix(companion, wanted === 'tasks' ? APPENDIX_TABLE : DELEGATION_TABLE);
    return wanted === 'tasks' ? { tasks: other, delegations: read } : { tasks: read, delegations: other };
  }
  return { tasks: read };
}

/**
 * The snapshot of the appendix sheet. The ribbon reads the active sheet, which is often a sheet the add-in
 * wrote (the index it activated last time): lists drawn from it would replace the very sheets they come
 * from. Then the officer's only other sheet is read instead (registry sheet aside); with several, the
 * add-in cannot tell which appendix was meant and says so rather than guess.
 */
async function readAppendixSheet(
  port: WorkbookPort,
  sheetName: string | undefined,
): Promise<WorkbookSnapshot> {
  const snapshot = await port.read(sheetName);
  const key = sheetNameKey(snapshot.grid.sheetName);
  const read = snapshot.existing.sheets.find((sheet) => sheetNameKey(sheet.name) === key);
  if (read?.tag === undefined) return snapshot;
  const candidates = snapshot.sheetNames.filter(
    (name) => sheetNameKey(name) !== sheetNameKey(REGISTRY_SHEET_NAME),
  );
  if (sheetName === undefined && candidates.length === 1 && candidates[0] !== undefined)
    return port.read(candidates[0]);
  throw new UnusableWorkbookError('no-such-sheet', { available: candidates.join(', ') });
}
