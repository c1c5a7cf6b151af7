import { DEFAULT_REGISTRY, splitAgencies } from '../agencies';
import { foldKey } from '../text';
import { ACTION, firstAction } from './actionWords';
import { BODY_KINDS, BY_MANDATE, leadNamed, MAX_NAME, namesBodies } from './sentenceParts';
import type { Performers } from './splitPerformers';
import { knownNames, splitPerformers } from './splitPerformers';

/*
 * The body a heading gives its items to: a body's name alone, "Trách nhiệm của X", "X có trách nhiệm:", a list of
 * bodies, "X chủ trì, phối hợp với Y:", a class of bodies.
 */

const CLASS_OF_BODIES = /^(?:[Cc]ác|[Nn]hững)\s/u;
// "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả" (157/KH-UBND Cần Thơ 2025).
const ASKS = /^(?:Đề nghị|Giao|Yêu cầu)\s+(?=\p{Lu}|người đứng đầu\s|các\s)/u;
const DUTY_OF = /^(?:Trách nhiệm|Nhiệm vụ)(?:\s+cụ thể)?\s+của\s+(.+?)[\s:.]*$/iu;
// "Các tổ chức, cá nhân và hộ gia đình khai thác … trên địa bàn có trách nhiệm:" (Chỉ thị 09/CT-UBND Cần
// Thơ 2025): the heading says who answers for its items, whatever the registry knows of them.
const ANSWERS_FOR = /^(\p{Lu}.{2,150}?)\s+(?:có|chịu) trách nhiệm(?:\s+(?:thực hiện|triển khai))?[\s:.]*$/u;
// "Nhiệm vụ của thành viên Ban Chỉ đạo", "Phân công cho các cơ quan": its items are bodies.
const DUTIES = /^(?:Trách nhiệm|Nhiệm vụ|Phân công)(?:\s+cụ thể)?\s+(?:của|cho|các)\b/iu;
const NOT_A_BODY = /^(?:Đối với|Về|Với|Trong|Các nội dung)\b/iu;

/**
 * The body a heading assigns its items to, in a plan arranged by agency: "Trách nhiệm của đối tượng thực
 * hiện kiểm kê", or under "Nhiệm vụ của thành viên Ban Chỉ đạo" a heading "Sở Tài chính - Cơ quan thường
 * trực Ban Chỉ đạo" (Quảng Ngãi 1627/QĐ-UBND 2025), or any heading that is a known body's name alone.
 */
export function headingAgency(
  title: string,
  parentTitle: string,
  province: string | null,
): string | undefined {
  const duty = DUTY_OF.exec(title)?.[1] ?? answersFor(title);
  if (duty) return duty;
  // "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" over its items (624/KH-UBND Hà Tĩnh 2025).
  const asked = title.replace(ASKS, '');
  const name = (
    oneName(asked, province) ??
    dashedList(asked, province) ??
    listedAfterColon(asked, province) ??
    beforeCut(asked)
  )
    .replace(BY_MANDATE, '')
    // "…, trong đó trọng tâm là các tỉnh" singles out some of those named: the name stops before it.
    .replace(/,\s*trong đó\s.*$/u, '');
  if (name === '' || NOT_A_BODY.test(name)) return undefined;
  if (DUTIES.test(parentTitle) && name.length <= 120 && /^\p{Lu}/u.test(name) && !ACTION.test(` ${name}`))
    return name;
  // A list of bodies is long ("8. Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân
  // tỉnh, Hiệp hội doanh nghiệp tỉnh", 2954/QĐ-UBND Sơn La 2025); a sentence is not bodies only.
  if (leadNamed(name, province)) return name;
  if (name.length > MAX_NAME) return undefined;
  // "1. Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan …:" over its items (226/CĐ-TTg 2025).
  const roles = headingRoles(name);
  return roles && namesBodies(roles.lead, province) ? roles.lead : undefined;
}

/**
 * A heading whose colon opens the list of whom it names: "12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công
 * Đông, Tân Phú Đông" (556/KH-UBND Đồng Tháp 2025) is those communes' committees, not every commune's.
 */
function listedAfterColon(title: string, province: string | null): string | undefined {
  const list = title.replace(/[\s:.]+$/u, '');
  // "… từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, …" (234/CĐ-TTg 2025) singles out some
  // of whom it names first: the name stops before it.
  if (!/(?<!\p{L})các\s[^:]+:\s*\p{Lu}/u.test(list) || /trong đó/u.test(list)) return undefined;
  if (firstAction(list, knownNames(list)) >= 0) return undefined;
  return namesBodies(list, province) ? list : undefined;
}

/**
 * A heading that lists bodies, one of them with a dash in its name: "9. Báo và Phát thanh - Truyền hình Đắk
 * Lắk, Sở Văn hóa, Thể thao và Du lịch, …:" (0129/KH-UBND Đắk Lắk 2025) is not cut at its dash.
 */
function dashedList(title: string, province: string | null): string | undefined {
  const list = title.replace(/:.*$/su, '').trim();
  // The dash inside a name the registry knows; "Sở Tài chính - Cơ quan thường trực …" is a body and its role.
  const dashedName = splitAgencies(list, DEFAULT_REGISTRY, { province }).some(
    (m) => m.entry !== undefined && /\s[-–]\s/u.test(m.text),
  );
  return dashedName && namesBodies(list, province) ? list : undefined;
}

/** A heading that says who leads and who helps: "Bộ Tài chính chủ trì, phối hợp với …". */
export function headingRoles(title: string): Performers | undefined {
  const name = beforeCut(title);
  return /\schủ trì(?=[\s,.;:]|$)/u.test(name) ? splitPerformers(name) : undefined;
}

/**
 * A heading that is one body's name as a whole, dash and all: "Cục Kinh tế - Quản lý đầu tư xây dựng"
 * (Công điện 96/CĐ-BXD 2025) is one Cục, where "Sở Tài chính - Cơ quan thường trực …" names a body and its role.
 */
function oneName(title: string, province: string | null): string | undefined {
  const name = title.replace(/[\s:.]+$/u, '');
  if (name.includes(':') || name.length > 80) return undefined;
  const mentions = splitAgencies(name, DEFAULT_REGISTRY, { province });
  const only = mentions.length === 1 ? mentions[0] : undefined;
  return only && only.start === 0 && only.end === name.length && (only.entry || only.wellFormed)
    ? name
    : undefined;
}

/**
 * A heading that names a class of bodies, however long what narrows it: "7. Các doanh nghiệp hoạt động trong
 * lĩnh vực xây dựng, giao thông … trên địa bàn Tỉnh" (597/KH-UBND Đồng Tháp 2025), "5. Các chủ rừng là tổ
 * chức (…)" (06/CT-UBND Quảng Trị 2025), asked or given the duties ("Đề nghị các doanh nghiệp …"). Over a list
 * of duties its words are no action.
 */
export function classHeading(title: string): string | undefined {
  // "11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa" (2954/QĐ-UBND Sơn La 2025).
  const name = title
    .replace(/[\s:.]+$/u, '')
    .replace(BY_MANDATE, '')
    .replace(ASKS, '');
  return CLASS_OF_BODIES.test(name) && BODY_KINDS.test(foldKey(name)) && name.length <= 200
    ? name
    : undefined;
}

/** Who a heading "X có trách nhiệm:" names; not a heading that gives the work ("Giao X chỉ đạo Y có …"). */
function answersFor(title: string): string | undefined {
  const who = ANSWERS_FOR.exec(title)?.[1];
  return who && !ASSIGNS.test(who) && firstAction(who, knownNames(who)) < 0 ? who : undefined;
}

const ASSIGNS = /^(?:Giao|Đề nghị|Yêu cầu)\s/u;

/** A heading up to its first " - " or ":" outside brackets: "Sở Tài chính - Cơ quan thường trực …" → "Sở Tài chính". */
function beforeCut(title: string): string {
  let depth = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (c === ':' || (/[-–]/u.test(c ?? '') && title[i - 1] === ' ' && title[i + 1] === ' '))
    )
      return title.slice(0, i).trim();
  }
  return title.trim();
}
