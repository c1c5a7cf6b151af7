import type { Lang } from '../messages';
import { agencyIndex } from './agencyIndex';
import { agencySheetSpec } from './agencySheetSpec';
import { agencyFileNames, INDEX_FILE_NAME } from './fileNames';
import { indexSheetSpec } from './indexSheetSpec';
import type { LinkTarget, ListSheetSpec } from './listSheetSpec';
import { assignSheetNames } from './sheetNames';
import type { AgencyList, AgencyLists } from './types';

export interface ListFile {
  /** File name, no folder. */
  file: string;
  spec: ListSheetSpec;
}

export interface AgencyFiles {
  /** "00-tong-hop.xlsx" with the index, linking to each list's file. */
  index: ListFile;
  lists: Array<ListFile & { list: AgencyList }>;
}

/**
 * The files of a split outside Excel, one workbook each: the index and one per list, with the same
 * layout the add-in writes as sheets. Sheet names are unique across the files, so they can be gathered
 * into one workbook without clashes.
 * @example agencyFiles(lists).lists.map((f) => f.file) // ['01-van-phong-doan-dbqh-hdnd-tinh.xlsx', '02-so-ngoai-vu.xlsx', …]
 */
export function agencyFiles(lists: AgencyLists, lang: Lang = 'vi'): AgencyFiles {
  const names = assignSheetNames(lists.lists, [], lang);
  const files = agencyFileNames(lists.lists);
  const listFiles = lists.lists.map((list, i) => {
    const file = files[i] as string;
    const sheetName = names.lists[i]?.name ?? list.key;
    return { file, list, spec: agencySheetSpec(list, lists, { sheetName, lang }) };
  });
  const targets = new Map<string, LinkTarget>(listFiles.map(({ list, file }) => [list.key, { file }]));
  const index = indexSheetSpec(agencyIndex(lists), lists.plan, {
    sheetName: names.index.name,
    targets,
    withSupporting: lists.withSupporting,
    withBasis: !lists.blankColumns.includes('basis'),
    delegationCount: lists.delegationCount,
    lang,
  });
  return { index: { file: INDEX_FILE_NAME, spec: index }, lists: listFiles };
}
