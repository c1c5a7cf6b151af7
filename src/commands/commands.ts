import type { ListSheetSpec } from '../domain';
import { languageFor } from '../domain';
import { excelWorkbook, hostCapabilities } from '../excel';
import { runAgencyListsCommand } from './agencyListsCommand';
import { runCheckCommand } from './checkCommand';
import { showMessage } from './showMessage';

// The composition root of the ribbon's function commands (FunctionFile commands.html). Each function name
// must match a <FunctionName> in manifest.xml.
void Office.onReady(() => {
  const port = () => {
    const host = hostCapabilities((set, version) => Office.context.requirements.isSetSupported(set, version));
    // ExcelJS is loaded only if a command ever exports a workbook (none does yet): a chunk of its own.
    const buildBytes = (spec: ListSheetSpec) =>
      import('../xlsx').then((xlsx) => xlsx.workbookBytes(xlsx.listWorkbook(spec)));
    return excelWorkbook(host, { buildBytes });
  };
  const lang = () => languageFor(Office.context.displayLanguage);
  // A function command's runtime lasts one click (no shared runtime): nothing is kept between clicks.
  const tell = (message: string) => showMessage(message, lang());
  Office.actions.associate('checkActiveSheet', (event: Office.AddinCommands.Event) =>
    runCheckCommand(event, { port: port(), lang: lang(), now: () => new Date(), tell }),
  );
  Office.actions.associate('generateAgencyLists', (event: Office.AddinCommands.Event) =>
    runAgencyListsCommand(event, { port: port(), lang: lang(), tell }),
  );
});
