export { findingCellText, isReviewable, nextReviews, setAsideReviewed } from './review';
export type { Review, ReviewedFinding } from './review';
export { readReviewsSheet, reviewsSheetSpec } from './reviewsSheet';
