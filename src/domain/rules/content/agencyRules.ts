import type { AgencyMention } from '../../agencies';
import { madeFromText } from '../../appendix/madeFromText';
import {
  agencyKey,
  agencyStatusAt,
  DISTRICTS_LAST_DAY,
  leadingMentions,
  literalForm,
  mentionName,
  nameInProvince,
  splitAgencies,
} from '../../agencies';
import type { Field } from '../../schema';
import type { FieldCell } from '../fieldCells';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding, RuleInput } from '../types';
import { eachAgencyCell } from './agencyCells';
import { reportsOnAssignedTasks } from './lateTasks';
import { lostWords } from './lostWords';
import { splitMergedNames } from './splitMergedName';

/** Every agency mention of the lead and partner cells, with its cell (merged areas once). */
function eachMention(
  input: RuleInput,
  visit: (mention: AgencyMention, cell: FieldCell, field: Field) => RuleFinding['data'] | undefined,
): RuleFinding[] {
  return eachAgencyCell(input, (cell, field, mentions) =>
    mentions.flatMap((mention) => {
      const data = visit(mention, cell, field);
      return data ? [{ ...atCell(cell), data: { agency: mentionName(mention), field, ...data } }] : [];
    }),
  );
}

/**
 * A well-formed name the registry does not know ("Cục Lãnh sự", "Trung tâm Phục vụ hành chính công"):
 * being unknown is no fault of the document, so it is one quiet note per name (its first cell, with the
 * number of cells), saying how to add it.
 */
export const unknownAgency: Rule = {
  meta: {
    code: 'unknown-agency',
    severity: 'info',
    title: { vi: 'Cơ quan chưa có trong danh mục', en: 'Agency not in the registry' },
    columns: ['lead', 'partners'],
  },
  check: (input) => {
    const all = eachMention(input, (m) =>
      m.entry || m.vague || m.collective || !m.wellFormed || m.suggestion || districtBody(m, input.planDate)
        ? undefined
        : {},
    );
    return oncePerName(all);
  },
};

/** The first finding of each agency name, with the number of findings of that name (`count`). */
function oncePerName(findings: readonly RuleFinding[]): RuleFinding[] {
  const firsts = new Map<string, RuleFinding>();
  for (const finding of findings) {
    const key = agencyKey(String(finding.data.agency));
    const first = firsts.get(key);
    if (first) first.data = { ...first.data, count: Number(first.data.count) + 1 };
    else firsts.set(key, { ...finding, data: { ...finding.data, count: 1 } });
  }
  return [...firsts.values()];
}

/**
 * An unknown name a letter or two away from a registry name: likely a typo ("Sở Tài chíh"); a collective
 * whose standard wording is a letter off ("các cơ quan trữ thuộc Chính phủ", 88/NQ-CP 2022). Also a stray
 * capital glued to a word of a name, known or not ("Ủy ban Pháp luật và Tư pháp của HQuốc hội", UBTVQH
 * 105/2025): no Vietnamese word starts with two capitals followed by small letters.
 */
export const agencyTypo: Rule = {
  meta: {
    code: 'agency-typo',
    severity: 'warning',
    title: { vi: 'Tên cơ quan có thể viết sai', en: 'Agency name likely misspelt' },
    columns: ['lead', 'partners'],
  },
  check: (input) =>
    eachMention(input, (m) => {
      if (!m.entry && m.suggestion) return { canonical: m.suggestion.name };
      if (leavesOutAnd(m)) return { canonical: m.entry?.name ?? '' };
      if (m.mended) return { canonical: m.mended };
      const mended = withoutStrayCapital(mentionName(m));
      return mended ? { canonical: mended } : undefined;
    }),
};

// "HQuốc": a capital, then a capitalised word with a vowel (not an abbreviation such as "TTg" or "UBND").
const STRAY_CAPITAL = /(^|[\s(,;/–-])\p{Lu}(\p{Lu}\p{Ll}+)(?=$|[\s),;.:/–-])/gu;
const VOWEL = /[aeiouy]/iu;

/** The name with a stray capital removed, or undefined when it has none. */
export function withoutStrayCapital(name: string): string | undefined {
  let found = false;
  const mended = name.replace(STRAY_CAPITAL, (whole, before: string, word: string) => {
    if (!VOWEL.test(word.normalize('NFD'))) return whole;
    found = true;
    return `${before}${word}`;
  });
  return found ? mended : undefined;
}

/**
 * A piece of a lead or partner cell that is only a head word: a lone "Sở" or "Văn phòng" (a doubled word,
 * "Sở Sở Nội vụ", or the rest of the name missing). Other pieces that start no name ("theo chức năng …",
 * "triển khai tại địa bàn") are the officer's qualifications, not faults: no finding (real documents).
 */
export const unclearAgency: Rule = {
  meta: {
    code: 'unclear-agency',
    severity: 'warning',
    title: { vi: 'Tên cơ quan không rõ', en: 'Unclear agency name' },
    columns: ['lead', 'partners'],
  },
  check: (input) => eachMention(input, (m) => (!m.entry && m.headOnly && !m.suggestion ? {} : undefined)),
};

/** A known agency spelled otherwise than its canonical name ("Sở Kế hoạch - Đầu tư"). */
export const agencyNameVariant: Rule = {
  meta: {
    code: 'agency-name-variant',
    severity: 'info',
    title: { vi: 'Tên cơ quan chưa chuẩn', en: 'Agency name variant' },
    columns: ['lead', 'partners'],
  },
  check: (input) => variantFindings(input, false),
};

/**
 * A variant spelling of an agency the same document writes rightly elsewhere ("Sở Văn hóa – Thể thao"
 * beside "Sở Văn hóa và Thể thao", Hà Nội 277/KH-UBND 2026): a slip, not the document's usage. Also a
 * merged unit the document writes elsewhere as the names it was merged from (`splitMergedNames`).
 */
export const agencyNameInconsistent: Rule = {
  meta: {
    code: 'agency-name-inconsistent',
    severity: 'warning',
    title: { vi: 'Tên cơ quan viết không thống nhất', en: 'Agency name written inconsistently' },
    columns: ['lead', 'partners'],
  },
  check: (input) => [...variantFindings(input, true), ...splitMergedNames(input), ...lostWords(input)],
};

/**
 * A variant of a name the document writes rightly elsewhere, differing in its words or joining marks ("Sở
 * Văn hóa – Thể thao" beside "Sở Văn hóa và Thể thao"). Letter case ("Bộ Công thương"), a comma left out
 * and a level word left out ("Liên hiệp các tổ chức hữu nghị" for "… tỉnh") are usage, left to the quiet
 * variant note.
 */
function isSlip(m: AgencyMention, written: ReadonlySet<string>): boolean {
  if (!m.entry || !written.has(m.entry.id)) return false;
  // "Báo và Phát thanh, Truyền hình Đồng Nai" for "… tỉnh": the province's own name is no slip.
  const text = withoutProvinceName(mentionName(m), m);
  // A comma left out or added ("Sở Văn hóa Thể thao và Du lịch", Đồng Nai 179/KH-UBND 2025) is usage too.
  const plain = (s: string) => plainName(s).replace(/\s*,\s*/gu, ' ');
  return ![m.entry.name, m.entry.shortName].some((form) => plain(form) === plain(text));
}

/**
 * A known name written with the "và" between two of its fields left out and nothing in its place: "Bộ Thông
 * tin truyền thông" (419/QĐ-TTg 2017), "Sở Tài nguyên Môi trường". Two fields then read as one: a misspelt
 * name, however the rest of the document writes it. A joining mark in its place ("Bộ Kế hoạch - Đầu tư") or
 * a comma left out ("Sở Văn hóa Thể thao và Du lịch") is usage, left to the variant notes.
 * @example leavesOutAnd(splitAgencies('Bộ Thông tin truyền thông', DEFAULT_REGISTRY)[0]) === true
 */
function leavesOutAnd(m: AgencyMention): boolean {
  if (!m.entry || !m.variant || m.vague) return false;
  // A lead column repeats its variants down thousands of rows and three rules ask: each pair is read once.
  const key = `${m.entry.id}\u0000${m.province?.id ?? ''}\u0000${mentionName(m)}`;
  let verdict = andVerdicts.get(key);
  if (verdict === undefined) {
    const written = plainWords(withoutProvinceName(mentionName(m), m));
    const name = plainWords(m.entry.name);
    const at = name.findIndex((word, i) => word !== written[i]);
    verdict =
      written.length === name.length - 1 &&
      at > 0 &&
      name[at] === 'và' &&
      name.slice(at + 1).every((word, i) => word === written[at + i]);
    if (andVerdicts.size >= MEMO_LIMIT) andVerdicts.clear();
    andVerdicts.set(key, verdict);
  }
  return verdict;
}

const andVerdicts = new Map<string, boolean>();
// Bounds of the per-name memos below: a sheet never names more, and nothing is kept beyond them.
const MEMO_LIMIT = 10_000;

/** A name as compared: its literal form in lower case, without a bracket after it or a trailing level word. */
function plainName(text: string): string {
  // A lead column repeats its few names down the sheet, and every mention asks for two or three of them.
  let plain = plainNames.get(text);
  if (plain === undefined) {
    plain = literalForm(text.replace(/\s*\(.*$/su, ''))
      .toLocaleLowerCase('vi')
      .replace(/\s+(?:tỉnh|thành phố)$/u, '');
    if (plainNames.size >= MEMO_LIMIT) plainNames.clear();
    plainNames.set(text, plain);
  }
  return plain;
}

const plainNames = new Map<string, string>();

/** A name's words (plainName), its commas left out; joining marks kept as words of their own. */
function plainWords(text: string): string[] {
  return plainName(text)
    .replace(/\s*([-–&])\s*/gu, ' $1 ')
    .split(/[\s,]+/u)
    .filter((word) => word !== '');
}

/** Variants of known names: the slips (isSlip) or the others; a left-out "và" is the typo rule's. */
function variantFindings(input: RuleInput, slips: boolean): RuleFinding[] {
  const written = rightlyWritten(input);
  return eachMention(input, (m) =>
    m.entry && m.variant && !m.vague && !leavesOutAnd(m) && isSlip(m, written) === slips
      ? // "Thuế Hà Nội": the name the province's body has, "Thuế thành phố Hà Nội", not the registry's pattern;
        // a numbered unit keeps its number ("Ngân hàng Nhà nước chi nhánh Khu vực 10").
        {
          canonical: withUnit(
            m.province ? nameInProvince(m.entry, m.province, input.planDate) : m.entry.name,
            m,
          ),
        }
      : undefined,
  );
}

/** A canonical name with the unit's number the mention writes, before the province: "Thuế cơ sở 1 tỉnh X". */
function withUnit(canonical: string, m: AgencyMention): string {
  if (!m.unit || !m.entry) return canonical;
  const base = m.entry.name.replace(/\s+(?:tỉnh|thành phố)$/u, '');
  return canonical.startsWith(base)
    ? `${base} ${m.unit}${canonical.slice(base.length)}`
    : `${canonical} ${m.unit}`;
}

const writtenCache = new WeakMap<RuleInput, ReadonlySet<string>>();

/** Ids of the agencies the document writes by their canonical name or short form at least once. */
function rightlyWritten(input: RuleInput): ReadonlySet<string> {
  let ids = writtenCache.get(input);
  if (!ids) {
    const found = new Set<string>();
    for (const analysis of input.analyses)
      for (const m of [...analysis.leadAgencies, ...analysis.partnerAgencies])
        if (m.entry && !m.variant) found.add(m.entry.id);
    ids = found;
    writtenCache.set(input, ids);
  }
  return ids;
}

// "Công an huyện", "Phòng Tài chính - Kế hoạch huyện Long Thành", "Tòa án nhân dân quận 1": a body of the
// district level, which ended on 1/7/2025 — whatever the registry knows of it.
const DISTRICT_LEVEL =
  /(?<!\p{L})(?:huyện|quận|thị xã)(?:\s+(?:\p{Lu}[\p{L}-]*|\d{1,2})(?:\s+\p{Lu}[\p{L}-]*)*)?$/u;

/** An unknown body of the district level named in a plan dated after the level ended. */
function districtBody(m: AgencyMention, planDate: string | null): boolean {
  return (
    !m.entry &&
    !m.vague &&
    m.wellFormed === true &&
    planDate !== null &&
    planDate > DISTRICTS_LAST_DAY &&
    DISTRICT_LEVEL.test(mentionName(m).trim())
  );
}

/** An agency renamed, merged or ended as of the plan's date (the 2025 reorganisation). */
export const outdatedAgencyName: Rule = {
  meta: {
    code: 'outdated-agency-name',
    severity: 'warning',
    title: { vi: 'Tên cơ quan đã thay đổi', en: 'Outdated agency name' },
    columns: ['lead', 'partners'],
  },
  check: (input) => {
    const { planDate, registry } = input;
    if (planDate === null) return [];
    return eachMention(input, (m) => {
      if (!m.entry)
        return districtBody(m, planDate)
          ? { successors: [], endedOn: DISTRICTS_LAST_DAY, planDate, district: true }
          : undefined;
      const status = agencyStatusAt(m.entry, planDate, registry);
      if (status.current) return undefined;
      return {
        canonical: m.entry.name,
        successors: status.successors.map((s) => s.name),
        endedOn: status.endedOn,
        planDate,
        ...(m.entry.endedBy ? { endedBy: true } : {}),
      };
    });
  },
};

/**
 * A lead that names no particular agency ("các cơ quan có liên quan", "Các đơn vị được giao"), or points
 * to another document instead ("Theo phân công tại Quyết định số …"): nobody is accountable. Beside a
 * named lead ("Sở Xây dựng/các công ty quản lý lĩnh vực liên quan") the named one answers for the task: no
 * finding. A lead given to every body ("Các bộ, cơ quan, địa phương") is vague too, unless the document
 * does so as its way of assigning duties (`collectiveLead`).
 */
export const vagueAgency: Rule = {
  meta: {
    code: 'vague-agency',
    severity: 'warning',
    title: { vi: 'Cơ quan chưa cụ thể', en: 'Vague agency' },
    columns: ['lead', 'partners'],
  },
  check: (input) => {
    // A list of late tasks reports whom the original documents assigned (reportsOnAssignedTasks): not its slip.
    if (reportsOnAssignedTasks(input)) return [];
    const { convention } = everyoneLeads(input);
    return fieldCells(input, 'lead').flatMap((cell) => {
      const mentions = leadingMentions(input.analyses[cell.taskIndex]?.leadAgencies ?? []);
      if (refersElsewhere(cell.text, mentions))
        return [{ ...atCell(cell), data: { agency: cell.text.trim(), field: 'lead' } }];
      const vague = mentions.filter((m) => m.vague && !(convention && m.entry?.everyone));
      if (vague.length === 0 || namesLead(mentions)) return [];
      // One finding per cell: "Doanh nghiệp, nhà đầu tư" is one lead that names no one.
      return [{ ...atCell(cell), data: { agency: vague.map(mentionName).join(', '), field: 'lead' } }];
    });
  },
};

/** Some mention of the lead cell names a body or a set the reader can tell (not a vague phrase). */
const namesLead = (mentions: readonly AgencyMention[]) =>
  mentions.some((m) => !m.vague && (m.entry || m.wellFormed));

/**
 * The lead cells given to every body of a kind and to no one else ("Các cơ quan, đơn vị, địa phương"), and
 * whether that is the document's way of assigning duties (a plan of administrative reform gives such a
 * lead a dozen duties each body has in its own house): at least three such leads and a tenth of the tasks.
 * In a document that names a lead on nearly every row, the one row that names nobody stands out (116/NQ-CP
 * and 109/NQ-CP 2026 against the Lâm Đồng 2026 drafts, D69).
 */
function everyoneLeads(input: RuleInput): {
  cells: Array<{ cell: FieldCell; mentions: AgencyMention[] }>;
  convention: boolean;
} {
  const cells = fieldCells(input, 'lead').flatMap((cell) => {
    const all = leadingMentions(input.analyses[cell.taskIndex]?.leadAgencies ?? []);
    const mentions = all.filter((m) => m.entry?.everyone);
    return mentions.length > 0 && mentions.length === all.filter((m) => m.vague).length && !namesLead(all)
      ? [{ cell, mentions }]
      : [];
  });
  return { cells, convention: cells.length >= Math.max(3, input.appendix.tasks.length / 10) };
}

/**
 * Where the document gives tasks to every body as its convention (`everyoneLeads`), one quiet note
 * per wording (its first cell, with the number of cells), in case a task needs one body to follow it up.
 */
export const collectiveLead: Rule = {
  meta: {
    code: 'collective-lead',
    severity: 'info',
    title: { vi: 'Giao chủ trì chung', en: 'Lead given to every body' },
    columns: ['lead'],
  },
  check: (input) => {
    const { cells, convention } = everyoneLeads(input);
    if (!convention) return [];
    return oncePerName(
      cells.flatMap(({ cell, mentions }) =>
        mentions.map((m) => ({ ...atCell(cell), data: { agency: mentionName(m), field: 'lead' } })),
      ),
    );
  },
};

// "Theo phân công tại Quyết định số 1441/QĐ-UBND …" (Lâm Đồng 2025–2026 drafts), "Căn cứ chức năng …", "Do
// Chủ tịch Hội đồng thẩm định quyết định (*)" (836/QĐ-BXD 2019: who leads is left to a later decision).
const REFERENCE_OPENING =
  /^\s*(?:theo|căn cứ|như)\s|^\s*do\s.+\s(?:quyết định|phân công|chỉ định)(?:\s*\(.*\))?\s*\.?$/iu;

// "Các cơ quan quản lý các lĩnh vực trọng điểm tại điểm d, khoản 1, mục III" (179/KH-UBND Đồng Nai 2025).
const PLAN_PART = /(?:^|\s)(?:tại|theo|ở)\s+(?:điểm|khoản|mục|tiểu mục|phần|phụ lục)\s/iu;

/**
 * A lead cell that points to another document (or another part of the plan) for who leads, and names no
 * body itself.
 */
function refersElsewhere(text: string, mentions: readonly AgencyMention[]): boolean {
  const nfc = text.normalize('NFC');
  if (REFERENCE_OPENING.test(nfc)) return !mentions.some((m) => m.entry || m.collective || m.wellFormed);
  return PLAN_PART.test(nfc) && !mentions.some((m) => (m.entry && !m.collective) || m.wellFormed);
}

function withoutProvinceName(text: string, m: AgencyMention): string {
  if (!m.province) return text;
  for (const name of [m.province.name, ...m.province.aliases])
    if (text.endsWith(` ${name}`)) return text.slice(0, -name.length).trim();
  return text;
}

/** A known body of its own, not a collective or a vague phrase. */
const isOneBody = (m: AgencyMention) => m.entry !== undefined && !m.collective && !m.vague;

// "Phối hợp với Bộ Công an nghiên cứu …" at the start of a task's text.
const COOPERATES_WITH = /^\s*phối hợp (?:với|cùng)\s+(.+)$/isu;

/**
 * A task whose own text says its lead only cooperates with a body the row lists as partner: "Phối hợp với
 * Bộ Công an nghiên cứu đề xuất …" under the lead Bộ Tài chính, Bộ Công an a partner (175/NQ-CP 2023). Who
 * leads is unclear: the roles look reversed.
 */
export const leadOnlyCooperates: Rule = {
  meta: {
    code: 'lead-only-cooperates',
    severity: 'warning',
    title: { vi: 'Cơ quan chủ trì chỉ phối hợp', en: 'Lead only cooperates' },
    columns: ['task'],
  },
  check: (input) =>
    // A matrix made from a plan's text files each body's duties under that body, "Phối hợp với X …" among
    // them, as the plan gives them (D152): the roles are the plan's, not reversed by the officer.
    madeFromText(input.appendix)
      ? []
      : fieldCells(input, 'task').flatMap((cell) => {
          const rest = COOPERATES_WITH.exec(cell.text.normalize('NFC'))?.[1];
          const partners = input.analyses[cell.taskIndex]?.partnerAgencies ?? [];
          if (!rest || partners.length === 0) return [];
          const named = splitAgencies(rest, input.registry, {
            province: input.appendix.plan.province ?? null,
          });
          // Working with "các đơn vị liên quan" or "các sở, ban, ngành" is no reversal: a named body only.
          const partner = named.find(
            (m) => isOneBody(m) && partners.some((p) => p.entry?.id === m.entry?.id),
          );
          return partner ? [{ ...atCell(cell), data: { agency: mentionName(partner) } }] : [];
        }),
};

/** One body as a key: its entry and, for a province's own body, the province. */
// "Thuế cơ sở 1" and "Thuế cơ sở 2" are two bodies: a unit's number is part of who it is.
const bodyKey = (m: AgencyMention) =>
  `${m.entry?.id ?? ''}\u0000${m.province?.id ?? ''}\u0000${m.unit ?? ''}`;

/**
 * A body named as lead and as partner of the same task: leads "Bộ Công Thương, Bộ Xây dựng", partners "Bộ
 * Tài nguyên và Môi trường, Bộ Xây dựng" (88/NQ-CP 2022, task 18). A body cannot cooperate with itself:
 * one of the two cells is wrong. Named bodies only (a collective may well hold the lead).
 */
export const leadAlsoPartner: Rule = {
  meta: {
    code: 'lead-also-partner',
    severity: 'warning',
    title: { vi: 'Cơ quan vừa chủ trì vừa phối hợp', en: 'Agency both lead and partner' },
    columns: ['partners'],
  },
  check: (input) =>
    fieldCells(input, 'partners').flatMap((cell) => {
      const analysis = input.analyses[cell.taskIndex];
      // A lead cell of several lines gives each line of the task its own lead ("Sở Giáo dục và Đào tạo …
      // triển khai tại các cơ sở\nSở Khoa học và Công nghệ triển khai hệ thống", Hà Nội 277/KH-UBND 2026):
      // the partner of one line may lead another.
      const lead = input.appendix.tasks[cell.taskIndex]?.lead.trim() ?? '';
      if (!analysis || lead.includes('\n')) return [];
      const leads = new Set(leadingMentions(analysis.leadAgencies).filter(isOneBody).map(bodyKey));
      const both = analysis.partnerAgencies.find((m) => isOneBody(m) && leads.has(bodyKey(m)));
      return both ? [{ ...atCell(cell), data: { agency: mentionName(both) } }] : [];
    }),
};

/** A body or collective the reader can name: what a missing separator can run together. */
const named = (m: AgencyMention | undefined) => m !== undefined && (m.entry !== undefined || m.collective);

/**
 * Two bodies run together with no comma or "và" between them: "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh, Sở
 * Y tế cơ quan, đơn vị liên quan" (844/QĐ-TTg 2026), "Hội đồng Dân tộc các Ủy ban khác của Quốc hội"
 * (105/2025/UBTVQH15). The list cannot be read with certainty; once per cell.
 */
export const agenciesRunTogether: Rule = {
  meta: {
    code: 'agencies-run-together',
    severity: 'warning',
    title: { vi: 'Thiếu dấu phân cách giữa các cơ quan', en: 'Agencies run together' },
    columns: ['lead', 'partners'],
  },
  check: (input) =>
    eachAgencyCell(input, (cell, field, mentions) => {
      const i = mentions.findIndex((m, k) => m.runsOn && named(m) && named(mentions[k - 1]));
      const first = mentions[i - 1];
      const second = mentions[i];
      if (!first || !second) return [];
      return [{ ...atCell(cell), data: { agency: mentionName(first), next: mentionName(second), field } }];
    }),
};
