import type { Lang, WorkbookPort } from '../domain';
import { generateAgencySheets } from '../domain';
import type { CommandEvent } from './checkCommand';

export interface AgencyListsCommandDeps {
  port: WorkbookPort;
  lang: Lang;
  /** Where a failure goes (Office shows no toast for function commands); the console by default. */
  report?: (error: unknown) => void;
}

/**
 * The ribbon's **Danh sách theo cơ quan**: from the active sheet, writes one sheet per agency and the index
 * "Tổng hợp theo cơ quan", replacing the sheets an earlier run wrote, and shows the index (Excel has no toast
 * for function commands: the index, with its totals and links, is the outcome). When the active sheet is
 * one the add-in wrote, the officer's only other sheet is used. `event.completed()` is always called (Excel
 * queues further clicks until then, and closes the command's runtime after 5 minutes).
 * @example Office.actions.associate('generateAgencyLists', (event) => runAgencyListsCommand(event, deps))
 */
export async function runAgencyListsCommand(
  event: CommandEvent,
  deps: AgencyListsCommandDeps,
): Promise<void> {
  try {
    await generateAgencySheets(deps.port, { lang: deps.lang, activateIndex: true });
  } catch (error) {
    (deps.report ?? console.error)(error);
  } finally {
    event.completed();
  }
}
