/**
 * Words that say what an agency does in the task rather than name one: "Sở Ngoại vụ (chủ trì)",
 * "Sở Y tế chủ trì, phối hợp". A piece made only of them is no agency and is dropped, not reported.
 */
const ROLE_PIECES = new Set([
  'chu tri',
  'phoi hop',
  'thuc hien',
  'tham muu',
  'chu tri tham muu',
  'chu tri thuc hien',
  'phoi hop thuc hien',
  'chu tri phoi hop',
  'theo doi',
  'huong dan',
  'to chuc thuc hien',
  'chiu trach nhiem',
]);

/** @example isRolePiece('chu tri') === true */
export function isRolePiece(key: string): boolean {
  return ROLE_PIECES.has(key);
}
