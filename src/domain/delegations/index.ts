export { parseDestinations } from './destinations';
export { countValue, declaredCount, readCount } from './counts';
export { headOf, readDelegations, summarizeDelegations } from './summarize';
export type { RowAnalysis } from './summarize';
export * from './schema';
