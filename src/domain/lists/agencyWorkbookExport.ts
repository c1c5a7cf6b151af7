import type { Lang } from '../messages';
import type { AgencyWorkbookExport } from '../port';
import type { AgencyLists } from '../views';
import { agencyFileNames, agencySheetSpec, assignSheetNames } from '../views';

/**
 * "Xuất từng cơ quan": one list as a workbook of its own, to send to the agency — the same sheet the add-in
 * writes into the workbook, under the file name `split` gives it (ASCII, numbered in index order), and the
 * sheet name it has in the split's files. An unknown key is a caller's bug and throws.
 * @example agencyWorkbookExport(lists, 'so-ngoai-vu').fileName === '02-so-ngoai-vu.xlsx'
 */
export function agencyWorkbookExport(
  lists: AgencyLists,
  key: string,
  lang: Lang = 'vi',
): AgencyWorkbookExport {
  const index = lists.lists.findIndex((list) => list.key === key);
  const list = lists.lists[index];
  if (!list) throw new RangeError(`agencyWorkbookExport: no list "${key}"`);
  const sheetName = assignSheetNames(lists.lists, [], lang).lists[index]?.name ?? key;
  return {
    fileName: agencyFileNames(lists.lists)[index] ?? `${key}.xlsx`,
    spec: agencySheetSpec(list, lists, { sheetName, lang }),
  };
}
