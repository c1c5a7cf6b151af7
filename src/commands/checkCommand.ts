import type { Lang, WorkbookPort } from '../domain';
import { checkWorkbook, formatCheckedAt } from '../domain';

/** Excel's side of a function command: `completed()` must be called whatever happens. */
export interface CommandEvent {
  completed(): void;
}

export interface CheckCommandDeps {
  port: WorkbookPort;
  lang: Lang;
  now: () => Date;
  /** Where an unexpected failure goes (Office shows no toast for function commands); the console by default. */
  report?: (error: unknown) => void;
}

/**
 * The ribbon's **Kiểm tra**: checks the active sheet without opening the task pane. Excel has no toast for
 * function commands, so the outcome is the result sheet, activated: the summary at its top, every finding
 * linked to its cell, the findings marked in the sheet. A sheet that cannot be checked gets the reason on
 * the result sheet instead. `event.completed()` is always called (Excel queues further clicks until then,
 * and closes the command's runtime after 5 minutes).
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
    (deps.report ?? console.error)(error);
  } finally {
    event.completed();
  }
}
