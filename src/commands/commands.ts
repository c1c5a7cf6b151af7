import { languageFor } from '../domain';
import { excelWorkbook, hostCapabilities } from '../excel';
import { runCheckCommand } from './checkCommand';

// The composition root of the ribbon's function commands (FunctionFile commands.html). The function name
// must match <FunctionName> in manifest.xml.
void Office.onReady(() => {
  Office.actions.associate('checkActiveSheet', (event: Office.AddinCommands.Event) => {
    const host = hostCapabilities((set, version) => Office.context.requirements.isSetSupported(set, version));
    return runCheckCommand(event, {
      port: excelWorkbook(host),
      lang: languageFor(Office.context.displayLanguage),
      now: () => new Date(),
    });
  });
});
