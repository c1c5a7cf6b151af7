import { classifyFunding } from '../funding';
import { isAmount, isMark } from '../table';
import type { ValueCell, ValueColumn } from '../table';
import { foldKey } from '../text';

/**
 * The funding source a column title names under its parent's title ("" without one), or undefined: a source
 * the funding checks know ("Ngân sách trung ương", "NSĐP", "Xã hội hóa", "Nguồn khác", "Vốn ODA"), the
 * budget alone ("Ngân sách"), other sources ("Khác"), the total ("Tổng số", "Tổng cộng"), or — under a
 * parent, never alone on the header row, where "Tỉnh" | "Xã" head other things — a level's budget ("Trung
 * ương" | "Địa phương" | "Tỉnh" under "Kinh phí (triệu đồng)": "Ngân sách tỉnh").
 * @example fundingSourceTitle('NSĐP', 'Kinh phí (triệu đồng)') === 'NSĐP'
 * @example fundingSourceTitle('Địa phương', 'Nguồn vốn') === 'Ngân sách địa phương'
 * @example fundingSourceTitle('Địa phương', '') === undefined
 */
export function fundingSourceTitle(title: string, parentTitle: string): string | undefined {
  // "Trong đó: NSTW" under "Kinh phí" beside "Tổng số": the source is NSTW.
  const own = title
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/^(?:trong đó|bao gồm|gồm)\s*[:,-]?\s*/iu, '');
  const folded = foldKey(own);
  if (folded === '') return undefined;
  if (TOTAL.test(folded) || BUDGET.test(folded)) return own;
  if (OTHER.test(folded)) return 'Nguồn khác';
  if (parentTitle.trim() !== '' && LEVEL.test(folded)) return `Ngân sách ${own.toLocaleLowerCase('vi')}`;
  if (INVESTMENT.test(folded)) return own;
  return classifyFunding(own).categories.length > 0 ? own : undefined;
}

// "Cộng" alone, not "Cộng đồng" (a community); "Tổng số (triệu đồng)" with its unit.
const TOTAL =
  /^(?:tong(?: so| cong| kinh phi| von| muc(?: dau tu)?)?(?: (?:(?:trieu|ty|nghin) )?dong)?|cong)$/u;
const BUDGET = /^(?:ngan sach|ns)(?: nha nuoc)?$/u;
const OTHER = /^(?:(?:nguon|von|kinh phi) )?khac$/u;
const LEVEL = /^(?:trung uong|tw|dia phuong|tinh|thanh pho|huyen|xa)$/u;
const INVESTMENT = /^(?:von|chi) (?:dau tu|su nghiep)$/u;

/** Whether a funding column is the total of the sources beside it (see fundingSourceTitle). */
export function isTotalTitle(title: string): boolean {
  return TOTAL.test(foldKey(title));
}

/**
 * The unit a money column's parent gives its amounts, in full ("Kinh phí (triệu đồng)", "(ĐVT: tr.đ)":
 * "triệu đồng"), or "" when it names none.
 * @example amountUnit('Kinh phí dự kiến (Tr.đồng)') === 'triệu đồng'
 */
export function amountUnit(parentTitle: string): string {
  // The unit in brackets closing a title, of the parent or (on a three-row header) of one above it.
  const unit = parentTitle
    .split('\n')
    .map((title) => /\(([^()]*)\)\s*$/u.exec(title)?.[1])
    .map((bracketed) => (bracketed === undefined ? null : UNIT.exec(foldKey(bracketed))))
    .find((found) => found !== null);
  if (!unit) return '';
  const scale = unit[1] ?? '';
  if (scale.startsWith('tr')) return 'triệu đồng';
  if (scale === 'ty') return 'tỷ đồng';
  if (scale === 'nghin' || scale === 'ngan') return 'nghìn đồng';
  return 'đồng';
}

const UNIT = /^(?:dvt |don vi(?: tinh)? )?(?:(trieu|tr|ty|nghin|ngan) ?)?(?:dong|d)$/u;

/**
 * The funding a row's source columns say, as the funding checks and the lists read it: each source the row
 * fills, with its amount and the parent's unit ("Ngân sách trung ương: 8.000 triệu đồng; Ngân sách tỉnh:
 * 4.000 triệu đồng"), a mark giving the source alone; the total only when no source is filled (its words as
 * written: "Lồng ghép"). A dash or a zero is no funding from that source.
 * @example fundingText([{ column: { column: 6, title: 'NSTW', parentTitle: 'Kinh phí (triệu đồng)' }, text: '500' }]) === 'NSTW: 500 triệu đồng'
 */
export function fundingText(cells: readonly ValueCell[]): string {
  const parts: string[] = [];
  let total: ValueCell | undefined;
  for (const cell of cells) {
    const text = cell.text.trim();
    if (NONE.test(text)) continue;
    if (isTotalTitle(cell.column.title)) total ??= cell;
    else
      parts.push(isMark(text) ? cell.column.title : `${cell.column.title}: ${withUnit(text, cell.column)}`);
  }
  if (parts.length > 0 || !total) return parts.join('; ');
  const text = total.text.trim();
  return isAmount(text) ? `${total.column.title}: ${withUnit(text, total.column)}` : text;
}

const NONE = /^(?:[-–—]|0+(?:[.,]0+)?)?$/u;

function withUnit(text: string, source: ValueColumn): string {
  const unit = amountUnit(source.parentTitle);
  return unit !== '' && isAmount(text) ? `${text} ${unit}` : text;
}
