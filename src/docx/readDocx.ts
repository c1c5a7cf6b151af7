import JSZip from 'jszip';
import { appendAll } from '../domain';
import { WordNumbering } from './wordNumbering';
import type { XmlNode } from './wordXml';
import { attributeOf, childNamed, childrenOf, descendantsNamed, parseXml, tagOf } from './wordXml';

/** A cell of a Word table: 0-based position on the table's grid, its spans and its text. */
export interface DocxCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  /** The cell's paragraphs, one per line. */
  text: string;
}

export interface DocxTable {
  rowCount: number;
  columnCount: number;
  cells: DocxCell[];
}

/** The body of a Word document in order: its paragraphs (with Word's own numbering) and tables. */
export type DocxBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; table: DocxTable };

/** Thrown when the bytes are no Word document (.docx): not a zip, or no word/document.xml in it. */
export class NotDocxError extends Error {
  override readonly name = 'NotDocxError';
}

/**
 * The body of a .docx, read from its WordprocessingML: paragraphs with the numbers Word draws before them
 * ("1.", "a)", from numbering.xml), text of deleted revisions left out, tables cell by cell with their
 * merged cells (gridSpan, vMerge).
 * @example (await readDocx(bytes))[0] // { kind: 'paragraph', text: 'ỦY BAN NHÂN DÂN' }
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxBlock[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new NotDocxError('not a zip package', { cause });
  }
  const document = await zip.file('word/document.xml')?.async('string');
  if (document === undefined) throw new NotDocxError('no word/document.xml');
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const numbering = new WordNumbering(numberingXml ? parseXml(numberingXml) : []);
  const body = descendantsNamed(parseXml(document), 'w:body')[0];
  return body ? blocksOf(childrenOf(body), numbering) : [];
}

function blocksOf(nodes: readonly XmlNode[], numbering: WordNumbering): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') blocks.push({ kind: 'paragraph', text: paragraphText(node, numbering) });
    else if (tag === 'w:tbl') blocks.push({ kind: 'table', table: tableOf(node, numbering) });
    // A content control or a custom XML block wraps ordinary paragraphs and tables.
    else if (tag === 'w:sdt')
      appendAll(blocks, blocksOf(childrenOf(childNamed(node, 'w:sdtContent') ?? {}), numbering));
    else if (tag === 'w:customXml') appendAll(blocks, blocksOf(childrenOf(node), numbering));
  }
  return blocks;
}

function paragraphText(paragraph: XmlNode, numbering: WordNumbering): string {
  const numPr = childNamed(childNamed(paragraph, 'w:pPr') ?? {}, 'w:numPr');
  const numId = attributeOf(childNamed(numPr ?? {}, 'w:numId') ?? {}, 'w:val');
  const ilvl = Number(attributeOf(childNamed(numPr ?? {}, 'w:ilvl') ?? {}, 'w:val') ?? 0);
  const label = numId && numId !== '0' ? numbering.next(numId, ilvl) : '';
  const text = runsText(childrenOf(paragraph));
  return label ? `${label} ${text}` : text;
}

// Elements whose text is not the document's: deleted revisions, field instructions, the paragraph's
// properties (a deleted paragraph mark), footnote and comment references.
const SKIPPED = new Set([
  'w:del',
  'w:instrText',
  'w:delText',
  'w:pPr',
  'w:rPr',
  'w:footnoteReference',
  'w:commentReference',
]);

function runsText(nodes: readonly XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (SKIPPED.has(tag)) continue;
    if (tag === 'w:t')
      text += childrenOf(node)
        .map((n) => String(n['#text'] ?? ''))
        .join('');
    else if (tag === 'w:tab') text += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') text += '\n';
    else if (tag === 'w:noBreakHyphen') text += '-';
    else text += runsText(childrenOf(node));
  }
  return text;
}

function tableOf(table: XmlNode, numbering: WordNumbering): DocxTable {
  const cells: DocxCell[] = [];
  // Per grid column, the cell a vertical merge is still open in.
  const open = new Map<number, DocxCell>();
  let columnCount = 0;
  const rows = childrenOf(table).filter((n) => tagOf(n) === 'w:tr');
  rows.forEach((tr, row) => {
    const before = Number(
      attributeOf(childNamed(childNamed(tr, 'w:trPr') ?? {}, 'w:gridBefore') ?? {}, 'w:val') ?? 0,
    );
    let column = before;
    for (const tc of childrenOf(tr).filter((n) => tagOf(n) === 'w:tc')) {
      const properties = childNamed(tc, 'w:tcPr') ?? {};
      const colSpan = Math.max(
        1,
        Number(attributeOf(childNamed(properties, 'w:gridSpan') ?? {}, 'w:val') ?? 1),
      );
      const vMerge = childNamed(properties, 'w:vMerge');
      const restart = vMerge !== undefined && attributeOf(vMerge, 'w:val') === 'restart';
      const above = open.get(column);
      if (vMerge !== undefined && !restart && above) {
        above.rowSpan = row - above.row + 1;
      } else {
        const cell: DocxCell = { row, column, rowSpan: 1, colSpan, text: cellText(tc, numbering) };
        cells.push(cell);
        if (restart) open.set(column, cell);
        else open.delete(column);
      }
      column += colSpan;
    }
    columnCount = Math.max(columnCount, column);
  });
  return { rowCount: rows.length, columnCount, cells };
}

function cellText(tc: XmlNode, numbering: WordNumbering): string {
  return blocksOf(childrenOf(tc), numbering)
    .map((block) => (block.kind === 'paragraph' ? block.text : tableLines(block.table).join('\n')))
    .join('\n')
    .trim();
}

/** A table as lines of text, a row per line, its cells parted by " | " (as text copied out of Word reads). */
function tableLines(table: DocxTable): string[] {
  const lines: string[] = [];
  for (let row = 0; row < table.rowCount; row++) {
    const texts = table.cells.filter((c) => c.row === row).map((c) => c.text.replace(/\s*\n\s*/gu, ' '));
    lines.push(texts.join(' | '));
  }
  return lines;
}

/**
 * The document as plain text, a paragraph per line. A table's cells are lines of their own (the header
 * table "ỦY BAN NHÂN DÂN | CỘNG HÒA …" holds the plan's number and date); a table `skip` names (an
 * appendix read as a table) is left out.
 */
export function docxText(
  blocks: readonly DocxBlock[],
  skip: (table: DocxTable) => boolean = () => false,
): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') lines.push(block.text.replace(/\n/gu, ' '));
    else if (!skip(block.table))
      for (const cell of block.table.cells) lines.push(cell.text.replace(/\n/gu, ' '));
  }
  return lines.join('\n');
}
