import type { Finding } from '../schema';

/** Findings of one rule that say the same thing on several cells: shown once, with their count and cells. */
export interface RepeatedFinding<F extends Pick<Finding, 'code' | 'data' | 'sheet'> = Finding> {
  /** The first of them, in the order given. */
  first: F;
  /** All of them, the first included, in the order given. */
  all: F[];
  /** Their common wording. */
  message: string;
}

/**
 * Findings collapsed by cause: same rule, same sheet and same wording ("Các cơ quan, đơn vị, địa phương"
 * chưa chỉ rõ cơ quan chủ trì … on ten rows of a Lâm Đồng plan) are one entry with every cell, in the
 * order of their first finding. A finding whose wording names its row ("Số thứ tự 3 …") stays alone.
 * @example repeatedFindings([vague('E26'), vague('E28'), typo('D18')], (f) => formatFinding(f, 'vi'))
 *   .map((r) => r.all.length) → [2, 1]
 */
export function repeatedFindings<F extends Pick<Finding, 'code' | 'data' | 'sheet'>>(
  findings: readonly F[],
  wording: (finding: F) => string,
): RepeatedFinding<F>[] {
  const byCause = new Map<string, RepeatedFinding<F>>();
  for (const finding of findings) {
    const message = wording(finding);
    const cause = `${finding.code}\u0000${finding.sheet ?? ''}\u0000${message}`;
    const seen = byCause.get(cause);
    if (seen) seen.all.push(finding);
    else byCause.set(cause, { first: finding, all: [finding], message });
  }
  return [...byCause.values()];
}
