import type { RowKind } from '../schema';
import { normalizeText } from '../text';
import { isUnparsed, parseTimeframe } from '../timeframe';
import { isChildTt, isSectionTt, ttLevel } from './parseTt';
import type { RowFacts } from './rowFacts';
import { isOwn, presentCells } from './rowFacts';

export interface ClassifyContext {
  /** Rows below the header, in sheet order. */
  rows: readonly RowFacts[];
  /** True for a row that repeats the header (a Word table split over pages), whatever its TT holds. */
  isRepeatedHeader: (facts: RowFacts) => boolean;
  /** The sheet numbers tasks twice: a running TT beside a detail column (see detailTtColumn). */
  numberedTwice?: boolean;
  /** Rows of other tables on the sheet (see otherTables): kept as notes, never read as tasks. */
  otherTables?: readonly RowSpan[];
}

/** Rows i to j (indices into the rows below the header, both included). */
export interface RowSpan {
  from: number;
  to: number;
}

/**
 * The other tables of the sheet: from a row that opens a header of its own ("TT | Chỉ tiêu | Đơn vị tính |
 * Kế hoạch năm 2026" under the tasks, its TT cell a column title, the row not the task header repeated) to
 * the row before the task header comes back, or the last row that holds anything; the heading right above
 * it ("B. CHỈ TIÊU") is part of it. Its rows are no tasks of this table (session 22 probe: five false
 * warnings, its header a task).
 */
export function otherTables(
  rows: readonly RowFacts[],
  opensOtherHeader: (facts: RowFacts) => boolean,
  isRepeatedHeader: (facts: RowFacts) => boolean,
): RowSpan[] {
  const spans: RowSpan[] = [];
  for (let i = 0; i < rows.length; i++) {
    const facts = rows[i] as RowFacts;
    if (!opensOtherHeader(facts) || isRepeatedHeader(facts)) continue;
    let from = i;
    let above = i - 1;
    while (above >= 0 && (rows[above] as RowFacts).blank) above--;
    if (above >= 0 && isTitleOnly(rows[above] as RowFacts)) from = above;
    let to = i;
    let j = i + 1;
    for (; j < rows.length && !isRepeatedHeader(rows[j] as RowFacts); j++)
      if (!(rows[j] as RowFacts).blank) to = j;
    spans.push({ from, to });
    i = j - 1;
  }
  return spans;
}

/** A row with a title and nothing else: a heading. */
function isTitleOnly(facts: RowFacts): boolean {
  return facts.ownData === 0 && (facts.tt.rest !== '' || isOwn(facts.cells.task));
}

// "Cộng", "Cộng mục I" open a total; "Cộng đồng …" opens a sentence. A proposal under the table
// ("Đề xuất kiến nghị: Các đơn vị …", Đắk Lắk Phụ lục III 2026) is the drafter's note: with its colon only.
const NOTE_START =
  /^(\*|ghi chú|lưu ý|chú thích|nguồn\s*:|tổng cộng|tổng số|cộng(?!\p{L})(?!\s+đồng)|(?:đề xuất,?\s*)?kiến nghị\s*:|đề xuất\s*:)/iu;
const COLUMN_INDEX = /^\(?\d{1,2}\)?$/;

/**
 * The kind of every row below the header: section, group, task, continuation, blank, note …
 * A row's kind depends on its neighbours: a numbered title is a group only when children follow it,
 * and a row without TT continues the task above only when it carries too little to be a task itself.
 */
export function classifyRows(context: ClassifyContext): RowKind[] {
  const { rows } = context;
  const kinds: RowKind[] = [];
  let seenTask = false;
  // After a note that follows the table, unnumbered rows are more notes until a numbered row appears.
  let inNotes = false;
  for (let i = 0; i < rows.length; i++) {
    const facts = rows[i] as RowFacts;
    const kind = classifyRow(context, kinds, i, inNotes);
    if (kind === 'note' && seenTask) inNotes = true;
    else if (kind !== 'blank' && kind !== 'note' && facts.tt.kind !== 'empty') inNotes = false;
    if (kind === 'task') seenTask = true;
    kinds.push(kind);
  }
  return kinds;
}

function classifyRow(
  context: ClassifyContext,
  kinds: readonly RowKind[],
  i: number,
  inNotes: boolean,
): RowKind {
  const facts = context.rows[i] as RowFacts;
  if (facts.blank) return 'blank';
  if (context.otherTables?.some((span) => i >= span.from && i <= span.to)) return 'note';
  // Under the header, or under a header repeated on a new page.
  if ((i === 0 || kinds[i - 1] === 'repeated-header') && isColumnIndexRow(facts)) return 'column-index';
  if (context.isRepeatedHeader(facts)) return 'repeated-header';
  if (
    facts.mergedFromRow !== undefined &&
    entityKindAt(context.rows, kinds, i, facts.mergedFromRow) === 'task'
  ) {
    // Under a TT (and lead) merged down over several rows, a row with its own task text and its own
    // deadline or partners is another task of the same agency (175/NQ-CP 2023: "Bộ Công an" over eight).
    return isOwnTaskUnderMerge(facts) ? 'task' : 'continuation';
  }
  const tt = facts.tt;
  // "Ghi chú:" then "1. Các cơ quan chủ trì báo cáo …" over the whole row (session 21 probe): the notes are
  // numbered too, their text in the number's cell with no task cell and no data of their own.
  if (
    inNotes &&
    tt.kind !== 'empty' &&
    tt.rest !== '' &&
    facts.cells.task === undefined &&
    facts.ownData === 0
  )
    return 'note';
  if (headsNextTable(context.rows, i, (j) => context.isRepeatedHeader(context.rows[j] as RowFacts)))
    return 'section';
  if (isSectionTt(tt)) return isAssignedLeaf(context.rows, i) ? 'task' : 'section';
  if (tt.kind === 'bullet' && facts.anyData === 0 && bulletsContentOf(context.rows, kinds, i))
    return 'continuation';
  if (tt.kind === 'number' || tt.kind === 'sub-letter' || tt.kind === 'bracketed' || tt.kind === 'bullet') {
    return isGroup(context.rows, i, context.numberedTwice === true) ? 'group' : 'task';
  }
  if (tt.kind === 'text') {
    if (NOTE_START.test(tt.rest)) return 'note';
    // "Phần I", "Phần thứ nhất" over tasks numbered from 1: a heading whose number is a word.
    if (facts.anyData === 0) return isUnnumberedHeading(context.rows, kinds, i) ? 'section' : 'note';
    return 'task';
  }
  // No TT from here on.
  if (inNotes || isNoteText(facts) || isClosingRow(facts)) return 'note';
  if (isUnnumberedHeading(context.rows, kinds, i)) return 'section';
  const previous = kinds[i - 1];
  const followsTask = previous === 'task' || previous === 'continuation';
  // A row with its own task text and its own lead is a task of its own, numbered or not; so is one that
  // starts a sentence and gives its own deadline ("01/2020 | Phê duyệt nhiệm vụ …", its lead in another
  // column, 836/QĐ-BXD 2019) — what a page break carries over continues a sentence.
  const substantial =
    facts.cells.task !== undefined &&
    (facts.anyData >= 2 || isOwn(facts.cells.lead) || startsWithOwnDeadline(facts));
  // Text merged across the whole row after a task is no more of that task's cell: a page break carries each
  // column over apart (116/NQ-CP 2026: a sentence over B41:E41 between tasks 3 and 4).
  if (followsTask && facts.taskAcross && facts.ownData === 0) return 'note';
  return followsTask && !substantial ? 'continuation' : 'task';
}

/**
 * The kind of the entity that row `rowNumber` (above row i, where a vertical merge starts) belongs to.
 * Rows are contiguous, so its index follows from the row numbers. A merge may start on a continuation of
 * a task: walk back to the task itself.
 */
function entityKindAt(rows: readonly RowFacts[], kinds: readonly RowKind[], i: number, rowNumber: number) {
  let k = i - ((rows[i] as RowFacts).rowNumber - rowNumber);
  if (k < 0 || k >= i) return undefined;
  while (k > 0 && kinds[k] === 'continuation') k--;
  return kinds[k];
}

/**
 * Bullet rows with nothing but text right under a numbered task that has its own lead or time: the task's
 * content item by item ("1 | Cải cách thủ tục | Văn phòng UBND tỉnh | Năm 2025", then "- Rà soát …", "- Số hóa
 * …", session 21 probe), not tasks without lead or time. Under a bullet task they are its siblings.
 */
function bulletsContentOf(rows: readonly RowFacts[], kinds: readonly RowKind[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (kinds[k] === 'continuation' || kinds[k] === 'blank')) k--;
  const above = rows[k];
  return kinds[k] === 'task' && above !== undefined && above.tt.kind !== 'bullet' && above.ownData > 0;
}

/**
 * A numbered row is a group when it carries only a title and the next meaningful row is its child:
 * "5 Với thành phố Padang" over 5.1–5.3, or "1 Công tác biên giới" over an unnumbered task.
 */
function isGroup(rows: readonly RowFacts[], i: number, numberedTwice: boolean): boolean {
  const facts = rows[i] as RowFacts;
  const next = nextMeaningful(rows, i);
  if (!next) return false;
  // In a sheet that numbers tasks twice, a row the running count skips heads the counted rows below it,
  // whatever it carries (Hà Nội 277/KH-UBND: "2 Tập trung cao điểm …", with a lead and "Theo từng mốc thời
  // hạn dưới đây", over a) and b), counted 9 and 10).
  if (numberedTwice && facts.serial === undefined && next.serial !== undefined)
    return isChildTt(facts.tt, next.tt);
  if (next.mergedFromRow !== undefined && next.mergedFromRow <= facts.rowNumber) return false;
  // A title only (in the task column, or alone in another column such as the lead's).
  const titleOnly = facts.ownData === 0 || (facts.cells.task === undefined && facts.ownData === 1);
  if (!titleOnly) return false;
  if (next.tt.kind === 'empty') return next.cells.task !== undefined && next.anyData > 0 && !isNoteText(next);
  return isChildTt(facts.tt, next.tt);
}

/**
 * A section-numbered row (I, II, A) that is really a task: it carries its own lead, and no row below
 * belongs to it before the next section of the same or a higher level.
 */
function isAssignedLeaf(rows: readonly RowFacts[], i: number): boolean {
  const facts = rows[i] as RowFacts;
  if (facts.cells.task === undefined || !isOwn(facts.cells.lead)) return false;
  const next = nextMeaningful(rows, i);
  return next === undefined || (isSectionTt(next.tt) && ttLevel(next.tt) <= ttLevel(facts.tt));
}

/**
 * A numbered title alone in its row right above a repeated header, after which the numbering starts again
 * at 1: the heading of the next table of the same sheet ("2. Các nhiệm vụ về chuyển đổi số quá hạn chưa
 * hoàn thành" over its own "STT | Nhiệm vụ …", 624/TB-VPCP 2025). A section, not a task. A group title
 * that a page break parts from its children ("3. …", the header again, then 3.1) is no such heading.
 * `isHeaderAt(j)` tells a repeated header: the classifier asks the table, the assembler the row kinds.
 */
export function headsNextTable(
  rows: readonly RowFacts[],
  i: number,
  isHeaderAt: (j: number) => boolean,
): boolean {
  const facts = rows[i] as RowFacts;
  if (facts.ownData !== 0 || facts.tt.kind === 'empty' || facts.tt.rest.split(/\s+/u).length < 3)
    return false;
  let j = i + 1;
  while (j < rows.length && (rows[j] as RowFacts).blank) j++;
  if (j >= rows.length || !isHeaderAt(j)) return false;
  for (j++; j < rows.length; j++) {
    const after = rows[j] as RowFacts;
    if (after.blank || isColumnIndexRow(after) || isHeaderAt(j)) continue;
    return /^(?:1|I|A|a)$/u.test(after.tt.label) && !isChildTt(facts.tt, after.tt);
  }
  return false;
}

/**
 * A title alone in the task column, with no number, over numbered rows that start again from their first
 * ("NHIỆM VỤ CHUNG" over 1, 2 …; "Lĩnh vực giáo dục" over 1, 2 … after another field's 1, 2, 3): a heading of
 * its own, not a task without lead or time, nor the last task's text continued (session 20 probe). Over
 * bullet rows that carry their own lead or time ("- Tổ chức …"), which have no first, it is a heading where
 * no task stands above it to continue, or where it is written in capitals, as titles are (session 21 probe).
 */
function isUnnumberedHeading(rows: readonly RowFacts[], kinds: readonly RowKind[], i: number): boolean {
  const facts = rows[i] as RowFacts;
  if (!isOwn(facts.cells.task) || facts.ownData !== 0 || facts.anyData !== 0 || facts.extra.size > 0)
    return false;
  const j = nextMeaningfulIndex(rows, i);
  if (j === undefined) return false;
  const next = rows[j] as RowFacts;
  // A heading over another heading whose number is a word ("Phần II" over "Nhóm 1" over "1)", session 23).
  if (next.tt.kind === 'text') return isUnnumberedHeading(rows, kinds, j);
  // Over unnumbered rows or bullets that carry their own data ("NHIỆM VỤ CHUNG" over tasks without numbers,
  // session 22 probe), in capitals or with no task above to continue.
  if (next.tt.kind === 'empty' || next.tt.kind === 'bullet')
    return next.ownData > 0 && isOwn(next.cells.task) && (!afterTask(kinds, i) || isCapitals(facts));
  return FIRST_OF_SEQUENCE.test(next.tt.parts.at(-1) ?? '');
}

function afterTask(kinds: readonly RowKind[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && kinds[j] === 'blank') j--;
  return kinds[j] === 'task' || kinds[j] === 'continuation';
}

function isCapitals(facts: RowFacts): boolean {
  const text = facts.cells.task?.text ?? '';
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

// The first number of a sequence, in any of its numerals: 1, 01, I, A, a, i.
const FIRST_OF_SEQUENCE = /^(?:0?1|I|A|a|i)$/u;

function nextMeaningfulIndex(rows: readonly RowFacts[], i: number): number | undefined {
  for (let j = i + 1; j < rows.length; j++) if (!(rows[j] as RowFacts).blank) return j;
  return undefined;
}

function nextMeaningful(rows: readonly RowFacts[], i: number): RowFacts | undefined {
  const j = nextMeaningfulIndex(rows, i);
  return j === undefined ? undefined : rows[j];
}

function isOwnTaskUnderMerge(facts: RowFacts): boolean {
  const { task, time, partners } = facts.cells;
  return isOwn(task) && (isOwn(time) || isOwn(partners)) && facts.cells.tt?.inherited === true;
}

function isNoteText(facts: RowFacts): boolean {
  const text = facts.cells.task?.text ?? facts.tt.rest;
  if (text === '') {
    // "Ghi chú:" alone in another column (the first, 836/QĐ-BXD 2019): the row holds nothing else.
    const present = presentCells(facts);
    const only = present.length === 1 && facts.extra.size === 0 ? present[0]?.[1] : undefined;
    return only !== undefined && !only.inherited && NOTE_START.test(normalizeText(only.text));
  }
  return (facts.ownData === 0 || amountsOnly(facts)) && NOTE_START.test(normalizeText(text));
}

// The document's closing block pasted under the table (session 21 probe): "Nơi nhận:", "- Như trên;", "- Lưu: VT",
// the signing authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and "(Đã ký)".
const CLOSING = [
  /^Nơi nhận\s*:?/iu,
  /^[-–+]?\s*(?:Như trên|Lưu\s*:|Lưu VT)/iu,
  /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u,
  /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)(?:\s+\p{Lu}+)*$/u,
  /^\((?:đã ký|ký)/iu,
];

/**
 * A row of the closing block: every value it holds is a closing line. The first such row starts the notes
 * after the table (classifyRows), so the signer's name under it is no task continued either.
 */
function isClosingRow(facts: RowFacts): boolean {
  const present = presentCells(facts).filter(([, cell]) => !cell.inherited);
  const values = [
    ...present.map(([, cell]) => cell.text),
    ...[...facts.extra.values()].map((cell) => cell.text),
  ];
  return (
    values.length > 0 && values.every((text) => CLOSING.some((pattern) => pattern.test(normalizeText(text))))
  );
}

// "2.000", "4 500", "1,5 tỷ đồng": an amount, the only thing a total row carries besides its words.
const AMOUNT = /^\d[\d.,\s]*(?:\s*(?:triệu|tỷ|nghìn|ngàn)?\s*(?:đồng|đ)?)?$/iu;

/**
 * Every value of the row besides its words is an amount: "Cộng mục I | … | 2.000", "Tổng cộng | … | 4.500"
 * under a column of costs (session 21 probe) — a total, not the last task's text and cost continued.
 */
function amountsOnly(facts: RowFacts): boolean {
  let amounts = 0;
  for (const [field, cell] of presentCells(facts)) {
    if (field === 'task' || field === 'tt' || cell.inherited) continue;
    if (!cell.amounts && !AMOUNT.test(normalizeText(cell.text))) return false;
    amounts++;
  }
  for (const cell of facts.extra.values()) {
    if (cell.inherited) continue;
    if (!AMOUNT.test(normalizeText(cell.text))) return false;
    amounts++;
  }
  return amounts > 0;
}

function startsWithOwnDeadline(facts: RowFacts): boolean {
  const { task, time } = facts.cells;
  if (!isOwn(task) || !isOwn(time) || !/^\p{Lu}/u.test(task?.text.trim() ?? '')) return false;
  const timeframe = parseTimeframe(time?.text ?? '');
  return timeframe.parts.length > 0 && !isUnparsed(timeframe);
}

/** A row of column numbers under the header: "(1) (2) (3) …" or "1 2 3 …". */
function isColumnIndexRow(facts: RowFacts): boolean {
  const texts = presentCells(facts).map(([, cell]) => normalizeText(cell.text));
  return texts.length >= 3 && texts.every((text) => COLUMN_INDEX.test(text));
}
