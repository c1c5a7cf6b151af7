import { useCallback, useState } from 'react';
import type { CheckOutcome, Finding, Lang, Review, WorkbookPort } from '../domain';
import { failureMessage, formatCheckedAt, nextReviews, reviewsSheetSpec } from '../domain';
import { useLatestRun } from './useLatestRun';

export type ReviewState = { status: 'idle' } | { status: 'saving' } | { status: 'failed'; message: string };

/**
 * "Bỏ qua" and "Tính lại": saves the reviewed findings in the workbook's hidden sheet "Phát hiện đã xem"
 * (with the cell's text at the time, the reason, when), then checks again so the marks and counts follow.
 * @example const { review } = useReviewFindings(port, 'vi', now, recheck); review(outcome, [finding], 'đúng ý');
 */
export function useReviewFindings(
  port: WorkbookPort,
  lang: Lang,
  now: () => Date,
  recheck: () => void,
): {
  reviewing: ReviewState;
  review: (outcome: CheckOutcome, findings: readonly Finding[], reason: string) => void;
  withdraw: (outcome: CheckOutcome, reviews: readonly Review[]) => void;
} {
  const [reviewing, setReviewing] = useState<ReviewState>({ status: 'idle' });
  const begin = useLatestRun();
  const save = useCallback(
    (reviews: Review[]) => {
      const isLatest = begin();
      setReviewing({ status: 'saving' });
      port
        .saveHiddenSheet(reviewsSheetSpec(reviews, lang))
        .then(() => {
          if (!isLatest()) return;
          setReviewing({ status: 'idle' });
          recheck();
        })
        .catch((error: unknown) => {
          if (isLatest()) setReviewing({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, recheck, begin],
  );
  const review = useCallback(
    (outcome: CheckOutcome, findings: readonly Finding[], reason: string) => {
      const reviewedAt = formatCheckedAt(now());
      const added = findings.flatMap((finding) =>
        finding.cell === undefined
          ? []
          : [
              {
                sheet: outcome.appendix.sheet,
                cell: finding.cell,
                code: finding.code,
                text: outcome.cellTexts[finding.cell] ?? '',
                reason: reason.trim(),
                reviewedAt,
              },
            ],
      );
      save(nextReviews(outcome.reviews, { added }));
    },
    [now, save],
  );
  const withdraw = useCallback(
    (outcome: CheckOutcome, reviews: readonly Review[]) =>
      save(nextReviews(outcome.reviews, { withdrawn: reviews })),
    [save],
  );
  return { reviewing, review, withdraw };
}
