import type { CellGrid, CellValue } from '../grid';
import { cellAddress, cellText, cellValue, columnLetter, lastRow } from '../grid';
import type { Finding } from '../schema';
import { isBlank } from '../text';
import { agencyKey } from './agencyKey';
import { entriesByName } from './mergeRegistries';
import { DEFAULT_REGISTRY } from './defaultRegistry';
import { deriveShortName, inferKind, slugId } from './officerEntry';
import { resolveSuccessors } from './resolveSuccessors';
import type { SheetRow } from './resolveSuccessors';
import { issueFindings, RegistryRowSchema } from './registryRow';
import type { Locate, RawRegistryRow, RegistryRow } from './registryRow';
import { findRegistryHeader, REGISTRY_TITLES } from './registryTable';
import type { RegistryField, RegistryHeader } from './registryTable';
import type { AgencyEntry, AgencyRegistry } from './schema';
import { appendAll } from '../arrays';

export interface RegistrySheet {
  /** The officer's entries, to be applied with mergeRegistries(defaults, entries). */
  entries: AgencyEntry[];
  /** One warning per problem in a row; such rows are left out. */
  findings: Finding[];
}

const FIELDS: readonly RegistryField[] = [
  'name',
  'aliases',
  'shortName',
  'validFrom',
  'validTo',
  'successors',
];

/**
 * The officer's additions to the registry, from the sheet "Danh mục cơ quan" (columns "Tên chuẩn", "Tên
 * khác / viết tắt", "Hiệu lực từ", "Hiệu lực đến", "Thay thế bởi", optionally "Tên ngắn"). Successors are
 * canonical names, looked up in the sheet and in `base`. Bad rows become findings and are skipped.
 * @example readRegistrySheet(grid).entries[0] // { id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', … } for a row "Sở Ngoại vụ"
 */
export function readRegistrySheet(grid: CellGrid, base: AgencyRegistry = DEFAULT_REGISTRY): RegistrySheet {
  const header = findRegistryHeader(grid);
  if (!header) return { entries: [], findings: [{ ...noHeader(grid), sheet: grid.sheetName }] };
  const sheet = grid.sheetName;
  const findings: Finding[] = [];
  const rows: SheetRow[] = [];
  const firstRowOf = new Map<string, number>();
  const ids = new Set(base.map((entry) => entry.id));
  const baseByName = entriesByName(base);
  for (let rowNumber = header.rowNumber + 1; rowNumber <= lastRow(grid); rowNumber++) {
    const cells = rowCells(grid, header, rowNumber);
    if (!cells) continue;
    const parsed = RegistryRowSchema.safeParse(cells.raw);
    if (!parsed.success) {
      appendAll(findings, issueFindings(parsed.error.issues, { rowNumber, sheet, ...cells }));
      continue;
    }
    const { data: row } = parsed;
    const key = agencyKey(row.name);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      findings.push(duplicate({ sheet, rowNumber, name: row.name, firstRowNumber: first }, cells.locate));
      continue;
    }
    firstRowOf.set(key, rowNumber);
    rows.push({ rowNumber, row, entry: toEntry(row, baseByName.get(key), ids), locate: cells.locate });
  }
  const resolved = resolveSuccessors(rows, base, sheet);
  const byRow = [...findings, ...resolved.findings].sort((x, y) => x.rowNumber - y.rowNumber);
  return { entries: resolved.entries, findings: byRow.map((finding) => ({ ...finding, sheet })) };
}

function noHeader(grid: CellGrid): Finding {
  const data = { sheet: grid.sheetName, expected: REGISTRY_TITLES.name };
  return { code: 'registry-no-header', severity: 'warning', rowNumber: grid.top, data };
}

function duplicate(
  at: { sheet: string; rowNumber: number; name: string; firstRowNumber: number },
  locate: Locate,
): Finding {
  const { sheet, rowNumber, name, firstRowNumber } = at;
  const data = { sheet, name, firstRowNumber };
  return { code: 'registry-duplicate-name', severity: 'warning', rowNumber, ...locate('name'), data };
}

interface RowCells {
  raw: RawRegistryRow;
  locate: Locate;
  display: (field: RegistryField) => string;
}

/** The row's cells by field, or undefined for a blank row. */
function rowCells(grid: CellGrid, header: RegistryHeader, rowNumber: number): RowCells | undefined {
  const display = (field: RegistryField): string => {
    const column = header.columns[field];
    return column === undefined ? '' : cellText(grid, rowNumber, column);
  };
  if (FIELDS.every((field) => isBlank(display(field)))) return undefined;
  const value = (field: RegistryField): CellValue => {
    const column = header.columns[field];
    const raw = column === undefined ? null : cellValue(grid, rowNumber, column);
    return typeof raw === 'number' ? raw : display(field);
  };
  const raw: RawRegistryRow = {
    name: display('name'),
    aliases: display('aliases'),
    shortName: display('shortName'),
    validFrom: value('validFrom'),
    validTo: value('validTo'),
    successors: display('successors'),
  };
  const locate: Locate = (field) => {
    const column = header.columns[field];
    return column === undefined ? {} : { column: columnLetter(column), cell: cellAddress(rowNumber, column) };
  };
  return { raw, locate, display };
}

// A row naming a default agency keeps its id (successors elsewhere point at it) and kind; a new agency
// gets an id from its name, made unique.
function toEntry(row: RegistryRow, base: AgencyEntry | undefined, ids: Set<string>): AgencyEntry {
  let id = base?.id ?? slugId(row.name);
  if (!base) {
    const stem = id;
    for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
  }
  ids.add(id);
  return {
    id,
    name: row.name,
    shortName: row.shortName || (base?.shortName ?? deriveShortName(row.name)),
    aliases: row.aliases,
    kind: base?.kind ?? inferKind(row.name),
    ...(row.validFrom ? { validFrom: row.validFrom } : {}),
    ...(row.validTo ? { validTo: row.validTo } : {}),
  };
}
