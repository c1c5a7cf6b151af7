/**
 * Agencies: the registry of the province's agencies (before and after the 2025 reorganisation), the
 * matching key, the splitting of lead and partner cells into agency mentions, and the officer's registry
 * sheet. Pure: dates are passed in.
 */
export { AGENCY_KINDS, AgencyEntrySchema, AgencyKindSchema, sheetNameProblem } from './schema';
export type { AgencyEntry, AgencyKind, AgencyRegistry, SheetNameProblem } from './schema';
export { AgencyRegistrySchema, registryProblems } from './registrySchema';
export type { RegistryProblem } from './registrySchema';
export { DEFAULT_REGISTRY } from './defaultRegistry';
export { DISTRICTS_LAST_DAY } from './data/collectives';
export { agencyKey } from './agencyKey';
export { foldTonePlacement, literalForm } from './literalForm';
export { matchAgency } from './matchAgency';
export type { AgencyMatch } from './matchAgency';
export { mentionName, splitAgencies } from './splitAgencies';
export { gapsAround, leadingMentions, supportingMentions } from './cellRoles';
export type { AgencyMention } from './splitAgencies';
export { agencyStatusAt } from './agencyStatusAt';
export type { AgencyStatus } from './agencyStatusAt';
export { readRegistrySheet } from './readRegistrySheet';
export type { RegistrySheet } from './readRegistrySheet';
export { REGISTRY_SHEET_NAME, REGISTRY_TITLES } from './registryTable';
export type { RegistryField } from './registryTable';
export { mergeRegistries } from './mergeRegistries';
export { readDateCell } from './registryRow';
export type { DateProblem } from './registryRow';
export { workbookRegistry } from './workbookRegistry';
export { findProvinceIn, provinceById } from './provinceNames';
export { nameInProvince } from './foreignBody';
