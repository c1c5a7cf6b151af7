/**
 * Sheet names for the agency lists. Excel's rules (https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9):
 * at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not the
 * reserved "History", and unique in the workbook ignoring case.
 */
import type { Lang } from '../messages';
import { listText } from './listText';
import type { AgencyList } from './types';

const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/gu;
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u001f\u007f]/gu;
const RESERVED = 'history';

/** Sheet names compare ignoring case and Unicode form, as Excel does. @example sheetNameKey('SỞ NGOẠI VỤ') === sheetNameKey('Sở Ngoại vụ') */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * A valid sheet name as close to `wanted` as Excel allows, and not among `taken` (nor "History"):
 * forbidden characters become "-", it is cut to 31 characters, and a clash gets " (2)", " (3)" ….
 * @example uniqueSheetName('Sở LĐ/TB&XH') === 'Sở LĐ-TB&XH'
 * @example uniqueSheetName('Sở Ngoại vụ', ['SỞ NGOẠI VỤ']) === 'Sở Ngoại vụ (2)'
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string> = [], fallback = 'Cơ quan'): string {
  const base = cleanName(wanted) || fallback;
  const used = new Set([...taken].map(sheetNameKey));
  used.add(RESERVED);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${trimName(cut(base, MAX_LENGTH - suffix.length))}${suffix}`;
    if (!used.has(sheetNameKey(name))) return name;
  }
}

function cleanName(wanted: string): string {
  const replaced = wanted.replace(CONTROL, ' ').replace(FORBIDDEN, '-').replace(/\s+/gu, ' ');
  return trimName(cut(trimName(replaced), MAX_LENGTH));
}

function trimName(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/gu, '');
}

// Cut by UTF-16 units (what Excel counts) without splitting a surrogate pair.
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const end = /[\ud800-\udbff]/u.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

/** The name a sheet got; `clash` says why it differs from the wanted one (besides Excel's rules). */
export interface AgencySheetName {
  /** The list's key, or INDEX_SHEET_KEY. */
  key: string;
  wanted: string;
  name: string;
  /**
   * `taken`: a sheet already in the workbook (an officer's own) holds the name, or Excel reserves it
   * ("History"); `duplicate`: another list of this run wanted the same name.
   */
  clash?: 'taken' | 'duplicate';
}

export const INDEX_SHEET_KEY = '(index)';

/**
 * Names for the index sheet and every list's sheet: the agencies' short names, never one of `taken` (the
 * workbook's sheets that are not the add-in's own, so they are never overwritten).
 * @example assignSheetNames(lists, ['Sở Ngoại vụ']).lists[0] // { wanted: 'Sở Ngoại vụ', name: 'Sở Ngoại vụ (2)', clash: 'taken' }
 */
export function assignSheetNames(
  lists: readonly AgencyList[],
  taken: Iterable<string>,
  lang: Lang = 'vi',
): { index: AgencySheetName; lists: AgencySheetName[] } {
  const text = listText(lang);
  const existing = [...taken];
  const existingKeys = new Set(existing.map(sheetNameKey));
  const assigned: string[] = [];
  const choose = (key: string, wanted: string): AgencySheetName => {
    const clean = cleanName(wanted) || text.unidentifiedShortName;
    const name = uniqueSheetName(clean, [...existing, ...assigned]);
    assigned.push(name);
    if (name === clean) return { key, wanted, name };
    const held = existingKeys.has(sheetNameKey(clean)) || sheetNameKey(clean) === RESERVED;
    return { key, wanted, name, clash: held ? 'taken' : 'duplicate' };
  };
  const index = choose(INDEX_SHEET_KEY, text.indexSheetName);
  return { index, lists: lists.map((list) => choose(list.key, listShortName(list, lang))) };
}

/** The full name a list is known by. @example listName(unidentifiedList) === 'Chưa xác định cơ quan' */
export function listName(list: AgencyList, lang: Lang = 'vi'): string {
  return list.entry?.name ?? listText(lang).unidentifiedName;
}

/** The short form, also the wanted sheet name. @example listShortName(soKeHoachDauTu) === 'Sở KH&ĐT' */
export function listShortName(list: AgencyList, lang: Lang = 'vi'): string {
  return list.entry?.shortName ?? listText(lang).unidentifiedShortName;
}
