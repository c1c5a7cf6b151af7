import type { Severity } from '../schema';
import type { Rule } from './types';

/**
 * A rule whose findings the parser already made (it is the one that sees continuation rows and the
 * header). Listing it in the registry lets settings switch it off or change its severity like any other.
 */
export function fromParser(code: string, severity: Severity, title: Rule['meta']['title']): Rule {
  return {
    meta: { code, severity, title, columns: [] },
    check: ({ appendix }) =>
      appendix.findings
        .filter((finding) => finding.code === code)
        // A finding the parser graded itself keeps its grade ("duplicate-column": info for two titles).
        .map(({ rowNumber, column, cell, data, severity: own }) => ({
          rowNumber,
          data,
          ...(own !== severity ? { severity: own } : {}),
          ...(column ? { column } : {}),
          ...(cell ? { cell } : {}),
        })),
  };
}
