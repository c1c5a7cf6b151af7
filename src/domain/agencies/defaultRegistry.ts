/**
 * The default registry: the national registry of agencies (central bodies, the bodies every province has,
 * collective phrases) with their 2025 changes, and the province-level units. The data and its sources
 * live in ./data (docs/registry-sources.md); a workbook's sheet "Danh mục cơ quan" (readRegistrySheet)
 * adds the province's own bodies and overrides any default.
 */
import { CENTRAL } from './data/central';
import { COLLECTIVES } from './data/collectives';
import { COMMUNE_BODIES } from './data/communeBodies';
import { PROVINCIAL_BODIES } from './data/provincialBodies';
import type { AgencyEntry } from './schema';

export { PROVINCES } from './data/provinces';

/** The registry used when the workbook has no "Danh mục cơ quan" sheet. */
export const DEFAULT_REGISTRY: readonly AgencyEntry[] = [
  ...CENTRAL,
  ...PROVINCIAL_BODIES,
  ...COMMUNE_BODIES,
  ...COLLECTIVES,
];
