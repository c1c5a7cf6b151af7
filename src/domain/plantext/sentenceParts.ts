import type { AgencyMention } from '../agencies';
import { DEFAULT_REGISTRY, splitAgencies } from '../agencies';
import { foldKey } from '../text';
import type { Performers } from './splitPerformers';
import { knownNames, splitPerformers } from './splitPerformers';
import { firstAction, OPENS_WITH_ACTION } from './actionWords';
import { DEADLINE } from './taskTimes';

// The mark of a bullet whose sentence is read: "- Trên cơ sở …", "+ Theo dõi …".
const BULLET_MARK = /^[-+•]\s*/u;

// "Giao đồng chí Bộ trưởng Bộ Xây dựng …", "Đề nghị Ủy ban nhân dân tỉnh …", "Yêu cầu các bộ, ngành …".
// A person by office: "Bộ trưởng Bộ Xây dựng", "Phó Thủ tướng Chính phủ Trần Hồng Hà".
// "Người đứng đầu các cơ quan chuyên môn …" (4240/UBND-VX TP HCM 2025), "Tổng giám đốc các Tập đoàn …".
const OFFICE =
  /^(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Tổng [Gg]iám đốc|Giám đốc|Thống đốc|Thủ trưởng|Trưởng [Bb]an|Tổng cục trưởng|Cục trưởng|[Nn]gười đứng đầu)\b/u;
// After a matter's colon the verb is in lower case: "…: giao Bộ Nông nghiệp và Môi trường chủ trì …"
// (634/TB-VPCP 2025).
// "14. Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi …" (227/CĐ-TTg 2025).
const ASSIGNING =
  /^(?:(?:[Gg]iao(?:\s+cho)?|[Đđ]ề nghị|[Yy]êu cầu|[Pp]hân công)\s+(?:(?:các\s+)?đồng chí\s+)?)?/u;

/**
 * Who a sentence gives a task to, as a plan without labels writes it: "Giao Bộ Xây dựng chủ trì, phối
 * hợp với …", "Bộ Quốc phòng khẩn trương …", "Các tỉnh Nghệ An, Quảng Ngãi … hoàn thiện …" — the bodies
 * before the first verb, when the registry knows one of them; undefined otherwise (the sentence starts
 * with its action: "Tuyên truyền, phổ biến …").
 * @example sentencePerformers('Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính rà soát …')
 *   → { lead: 'Bộ Xây dựng', partners: 'Bộ Tài chính' }
 */
export function sentencePerformers(written: string, province: string | null): Performers | undefined {
  // "- Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì …" (4085/UBND-ĐT TP HCM 2025): a bullet's sentence.
  const sentence = written.replace(BULLET_MARK, '');
  const opening = INTRODUCTION.test(sentence)
    ? afterIntroduction(sentence, province)
    : openingPerformers(sentence, province);
  return opening ?? bracketedAssignment(sentence, province);
}

/**
 * Who a section's introduction gives the items below it to: "Để tiếp tục tháo gỡ …, tỉnh Đắk Lắk cần tiếp
 * tục thực hiện … một số nội dung trọng tâm sau:" (Thông báo 623/TB-VPCP 2025). Only an introduction that
 * announces the items (it ends with ":"), read from the first clause that opens with the bodies.
 */
export function introPerformers(line: string, province: string | null): Performers | undefined {
  if (!/:\s*$/u.test(line)) return undefined;
  for (let at = 0; at >= 0; at = nextClause(line, at)) {
    const clause = line.slice(at);
    // A subject opens with a name or "các …"; "thành uỷ trong …" is the end of a list cut at its comma.
    if (!/^(?:\p{Lu}|(?:các|tỉnh|thành phố)\s)/u.test(clause)) continue;
    const said = openingPerformers(clause, province);
    if (said) return said;
  }
  return undefined;
}

// "Xây dựng … Quy chế bảo vệ BMNN (Giao Công an tỉnh chủ trì, phối hợp với …)" (Sơn La 254/QĐ-UBND 2023):
// the task first, who does it in a bracket after.
const BRACKETED = /\((Giao\s[^()]+)\)/u;

function bracketedAssignment(sentence: string, province: string | null): Performers | undefined {
  const inner = BRACKETED.exec(sentence)?.[1];
  return inner ? openingPerformers(inner, province) : undefined;
}

// "Sau khi phương án … được thông qua, Bộ Tài chính khẩn trương báo cáo …" (Thông báo 623/TB-VPCP 2025):
// the performers follow the sentence's introductory clause.
// "Trên cơ sở Báo cáo số 1052/BC-CP ngày 12/11/2025 của Chính phủ và Kết luận của Ủy ban Thường vụ Quốc hội tại
// Thông báo số 4387/TB-VPQH …, Bộ Xây dựng làm việc với …" (11583/VPCP-CN 2025): the grounds may be long.
// "Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, Bộ Công Thương rà soát …" (2634/QĐ-TTg 2025).
const INTRODUCTION =
  /^(?:Sau khi|Trên cơ sở|Căn cứ|Trường hợp|Khi|Trong trường hợp|Trong quá trình|Để)\s[^,]{3,250},\s*/u;

function afterIntroduction(sentence: string, province: string | null): Performers | undefined {
  const intro = INTRODUCTION.exec(sentence);
  if (!intro) return undefined;
  const rest = sentence.slice(intro[0].length);
  const first = openingPerformers(rest, province);
  // "… đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương …" (659/TB-VPCP 2025): the introduction's
  // own list ran on; a name with a capital in it starts the subject.
  const named = first && /^\p{Ll}/u.test(first.lead) ? /,\s+(?=\p{Lu})/u.exec(first.lead) : null;
  if (named) return openingPerformers(rest.slice(named.index + named[0].length), province) ?? first;
  if (first) return first;
  // A purpose ("Để nâng cao …, tăng cường …, các Sở, ngành … theo chức năng …:", 010/CT-UBND Đắk Lắk 2025) runs
  // on over its own actions to the subject; grounds ("Trên cơ sở …") over nouns only, so a clause with an action
  // there is the sentence's own. Names after "của" are whose will it is, the list they open too ("… theo đúng chỉ
  // đạo của Đồng chí Tổng Bí thư Tô Lâm, Chính phủ, Thủ tướng Chính phủ …", 637/TB-VPCP 2025).
  const purpose = /^Để\s/u.test(sentence);
  let owners = false;
  for (let at = nextClause(sentence, intro[0].length); at >= 0; at = nextClause(sentence, at)) {
    const clause = sentence.slice(at);
    const piece = clause.slice(0, clause.indexOf(', ') < 0 ? clause.length : clause.indexOf(', '));
    const acts = firstAction(piece, knownNames(piece)) >= 0;
    if (/^(?:\p{Lu}|các\s)/u.test(clause) && !owners) {
      const said = openingPerformers(clause, province);
      if (said) return said;
    }
    if (acts && !purpose) return undefined;
    owners = OWNERS.test(piece) || (owners && /^\p{Lu}/u.test(piece) && !acts);
  }
  return undefined;
}

const OWNERS = /\scủa\s+\p{Lu}[^,]*$/u;

/** Where the clause after the next ", " from `at` starts; -1 when there is none. */
function nextClause(sentence: string, at: number): number {
  const comma = sentence.indexOf(', ', at);
  return comma < 0 ? -1 : comma + 2;
}

// "Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra …" (254/QĐ-UBND Sơn La 2023): the body, then its duty.
const NAMED_DUTY = /^([^:]{3,120}?)\s*:\s*(\S.*)$/su;
const PLURAL_HEAD = /(?<!\p{L})các\s[^:]*$/iu;

// "Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị … thực hiện …" (5095/SGDĐT Hà Nội 2025): who
// asks, then who is asked — the performers.
const ASKS_OF = /^(.{3,80}?)\s+(?:đề nghị|yêu cầu|giao)\s+(?=\p{Lu}|các\s|người đứng đầu\s)/u;

function openingPerformers(sentence: string, province: string | null): Performers | undefined {
  const asking = ASKS_OF.exec(sentence);
  if (asking?.[1] && namesBodies(asking[1], province))
    return openingPerformers(sentence.slice(asking[0].length), province);
  const text = sentence.replace(ASSIGNING, '');
  const duty = NAMED_DUTY.exec(text);
  const named = duty?.[1];
  if (
    named &&
    duty[2] &&
    firstAction(named, knownNames(named)) < 0 &&
    // "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai …" (627/TB-VPCP 2025): the colon opens
    // the list of who they are.
    // "Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel …): Đảm bảo thông tin liên lạc …" (0129/KH-UBND Đắk
    // Lắk 2025) gives its duty.
    (!PLURAL_HEAD.test(named) || (OPENS_WITH_ACTION.test(duty[2]) && !opensList(text, named.length))) &&
    (OFFICE.test(named) || namesBodies(named, province))
  )
    return { lead: named, partners: dutyPartners(duty[2], province) };
  // "b) Thực hiện mở tài khoản và phát hành thẻ: Ủy ban nhân dân xã, phường tổng hợp …" (157/KH-UBND Cần Thơ
  // 2025): a step's name, then who takes it.
  const step = STEP.exec(text);
  if (step?.[1] && OPENS_WITH_ACTION.test(step[1]))
    return sentencePerformers(text.slice(step[0].length), province);
  const verb = firstAction(text, knownNames(text));
  // The bodies before the action, without a deadline written between them ("Giao Phó Thủ tướng … trước
  // ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra …").
  const subject = (verb >= 0 ? text.slice(0, verb) : text)
    .replace(DEADLINE, '')
    .replace(BY_MANDATE, '')
    .replace(ON_BEHALF, '')
    .replace(/[\s,;:]+$/u, '');
  // "Bộ Nội vụ đã có văn bản …" (10989/BNV-TCBC 2025): what a body did, background, no work given.
  if (subject === '' || OPENS_WITH_ACTION.test(subject) || AGREES.test(subject) || DONE.test(subject))
    return undefined;
  // "X chủ trì, phối hợp với Y" says who leads and who supports.
  const performers = /\schủ trì(?=[\s,.;]|$)/u.test(subject)
    ? splitPerformers(subject)
    : withPartners(subject);
  return leadNamed(performers.lead, province) ? performers : undefined;
}

/**
 * Whether a sentence's lead names who does the work: bodies or the heads of bodies. A list of them is long
 * ("Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, …, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên
 * quan", 224/CĐ-TTg 2025); a long lead that is not bodies only is a sentence.
 */
export function leadNamed(written: string, province: string | null): boolean {
  // "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, …" (659/TB-VPCP 2025): the heads, addressed.
  const lead = written.replace(COMRADES, '');
  // "Về việc hỗ trợ 20 xe ô tô …: Tỉnh căn cứ các quy định hiện hành …" (648/TB-VPCP 2025): a conclusion on a
  // province's work calls it "Tỉnh".
  if (/^(?:Tỉnh|Thành phố)$/u.test(lead)) return true;
  if (lead.length > MAX_LIST) return false;
  if (lead.length <= MAX_NAME) return OFFICE.test(lead) || namesBodies(lead, province);
  return firstAction(lead, knownNames(lead)) < 0 && namesBodies(lead, province);
}

const COMRADES = /^(?:[Cc]ác\s+)?đồng chí\s+/u;
export const MAX_NAME = 160;
const MAX_LIST = 320;

// "Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì" (631/TB-VPCP 2025): what they agreed, no work given.
const AGREES = /\s(?:thống nhất|nhất trí|đồng ý|ghi nhận|đánh giá cao)(?=[\s,.;:]|$)/u;
const DONE = /\s(?:đã|vừa)$/u;
const STEP = /^([^:;.]{3,100}):\s*(?=\p{Lu})/u;

/** Whether the colon after a plural head opens a list of names ("Bộ trưởng các Bộ: Xây dựng, Công Thương, …"). */
function opensList(text: string, colonAfter: number): boolean {
  const first = splitAgencies(text, DEFAULT_REGISTRY).find((m) => m.start > colonAfter);
  return first?.impliedHead !== undefined;
}

// "Bộ Xây dựng phối hợp với các địa phương, cơ quan liên quan rà soát …": who leads, then who supports.
// "Văn phòng Trung ương Đảng phối hợp theo dõi, đôn đốc …" (432-TB/VPTW 2025): "phối hợp" with no one named
// is part of the action.
function withPartners(subject: string): Performers {
  // "… các Ủy ban của Quốc hội phối hợp chặt chẽ với các cơ quan Chính phủ" (631/TB-VPCP 2025).
  const joint =
    /^(.+?)\s+phối hợp(?:\s+(?:chặt chẽ|thường xuyên|đồng bộ|kịp thời))?(?:\s+(?:với|cùng))?(?:\s+(.+))?$/u.exec(
      subject,
    );
  return joint ? { lead: joint[1] ?? subject, partners: joint[2] ?? '' } : { lead: subject, partners: '' };
}

/**
 * Whether a text names bodies: each piece the registry knows, or a well-formed unit's name it does not
 * ("Cục Đường bộ Việt Nam", "Ban Quản lý Dự án 85": a head word and a capital), at least one of them.
 */
export function namesBodies(written: string, province: string | null): boolean {
  // After "Giao" a list may open in lower case: "Giao người đứng đầu các cơ quan chuyên môn …"; a bracket
  // gives examples of a class ("các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone …)").
  const text = (written.charAt(0).toUpperCase() + written.slice(1)).replace(/\s*\([^()]*\)/gu, '');
  if (text.trim() === '') return false;
  const mentions = splitAgencies(text, DEFAULT_REGISTRY, { province });
  return mentions.length > 0 && mentions.every((m) => isBody(m)) && coversText(text, mentions);
}

/**
 * The bodies make up the text, but for the words that join them: "Thống kê số lượng gia súc, gia cầm chết"
 * (0130/KH-UBND Đắk Lắk 2025) opens with a registry name ("Thống kê" of the province) and is a task.
 */
function coversText(text: string, mentions: readonly AgencyMention[]): boolean {
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    const gap = text.slice(at, m.start);
    // "Bộ trưởng các Bộ: Quốc phòng, …" (231/CĐ-TTg 2025): the opening of a list its items take their head from.
    if (!(m.impliedHead && /:\s*$/u.test(gap))) rest += gap;
    at = m.end;
  }
  rest += text.slice(at);
  const words = rest
    .replace(/[,;.:()–\-/]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '' && !JOINING.has(word.toLowerCase()));
  return words.length <= 2;
}

// The words that join bodies, and those of the classes a list of bodies ends with ("…, tổ chức, cá nhân liên
// quan", Chỉ thị 09/CT-UBND Cần Thơ 2025).
const JOINING: ReadonlySet<string> = new Set(
  'và với các cùng tổ chức cá nhân có liên quan doanh nghiệp hộ gia đình người dân đơn vị cơ địa phương'.split(
    ' ',
  ),
);

// The splitter reads any "các …" piece as a collective; it names bodies only when its head is a kind of
// body ("Các Sở Xây dựng nêu trên"), not a kind of document ("Các Thỏa thuận quốc tế cấp tỉnh").
export const BODY_KINDS =
  /^(?:cac|nhung)\s+(?:so|ban|nganh|co quan|don vi|bo|ubnd|uy ban|cuc|vu|dia phuong|doanh nghiep|to chuc|doan the|huyen|xa|phuong|tinh|thanh pho|hoi|truong|benh vien|trung tam|chu dau tu|chu rung|co so|tinh uy|thanh uy|dang uy|huyen uy|cap uy|to chuc dang|nha thau|thanh vien|van phong|luc luong)\b/u;

function isBody(m: AgencyMention): boolean {
  const folded = foldKey(m.text);
  // "các văn phòng tỉnh uỷ" (07-KL/VPTW 2025): a set of bodies of a kind, whatever the registry knows of it.
  if (/^(?:cac|nhung)\s/u.test(folded)) return BODY_KINDS.test(folded);
  return m.entry !== undefined || m.wellFormed === true;
}

// "Chủ trì, phối hợp với Văn phòng UBND tỉnh … tham mưu …", "Phối hợp với Công an tỉnh kiểm tra …": a
// duty written under (or after) the body that leads it names its partners first.
const DUTY_PARTNERS = /^(?:chủ trì[\s,]*)?(?:và\s+)?phối hợp(?:\s+với)?\s+(.+)$/isu;

/**
 * The partners a duty's opening names, '' when it opens otherwise: the run of bodies after "phối hợp
 * (với)", parted only by commas, ";" or "và" ("… các cơ quan Trung ương, Bộ Tài chính trong việc …").
 * @example dutyPartners('Phối hợp với Công an tỉnh kiểm tra việc chấp hành …', null) === 'Công an tỉnh'
 */
export function dutyPartners(duty: string, province: string | null): string {
  const partners = DUTY_PARTNERS.exec(duty.replace(BULLET_MARK, '').trim())?.[1];
  if (!partners || OPENS_WITH_ACTION.test(partners)) return '';
  let end = 0;
  for (const mention of splitAgencies(partners, DEFAULT_REGISTRY, { province })) {
    const gap = partners.slice(end, mention.start);
    if (!isBody(mention) || !(end === 0 ? gap.trim() === '' : /^[\s,;]*(?:và\s+)?$/u.test(gap))) break;
    end = mention.end;
  }
  // A collective runs on over lower-case words ("UBND xã, phường tuyên truyền …"): its action ends it.
  const run = partners.slice(0, end);
  const action = firstAction(run, knownNames(run));
  return (action >= 0 ? run.slice(0, action) : run).replace(/[\s,;]+$/u, '');
}

// "… trong phạm vi chức năng, nhiệm vụ của mình", "… theo chức năng nhiệm vụ được giao": what the bodies act
// by, not who they are (624/KH-UBND Hà Tĩnh, 06/CT-UBND Quảng Trị 2025).
export const BY_MANDATE = /\s+(?:trong phạm vi|theo|căn cứ)\s+(?:chức năng|nhiệm vụ|thẩm quyền)(?:\s|,).*$/u;
// "Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký …" (393/NQ-CP 2025): for
// whom the body acts, not who it is.
const ON_BEHALF = /\s+(?:thừa (?:ủy|uỷ) quyền|thay mặt)\s.*$/u;
