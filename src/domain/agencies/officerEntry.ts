/**
 * What the registry sheet does not say about an agency, worked out from its name: a kind, an id and a
 * short name usable as a sheet name.
 */
import { foldKey } from '../text';
import { agencyKey } from './agencyKey';
import type { AgencyKind } from './schema';
import { sheetNameProblem } from './schema';

// Checked in order on the matching key (abbreviations spelled out), first match wins.
const KIND_PATTERNS: ReadonlyArray<readonly [RegExp, AgencyKind]> = [
  [/^cac /u, 'collective'],
  [/\btinh uy\b|^dang uy|^uy ban kiem tra/u, 'party'],
  [/^uy ban nhan dan|^hoi dong nhan dan/u, 'people-committee'],
  [/^(?:so|thanh tra) /u, 'department'],
  [/^van phong/u, 'office'],
  [/^(?:cong an|bo chi huy|bo doi)/u, 'armed-forces'],
  [/^(?:hoi|lien hiep|lien doan|tinh doan|uy ban mat tran|mat tran)\b/u, 'mass-organisation'],
  [/^(?:trung tam|truong|dai|bao|benh vien|vien)\b/u, 'public-service-unit'],
  [/^ban /u, 'board'],
];

/**
 * @example inferKind('UBND huyện Long Đất') === 'people-committee'
 * @example inferKind('Hội Doanh nhân trẻ tỉnh') === 'mass-organisation'
 */
export function inferKind(name: string): AgencyKind {
  const key = agencyKey(name);
  return KIND_PATTERNS.find(([pattern]) => pattern.test(key))?.[1] ?? 'department';
}

/** @example slugId('Sở Ngoại vụ') === 'so-ngoai-vu' */
export function slugId(name: string): string {
  const slug = foldKey(name)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return slug === '' ? 'co-quan' : slug;
}

const SHORTER: ReadonlyArray<readonly [RegExp, string]> = [
  [/Ủy ban nhân dân|Uỷ ban nhân dân/gu, 'UBND'],
  [/Hội đồng nhân dân/gu, 'HĐND'],
  [/Văn phòng/gu, 'VP'],
  [/thành phố/gu, 'TP'],
  [/thị xã/gu, 'TX'],
  [/Ban Quản lý/gu, 'BQL'],
  [/khu công nghiệp/gu, 'KCN'],
];
const FORBIDDEN = /[:\\/?*[\]]/gu;
const SHEET_NAME_MAX = 31;

/**
 * The name itself when it can be a sheet name; otherwise with the usual abbreviations, forbidden
 * characters replaced by "-", and cut to 31 characters.
 * @example deriveShortName('Ủy ban nhân dân thành phố Vũng Tàu') === 'UBND thành phố Vũng Tàu'
 */
export function deriveShortName(name: string): string {
  if (!sheetNameProblem(name)) return name;
  let short = name;
  for (const [pattern, abbreviation] of SHORTER) {
    if (!sheetNameProblem(short)) break;
    short = short.replace(pattern, abbreviation);
  }
  short = short.replace(FORBIDDEN, '-').replace(/^'+|'+$/gu, '');
  return short.slice(0, SHEET_NAME_MAX).trim() || 'Cơ quan';
}
