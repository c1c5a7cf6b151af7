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
  return AGENCY_FIELDS.flatMap((field) =>
    fieldCells(input, field).flatMap((cell) => {
      const analysis = input.analyses[cell.taskIndex];
      return visit(
        cell,
        field,
        (field === 'lead' ? analysis?.leadAgencies : analysis?.partnerAgencies) ?? [],
      );
    }),
  );
}
