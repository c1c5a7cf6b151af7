import { normalizeText } from '../text';
import { partLabel } from './partLabels';

/** One paragraph of a plan's text, with the line of the source it starts on (1-based). */
export interface Paragraph {
  line: number;
  /** The last source line the paragraph covers (a paragraph split by a page break spans several). */
  endLine: number;
  text: string;
}

// Text copied out of Word tables or Markdown keeps a trailing cell bar ("ỦY BAN NHÂN DÂN |") and emphasis
// marks ("**KT. CHỦ TỊCH", "(*đính kèm …*)"): neither is the officer's wording.
const TRAILING_BARS = /(?:\s*\|)+\s*$/u;
const EMPHASIS = /\*{1,3}/gu;
// A paragraph that opens with a lower-case letter continues the one before it: Word's page break or a
// copy cut it ("… sửa đổi, bổ sung một số điều" / "của Quy định …", Đồng Nai 2025).
// A lower-case item marker ("a) …", "b. …") starts a paragraph of its own.
const CONTINUES = /^\p{Ll}(?![).]\s)/u;

/**
 * The plan's non-empty paragraphs in order, each normalised (NFC, single spaces) and tied to its source
 * line, a paragraph cut in two by a page break joined again.
 * @example planParagraphs('I. MỤC ĐÍCH\n\nTriển khai …\nvà bảo đảm …')
 *   → [{ line: 1, text: 'I. MỤC ĐÍCH' }, { line: 3, endLine: 4, text: 'Triển khai … và bảo đảm …' }]
 */
export function planParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const line = normalizeText(raw.replace(TRAILING_BARS, '').replace(EMPHASIS, ''));
    if (line === '' || line === '|') return;
    const last = out[out.length - 1];
    if (last && CONTINUES.test(line) && !/[.;:!?]$/u.test(last.text)) {
      last.text = `${last.text} ${line}`;
      last.endLine = i + 1;
      return;
    }
    out.push({ line: i + 1, endLine: i + 1, text: line });
  });
  return out.flatMap(withInlineTime);
}

// "- Tổng hợp kết quả kiểm kê … gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026." (Quảng Ngãi
// 1627/QĐ-UBND 2025): the time label its own bullets put on the next line, here after the sentence.
// A sentence ends after a word or a bracket, never after an item's number ("2. Thời gian thực hiện: …").
const INLINE_TIME = /(?<=\S\s\S*[\p{L})”"])\.\s+((?:Thời gian|Thời hạn|Tiến độ)[^:.]{0,30}):\s*\S/u;

/** A paragraph whose last sentence is a time label, as the paragraph and its label. */
function withInlineTime(paragraph: Paragraph): Paragraph[] {
  const found = INLINE_TIME.exec(paragraph.text);
  if (!found?.[1] || partLabel(found[1]) !== 'time') return [paragraph];
  const cut = found.index + 1;
  return [
    { ...paragraph, text: paragraph.text.slice(0, cut) },
    { ...paragraph, text: paragraph.text.slice(cut).trim() },
  ];
}
