import type { AgencyMention } from '../../agencies';
import { agencyStatusAt } from '../../agencies';
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

/** A name the registry does not know (add it to the sheet "Danh mục cơ quan" if it is right). */
export const unknownAgency: Rule = {
  meta: {
    code: 'unknown-agency',
    severity: 'warning',
    title: { vi: 'Cơ quan không có trong danh mục', en: 'Unknown agency' },
    columns: ['lead', 'partners'],
  },
  check: (input) => eachMention(input, (m) => (!m.entry && !m.vague && !m.collective ? {} : undefined)),
};

/** A known agency spelled otherwise than its canonical name ("Sở Kế hoạch - Đầu tư"). */
export const agencyNameVariant: Rule = {
  meta: {
    code: 'agency-name-variant',
    severity: 'warning',
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
