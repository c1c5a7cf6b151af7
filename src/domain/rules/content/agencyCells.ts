import type { AgencyMention } from '../../agencies';
import type { Field } from '../../schema';
import type { FieldCell } from '../fieldCells';
import { fieldCells } from '../fieldCells';
import type { RuleFinding, RuleInput } from '../types';

const AGENCY_FIELDS: readonly Field[] = ['lead', 'partners'];

/** Every lead and partner cell with its agency mentions (merged areas once). */
export function eachAgencyCell(
  input: RuleInput,
  visit: (cell: FieldCell, field: Field, mentions: readonly AgencyMention[]) => RuleFinding[],
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const field of AGENCY_FIELDS)
    for (const cell of fieldCells(input, field)) {
      const analysis = input.analyses[cell.taskIndex];
      const mentions = (field === 'lead' ? analysis?.leadAgencies : analysis?.partnerAgencies) ?? [];
      for (const finding of visit(cell, field, mentions)) findings.push(finding);
    }
  return findings;
}
