/**
 * Another province's own body, named in a plan of this province: "UBND tỉnh Bình Dương" in a plan of
 * Bà Rịa - Vũng Tàu is not this province's UBND. It gets an entry of its own, kept in the index's
 * `derived` entries so that a merged province's successor is found as for any registry entry.
 */
import { deriveShortName } from './officerEntry';
import { levelAt, provinceById } from './provinceNames';
import type { RegistryIndex } from './registryIndex';
import type { AgencyEntry, Province } from './schema';

const PROVINCE_SUFFIX = /\s+(tỉnh|thành phố)$/u;

/**
 * A provincial body's name in a given province: the level word its registry name ends with, or none, gives
 * way to the province's — on a given day, for a province that became a city ("Sở Y tế tỉnh Đồng Nai" in
 * 2025, "… thành phố Đồng Nai" from 30/4/2026); today's without one.
 * @example nameInProvince(thueTinh, haNoi) === 'Thuế thành phố Hà Nội'
 */
export function nameInProvince(
  entry: AgencyEntry,
  province: Province,
  isoDate: string | null = null,
): string {
  if (entry.name.endsWith(` ${province.name}`)) return entry.name;
  const bare = entry.name.replace(PROVINCE_SUFFIX, '');
  if (entry.bareProvince) return `${bare} ${province.name}`;
  const level = levelAt(province, isoDate) ?? province.level;
  return `${bare} ${level} ${province.name}`;
}

function ownEnd(
  entry: AgencyEntry,
  province: Province,
): Pick<AgencyEntry, 'validTo' | 'successors'> | undefined {
  if (!entry.validTo || (province.validTo && province.validTo < entry.validTo)) return undefined;
  return { validTo: entry.validTo, successors: entry.successors ?? [] };
}

/** @example foreignBody(index, ubndTinh, binhDuong).name === 'Ủy ban nhân dân tỉnh Bình Dương' */
export function foreignBody(index: RegistryIndex, entry: AgencyEntry, province: Province): AgencyEntry {
  const id = `${entry.id}--${province.id}`;
  const known = index.derived.get(id);
  if (known) return known;
  const provinceEnds = province.validTo !== undefined && !entry.outlivesProvince;
  const short = entry.shortName.replace(PROVINCE_SUFFIX, '');
  const body: AgencyEntry = {
    id,
    name: nameInProvince(entry, province),
    shortName: deriveShortName(`${short} ${province.name}`),
    kind: entry.kind,
    level: 'province',
    aliases: [],
    ...(province.validFrom ? { validFrom: province.validFrom } : {}),
    // A body that ended before its province did ("Cục Thuế tỉnh Bình Dương", until 28/2/2025) ends with its
    // own successors.
    ...(ownEnd(entry, province) ?? {}),
    ...(ownEnd(entry, province) === undefined && provinceEnds ? { validTo: province.validTo } : {}),
    ...(ownEnd(entry, province) === undefined && provinceEnds && province.successors?.length
      ? {
          successors: province.successors.flatMap((next) => {
            const successor = provinceById(next);
            return successor ? [foreignBody(index, entry, successor).id] : [];
          }),
        }
      : {}),
  };
  index.derived.set(id, body);
  return body;
}

/**
 * A body's name on a day: another province's body is named with the level its province had then (the
 * successor of "UBND tỉnh Bình Phước" in a plan of 2025 is "Ủy ban nhân dân tỉnh Đồng Nai", a city only from
 * 30/4/2026).
 */
export function nameOnDay(index: RegistryIndex, body: AgencyEntry, isoDate: string | null): string {
  const [baseId, provinceId] = body.id.split('--');
  const base = baseId === undefined ? undefined : index.byId.get(baseId);
  const province = provinceId === undefined ? undefined : provinceById(provinceId);
  return base && province ? nameInProvince(base, province, isoDate) : body.name;
}
