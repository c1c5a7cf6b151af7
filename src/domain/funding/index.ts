export { classifyFunding, classifyFundingValue } from './classifyFunding';
export type { ClassifyFundingOptions } from './classifyFunding';
export { parseAmounts } from './parseAmounts';
export { formatVnd } from './formatVnd';
export { FUNDING_CATEGORY_LABELS } from './fundingCategoryLabels';
export type { FundingCategoryLabel } from './fundingCategoryLabels';
export { FUNDING_CATEGORIES, FundingCategorySchema, FundingSchema } from './schema';
export type { Funding, FundingCategory } from './schema';
