import type { LinkCell, SheetSpec, SpecCell } from '../domain';
import {
  columnPoints,
  firstCellText,
  sheetReference,
  SHEET_TAG_PROPERTY,
  sheetTagValue,
  specCellText,
} from '../domain';
import { literalBlock } from './literalText';
import type { RequestBudget } from './payload';
import { CALL_BYTES, payloadBytes } from './payload';

/**
 * Queues the drawing of a sheet spec onto a worksheet that is new or was just cleared: title lines merged
 * across the table, a bold header, text cells formatted as text and written literally, links to cells,
 * widths, wrapping and a frozen header. No sync of its own except when the budget says the request is full.
 * `visibility` is the sheet's now (a new sheet is visible): a hidden spec hides only a visible sheet, and a
 * sheet the officer hid stays hidden, because `Worksheet.visibility` is not undoable on Windows and Mac (it
 * clears the undo stack, and fails inside an undo group).
 * @example await writeSheet(sheet, resultSheetSpec(…), budget)
 */
export async function writeSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget,
  visibility: `${Excel.SheetVisibility}` = 'Visible',
): Promise<void> {
  const width = spec.header.length;
  const titleRows = spec.title.length;
  spec.title.forEach((line, i) => {
    const row = sheet.getRangeByIndexes(i, 0, 1, width);
    row.merge(false);
    const { formats, values } = literalBlock([[line]]);
    row.numberFormat = [Array<string>(width).fill('@')];
    row.getCell(0, 0).numberFormat = formats;
    row.getCell(0, 0).values = values;
    row.format.font.bold = i === 0;
  });
  const header = sheet.getRangeByIndexes(titleRows, 0, 1, width);
  const head = literalBlock([spec.header]);
  header.numberFormat = head.formats;
  header.values = head.values;
  header.format.font.bold = true;
  header.format.fill.color = '#D9E1F2';
  spec.widths.forEach((chars, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(chars);
  });
  await writeRows(sheet, spec.rows, titleRows + 1, width, budget);
  sheet.freezePanes.freezeRows(titleRows + 1);
  if (spec.hidden && visibility === 'Visible') sheet.visibility = 'Hidden';
}

/** Data rows in blocks that fit the request budget; each block as one 2D array (never cell by cell). */
async function writeRows(
  sheet: Excel.Worksheet,
  rows: SpecCell[][],
  firstRowIndex: number,
  width: number,
  budget: RequestBudget,
): Promise<void> {
  const BLOCK = 500;
  for (let start = 0; start < rows.length; start += BLOCK) {
    const block = rows.slice(start, start + BLOCK).map((row) => pad(row, width));
    const { formats, values } = literalBlock(block.map((row) => row.map(specCellText)));
    const links = block.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        typeof cell === 'object' ? [{ rowIndex: firstRowIndex + start + r, c, link: linkTo(cell) }] : [],
      ),
    );
    // One call per link (there is no bulk hyperlink API): for thousands of findings the links, not the
    // values, are most of the request.
    const linkBytes = links.reduce((sum, { link }) => sum + payloadBytes(link) + CALL_BYTES, 0);
    await budget.spend(payloadBytes(values) + payloadBytes(formats) + 5 * CALL_BYTES + linkBytes);
    const range = sheet.getRangeByIndexes(firstRowIndex + start, 0, block.length, width);
    range.numberFormat = formats;
    range.values = values;
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
    for (const { rowIndex, c, link } of links) sheet.getCell(rowIndex, c).hyperlink = link;
  }
}

function linkTo(cell: LinkCell): Excel.RangeHyperlink {
  return { documentReference: sheetReference(cell.link.sheet, cell.link.cell), textToDisplay: cell.text };
}

function pad(row: SpecCell[], width: number): SpecCell[] {
  return row.length >= width
    ? row.slice(0, width)
    : [...row, ...Array<SpecCell>(width - row.length).fill('')];
}

/**
 * Tags a sheet the add-in just wrote with its tag, name and first cell (sheetTagValue), so later runs find
 * it and never mistake an officer's sheet — or a renamed or copied one — for it.
 */
export function tagSheet(
  sheet: Excel.Worksheet,
  spec: Pick<SheetSpec, 'tag' | 'title' | 'header'>,
  name: string,
): void {
  sheet.customProperties.add(SHEET_TAG_PROPERTY, sheetTagValue(spec.tag, name, firstCellText(spec)));
}
