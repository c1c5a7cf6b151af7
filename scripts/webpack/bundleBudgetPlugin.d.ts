import type { Compiler } from 'webpack';

export interface BundleBudgetOptions {
  /** Gzipped bytes each entry's initial JS+CSS may weigh. */
  budgets: Record<string, number>;
  /** Packages that must not be in an entry's initial chunks, by entry. */
  forbidden: Record<string, string[]>;
}

export class BundleBudgetPlugin {
  constructor(options: BundleBudgetOptions);
  apply(compiler: Compiler): void;
}
