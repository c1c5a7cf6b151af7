import { isPayloadError, PAYLOAD_BUDGET, payloadBytes } from './payload';

/** A block of a sheet by 0-based indexes, as Office.js addresses ranges. */
export interface Extent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface LoadedRows {
  values: unknown[][];
  text: string[][];
  /** Round trips spent, and the largest response, for the tests' budgets. */
  syncs: number;
  largestResponse: number;
}

/**
 * Bytes a cell's value and display text take together, before anything is measured: a little above the
 * fixture's average (about 115, empty cells included; a long task text or legal basis travels twice, value
 * and text, 2–3 bytes per Vietnamese letter). So an appendix of up to 5,555 rows of 6 columns is read in
 * one chunk (2 round trips in all), and a first chunk only exceeds Excel on the web's 5 MB when its cells
 * average over 150 bytes — then it is asked again at half the rows.
 */
export const FIRST_GUESS_BYTES_PER_CELL = 120;

/**
 * Loads the values and display text of `extent` in row chunks that keep each response under the payload
 * budget: the first chunk is sized by a guess, the next ones by the bytes per row measured so far (with a
 * margin); a chunk Excel rejects as too large is asked again at half the rows. `withFirst` queues other
 * reads into the first round trip (merged areas, small sheets), so a sheet that fits costs one sync.
 * Chunks are whole rows, never part of a row (the grid is built row by row).
 */
export async function loadRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  extent: Extent,
  withFirst: () => void = () => undefined,
): Promise<LoadedRows> {
  const out: LoadedRows = { values: [], text: [], syncs: 0, largestResponse: 0 };
  let bytesPerRow = extent.columnCount * FIRST_GUESS_BYTES_PER_CELL;
  let pendingFirst = true;
  for (let offset = 0; offset < extent.rowCount;) {
    const rows = Math.max(1, Math.min(extent.rowCount - offset, Math.floor(PAYLOAD_BUDGET / bytesPerRow)));
    const range = sheet.getRangeByIndexes(
      extent.rowIndex + offset,
      extent.columnIndex,
      rows,
      extent.columnCount,
    );
    range.load(['values', 'text']);
    if (pendingFirst) withFirst();
    try {
      await context.sync();
    } catch (error) {
      out.syncs++;
      if (!isPayloadError(error) || rows === 1) throw error;
      bytesPerRow = (PAYLOAD_BUDGET / rows) * 2;
      continue;
    }
    out.syncs++;
    pendingFirst = false;
    const bytes = payloadBytes(range.values) + payloadBytes(range.text);
    out.largestResponse = Math.max(out.largestResponse, bytes);
    // Rows differ (a long task next to a section title): keep a margin over the average seen.
    bytesPerRow = Math.max(bytesPerRow / 4, (bytes / rows) * 1.25, 1);
    for (let i = 0; i < rows; i++) {
      out.values.push(range.values[i] ?? []);
      out.text.push(range.text[i] ?? []);
    }
    offset += rows;
  }
  if (pendingFirst) {
    withFirst();
    await context.sync();
    out.syncs++;
  }
  return out;
}
