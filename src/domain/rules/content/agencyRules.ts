import type { AgencyMention } from '../../agencies';
import { agencyKey, agencyStatusAt } from '../../agencies';
import type { Field } from '../../schema';
import type { FieldCell } from '../fieldCells';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding, RuleInput } from '../types';

const AGENCY_FIELDS: readonly Field[] = ['lead', 'partners'];

/** Every agency mention of the lead and partner cells, with its cell (merged areas once). */
function eachMention(
  input: RuleInput,
  visit: (mention: AgencyMention, cell: FieldCell, field: Field) => RuleFinding['data'] | undefined,
): RuleFinding[] {
  return AGENCY_FIELDS.flatMap((field) =>
    fieldCells(input, field).flatMap((cell) => {
      const analysis = input.analyses[cell.taskIndex];
      const mentions = (field === 'lead' ? analysis?.leadAgencies : analysis?.partnerAgencies) ?? [];
      return mentions.flatMap((mention) => {
        const data = visit(mention, cell, field);
        return data ? [{ ...atCell(cell), data: { agency: mention.text.trim(), field, ...data } }] : [];
      });
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
      m.entry || m.vague || m.collective || !m.wellFormed || m.suggestion ? undefined : {},
    );
    const firsts = new Map<string, RuleFinding>();
    for (const finding of all) {
      const key = agencyKey(String(finding.data.agency));
      const first = firsts.get(key);
      if (first) first.data = { ...first.data, count: Number(first.data.count) + 1 };
      else firsts.set(key, { ...finding, data: { ...finding.data, count: 1 } });
    }
    return [...firsts.values()];
  },
};

/** An unknown name a letter or two away from a registry name: likely a typo ("Sở Tài chíh"). */
export const agencyTypo: Rule = {
  meta: {
    code: 'agency-typo',
    severity: 'warning',
    title: { vi: 'Tên cơ quan có thể viết sai', en: 'Agency name likely misspelt' },
    columns: ['lead', 'partners'],
  },
  check: (input) =>
    eachMention(input, (m) => (!m.entry && m.suggestion ? { canonical: m.suggestion.name } : undefined)),
};

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
  check: (input) =>
    eachMention(input, (m) => (m.entry && m.variant && !m.vague ? { canonical: m.entry.name } : undefined)),
};

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
      if (!m.entry) return undefined;
      const status = agencyStatusAt(m.entry, planDate, registry);
      if (status.current) return undefined;
      return {
        canonical: m.entry.name,
        successors: status.successors.map((s) => s.name),
        endedOn: status.endedOn,
        planDate,
      };
    });
  },
};

/** A lead that names no particular agency ("các cơ quan có liên quan"): nobody is accountable. */
export const vagueAgency: Rule = {
  meta: {
    code: 'vague-agency',
    severity: 'warning',
    title: { vi: 'Cơ quan chưa cụ thể', en: 'Vague agency' },
    columns: ['lead', 'partners'],
  },
  check: (input) => eachMention(input, (m, _cell, field) => (m.vague && field === 'lead' ? {} : undefined)),
};
