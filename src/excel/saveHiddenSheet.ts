import type { SheetSpec } from '../domain';
import { sheetNameFor } from '../domain';
import { RequestBudget } from './payload';
import { ownedTag, queueTag } from './readWorkbook';
import { generatedSheet } from './writeCheck';
import { writeSheet } from './writeSheet';

/**
 * Writes one of the add-in's hidden sheets — settings, reviewed findings — (tagged) over the one of the same
 * tag saved before, or as a new sheet. Three round trips: which sheets exist; which of them is the add-in's
 * sheet of that tag (the tags need the sheets' proxies); the write.
 * @example await runExcel((context) => saveHiddenSheet(context, settingsSheetSpec(settings)))
 */
export async function saveHiddenSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
): Promise<{ name: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const tags = worksheets.items.map((ws) => ({
    name: ws.name,
    visibility: ws.visibility,
    tag: queueTag(ws),
  }));
  await context.sync();
  const sheets = tags.map(({ name, tag }) =>
    ownedTag(tag, name) === spec.tag ? { name, tag: spec.tag } : { name },
  );
  const choice = sheetNameFor(spec.name, spec.tag, sheets);
  const sheet = generatedSheet(context, choice, spec);
  const budget = new RequestBudget(context);
  // A reused settings sheet is normally hidden already: not hiding it again keeps the officer's undo stack.
  const visibility = choice.reuse ? tags.find((t) => t.name === choice.name)?.visibility : undefined;
  await writeSheet(sheet, spec, budget, visibility);
  await budget.flush();
  return { name: choice.name };
}
