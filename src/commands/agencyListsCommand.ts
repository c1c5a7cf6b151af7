import type { Lang, WorkbookPort } from '../domain';
import { generateAgencySheets } from '../domain';
import type { CommandEvent } from './checkCommand';
import type { CommandReporting } from './tellOfficer';
import { tellFailure } from './tellOfficer';

export interface AgencyListsCommandDeps extends CommandReporting {
  port: WorkbookPort;
  lang: Lang;
}

/**
 * The ribbon's **Danh sách theo cơ quan**: from the active sheet, writes one sheet per agency and the index
 * "Tổng hợp theo cơ quan", replacing the sheets an earlier run wrote, and shows the index (Excel has no toast
 * for function commands: the index, with its totals and links, is the outcome). When the active sheet is
 * one the add-in wrote, the officer's only other sheet is used. A failure, a sheet that is no appendix
 * included, is told in a dialog (tellFailure). `event.completed()` is always called, after the dialog is
 * dismissed (Excel queues further clicks until then, and closes the command's runtime after 5 minutes).
 * @example Office.actions.associate('generateAgencyLists', (event) => runAgencyListsCommand(event, deps))
 */
export async function runAgencyListsCommand(
  event: CommandEvent,
  deps: AgencyListsCommandDeps,
): Promise<void> {
  try {
    await generateAgencySheets(deps.port, { lang: deps.lang, activateIndex: true });
  } catch (error) {
    await tellFailure(error, deps);
  } finally {
    event.completed();
  }
}
