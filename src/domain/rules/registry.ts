import {
  agencyNameInconsistent,
  agencyNameVariant,
  agencyTypo,
  outdatedAgencyName,
  unclearAgency,
  unknownAgency,
  vagueAgency,
  collectiveLead,
  leadOnlyCooperates,
  leadAlsoPartner,
  agenciesRunTogether,
} from './content/agencyRules';
import { unclassifiedFunding } from './content/fundingRules';
import { provinceLevel } from './content/provinceLevel';
import { shiftedCells } from './content/shiftedCells';
import {
  duplicateTask,
  extraWhitespace,
  formulaLikeText,
  fiveYearPeriod,
  legacyEncoding,
  nonNfcText,
  oddLetter,
} from './content/textRules';
import {
  invalidTimeframe,
  timeframeBeforePlanDate,
  timeframeOutsidePlanYear,
  timeframeWithoutTime,
  unparsedTimeframe,
} from './content/timeframeRules';
import {
  delegationCountMismatch,
  invalidDuration,
  invalidHeadcount,
  missingDestination,
  missingQuarter,
  unparsedAmount,
} from './delegations/delegationRules';
import { fromParser } from './fromParser';
import {
  incompleteCitation,
  invalidCitationDate,
  malformedCitation,
  weakLegalBasis,
} from './legal/legalRules';
import {
  missingFunding,
  missingLeadAgency,
  missingLegalBasis,
  missingPartners,
  missingProduct,
  missingTask,
  missingTimeframe,
} from './required/requiredField';
import {
  numberingDuplicate,
  numberingGap,
  numberingLevel,
  numberingOrder,
  strayRow,
  taskWithoutNumber,
} from './structure/numberingRules';
import type { Rule } from './types';
import { numberLeftBlank, statedCountMismatch } from './content/wordingRules';
import { rowInTaskCell } from './content/pastedRow';

/** The rule catalogue, in the order the README documents it. Each code appears once. */
export const RULES: readonly Rule[] = [
  // The sheet as a whole (found while parsing).
  fromParser('missing-column', 'info', { vi: 'Thiếu cột', en: 'Missing column' }),
  fromParser('duplicate-column', 'warning', { vi: 'Cột bị trùng', en: 'Duplicate column' }),
  fromParser('missing-plan-reference', 'info', {
    vi: 'Không thấy số, ngày kế hoạch',
    en: 'No plan reference',
  }),
  fromParser('missing-plan-date', 'info', { vi: 'Thiếu ngày kế hoạch', en: 'No plan date' }),
  fromParser('invalid-plan-date', 'error', { vi: 'Ngày kế hoạch không hợp lệ', en: 'Invalid plan date' }),
  // Structure and numbering.
  numberingDuplicate,
  numberingGap,
  numberingOrder,
  numberingLevel,
  taskWithoutNumber,
  strayRow,
  rowInTaskCell,
  fromParser('continuation-row', 'info', { vi: 'Dòng nối tiếp', en: 'Continuation row' }),
  fromParser('other-table', 'info', { vi: 'Bảng khác trên trang', en: 'Another table on the sheet' }),
  fromParser('tt-stored-as-number', 'warning', {
    vi: 'Số thứ tự bị Excel đổi thành số',
    en: 'Number turned into a decimal by Excel',
  }),
  shiftedCells,
  // Required fields.
  missingTask,
  missingLeadAgency,
  missingTimeframe,
  missingLegalBasis,
  missingFunding,
  missingPartners,
  missingProduct,
  // Legal basis.
  weakLegalBasis,
  incompleteCitation,
  malformedCitation,
  invalidCitationDate,
  // Agencies.
  unknownAgency,
  agencyTypo,
  unclearAgency,
  agencyNameVariant,
  agencyNameInconsistent,
  outdatedAgencyName,
  vagueAgency,
  collectiveLead,
  leadOnlyCooperates,
  leadAlsoPartner,
  agenciesRunTogether,
  provinceLevel,
  // Time frames and funding.
  unparsedTimeframe,
  timeframeWithoutTime,
  invalidTimeframe,
  timeframeOutsidePlanYear,
  timeframeBeforePlanDate,
  unclassifiedFunding,
  // Delegations abroad (the "đoàn ra" appendix).
  delegationCountMismatch,
  missingDestination,
  missingQuarter,
  invalidHeadcount,
  invalidDuration,
  unparsedAmount,
  // Text.
  legacyEncoding,
  nonNfcText,
  oddLetter,
  extraWhitespace,
  formulaLikeText,
  fiveYearPeriod,
  duplicateTask,
  numberLeftBlank,
  statedCountMismatch,
];
