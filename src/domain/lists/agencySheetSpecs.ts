import type { Lang } from '../messages';
import type { AgencyLists, AgencySheetName, LinkTarget, ListSheetSpec } from '../views';
import { agencyIndex, agencySheetSpec, assignSheetNames, indexSheetSpec } from '../views';

export interface AgencySheetSpecs {
  /** "Tổng hợp theo cơ quan", each row linking to its agency's sheet. */
  index: ListSheetSpec;
  /** One per list, in the lists' order. */
  lists: ListSheetSpec[];
  /** The name each sheet got, and why it differs from the wanted one. */
  names: { index: AgencySheetName; lists: AgencySheetName[] };
}

/**
 * The sheets the add-in writes into the workbook: the index and one sheet per list, named by the agencies'
 * short forms around `taken` (the sheets that are not the feature's own, so none of them is overwritten).
 * The index links to cell A1 of each list's sheet.
 * @example agencySheetSpecs(lists, ['Phụ lục 1', 'Sở Ngoại vụ']).names.lists[1]
 *   // { key: 'so-ngoai-vu', wanted: 'Sở Ngoại vụ', name: 'Sở Ngoại vụ (2)', clash: 'taken' }
 */
export function agencySheetSpecs(
  lists: AgencyLists,
  taken: Iterable<string>,
  lang: Lang = 'vi',
): AgencySheetSpecs {
  const names = assignSheetNames(lists.lists, taken, lang);
  const specs = lists.lists.map((list, i) =>
    agencySheetSpec(list, lists, { sheetName: names.lists[i]?.name ?? list.key, lang }),
  );
  const targets = new Map<string, LinkTarget>(
    lists.lists.map((list, i) => [list.key, { sheet: specs[i]?.name ?? list.key, cell: 'A1' }]),
  );
  const index = indexSheetSpec(agencyIndex(lists), lists.plan, {
    sheetName: names.index.name,
    targets,
    withSupporting: lists.withSupporting,
    withBasis: !lists.blankColumns.includes('basis'),
    delegationCount: lists.delegationCount,
    lang,
  });
  return { index, lists: specs, names };
}
