/**
 * Lead cells written as numbered paragraphs (109/NQ-CP 2026: "1. Bộ Nội vụ chủ trì …\n2. Các bộ, cơ quan
 * rà soát …", 175/NQ-CP 2023: "(1) Bộ Tư pháp\n(2) Văn phòng Chính phủ", "1. Về phát triển công nghiệp quốc gia: Bộ Công Thương chủ trì."): the paragraph numbers,
 * bullets and topic labels frame the names and are none. They are blanked out with spaces, so every offset
 * into the cell stays the same.
 */
const ENUMERATOR = /(^|\n)([ \t]*)(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\)|[-+•*–])[ \t]+/gu;
const TOPIC_LABEL = /(^|\n)([ \t]*)(?:Về|Đối với|Riêng)\s[^:\n]{1,160}:/gu;

/**
 * @example frameless('1. Về khoáng sản: Bộ Nông nghiệp và Môi trường chủ trì').trim()
 *   === 'Bộ Nông nghiệp và Môi trường chủ trì'
 */
export function frameless(cellText: string): string {
  if (!/(^|\n)\s*(\d|\(\d|[a-zđ]\)|[-+•*–]|Về|Đối với|Riêng)/u.test(cellText)) return cellText;
  const blank = (match: string, lineStart: string) => lineStart + ' '.repeat(match.length - lineStart.length);
  return cellText.replace(ENUMERATOR, blank).replace(TOPIC_LABEL, blank);
}
