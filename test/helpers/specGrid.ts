import type { CellGrid, SheetSpec } from '../../src/domain';
import { specCellText } from '../../src/domain';
import { gridFrom } from './grid';

/**
 * A sheet spec as a reader finds it once drawn: the title lines, the header, then the rows, from A1 (link
 * cells as their text). For tests of what reads a sheet the add-in wrote (the settings sheet).
 */
export function gridFromSpec(spec: SheetSpec, sheetName = spec.name): CellGrid {
  return gridFrom(
    [...spec.title.map((line) => [line]), spec.header, ...spec.rows.map((row) => row.map(specCellText))],
    { sheetName },
  );
}
