/**
 * Another province's own body, named in a plan of this province: "UBND tỉnh Bình Dương" in a plan of
 * Bà Rịa - Vũng Tàu is not this province's UBND. It gets an entry of its own (kept in the registry's
 * lookup, a cache derived from the registry, so that a merged province's successor is found as for any
 * entry).
 */
import { sheetSafe } from './collectivePhrase';
import { provinceById } from './provinceNames';
import type { AgencyEntry, Province } from './schema';

const PROVINCE_SUFFIX = /\s+(tỉnh|thành phố)$/u;

/** @example foreignBody(byId, ubndTinh, binhDuong).name === 'Ủy ban nhân dân tỉnh Bình Dương' */
export function foreignBody(
  byId: ReadonlyMap<string, AgencyEntry>,
  entry: AgencyEntry,
  province: Province,
): AgencyEntry {
  const id = `${entry.id}--${province.id}`;
  const store = byId as Map<string, AgencyEntry>;
  const known = store.get(id);
  if (known) return known;
  const base = entry.name.replace(PROVINCE_SUFFIX, '');
  const short = entry.shortName.replace(PROVINCE_SUFFIX, '');
  const body: AgencyEntry = {
    id,
    name: `${base} ${province.level} ${province.name}`,
    shortName: sheetSafe(`${short} ${province.name}`),
    kind: entry.kind,
    level: 'province',
    aliases: [],
    ...(province.validFrom ? { validFrom: province.validFrom } : {}),
    ...(province.validTo ? { validTo: province.validTo } : {}),
    ...(province.successors?.length
      ? {
          successors: province.successors.flatMap((next) => {
            const successor = provinceById(next);
            return successor ? [foreignBody(byId, entry, successor).id] : [];
          }),
        }
      : {}),
  };
  store.set(id, body);
  return body;
}
