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

/**
 * Verbs that open a description of the agency's part rather than a name: "UBND các xã, phường trực tiếp
 * triển khai tại địa bàn", "Sở Khoa học và Công nghệ triển khai hệ thống, hạ tầng, dữ liệu" (Hà Nội
 * 277/KH-UBND 2026), "theo chức năng, nhiệm vụ", "đối với …".
 */
const ROLE_OPENERS =
  /^(?:chu tri|phoi hop|thuc hien|tham muu|trien khai|truc tiep|theo chuc nang|theo tham quyen|theo phan cap|theo doi|huong dan|to chuc thuc hien|chiu trach nhiem|doi voi|bao dam|dam bao|tai dia ban|tren dia ban) /u;

/**
 * A piece that says what an agency does, not which: a role ("chủ trì") or a description opened by one.
 * @example isRolePiece('chu tri') === true
 * @example isRolePiece('truc tiep trien khai tai dia ban') === true
 */
export function isRolePiece(key: string): boolean {
  return ROLE_PIECES.has(key) || ROLE_OPENERS.test(`${key} `);
}
