export { validate } from './validate';
export type { Validation, ValidateOptions } from './validate';
export { RULES } from './registry';
export type { Rule, RuleMeta, RuleInput, RuleFinding } from './types';
export type { TaskAnalysis } from './analyzeTasks';
