import type { CellGrid } from '../grid';
import type { Finding } from '../schema';
import { DEFAULT_REGISTRY } from './defaultRegistry';
import { mergeRegistries } from './mergeRegistries';
import { readRegistrySheet } from './readRegistrySheet';
import type { AgencyRegistry } from './schema';

/**
 * The agency registry for a workbook: the default one, extended (and overridden by canonical name) by the
 * officer's sheet "Danh mục cơ quan" when the workbook has one. Bad registry rows are findings, not failures.
 * @example workbookRegistry(undefined) → { registry: DEFAULT_REGISTRY, findings: [] }
 */
export function workbookRegistry(sheet: CellGrid | undefined): {
  registry: AgencyRegistry;
  findings: Finding[];
} {
  if (!sheet) return { registry: DEFAULT_REGISTRY, findings: [] };
  const { entries, findings } = readRegistrySheet(sheet);
  return { registry: mergeRegistries(DEFAULT_REGISTRY, entries), findings };
}
