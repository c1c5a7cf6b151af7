import type { Lang, WorkbookPort } from '../domain';
import { checkWorkbook, formatCheckedAt } from '../domain';
import type { CommandReporting } from './tellOfficer';
import { tellFailure } from './tellOfficer';

/** Excel's side of a function command: `completed()` must be called whatever happens. */
export interface CommandEvent {
  completed(): void;
}

export interface CheckCommandDeps extends CommandReporting {
  port: WorkbookPort;
  lang: Lang;
  now: () => Date;
}

/**
 * The ribbon's **Kiểm tra**: checks the active sheet without opening the task pane. Excel has no toast for
 * function commands, so the outcome is the result sheet, activated: the summary at its top, every finding
 * linked to its cell, the findings marked in the sheet. A sheet that cannot be checked gets the reason on
 * the result sheet instead; any other failure is told in a dialog (tellFailure). `event.completed()` is
 * always called, after the dialog is dismissed (Excel queues further clicks until then, and closes the
 * command's runtime after 5 minutes).
 * @example Office.actions.associate('checkActiveSheet', (event) => runCheckCommand(event, deps))
 */
export async function runCheckCommand(event: CommandEvent, deps: CheckCommandDeps): Promise<void> {
  try {
    await checkWorkbook(deps.port, {
      lang: deps.lang,
      checkedAt: formatCheckedAt(deps.now()),
      activateResult: true,
    });
  } catch (error) {
    await tellFailure(error, deps, true);
  } finally {
    event.completed();
  }
}
