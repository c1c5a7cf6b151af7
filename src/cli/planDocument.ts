import type { AppendixKindId, CellGrid } from '../domain';
import { chooseSheet, foldKey } from '../domain';
import type { DocxBlock, DocxTable } from '../docx';
import { docxTableGrid, docxText, NotDocxError, readDocx } from '../docx';
import { isZip, planText } from './planText';

/** An appendix table of a Word file, ready to be written as a sheet. */
export interface DocumentTable {
  grid: CellGrid;
  titleRows: number;
  kind: AppendixKindId;
}

/** What `import` reads from a plan file: its text, and the appendix tables of a .docx. */
export interface PlanDocument {
  text: string;
  tables: DocumentTable[];
  /** What the text's line numbers count: lines of a .txt, paragraphs of a .docx. */
  unit: 'line' | 'paragraph';
}

/** The plan in a file (.txt or .docx); undefined when the bytes are neither. */
export async function planDocument(bytes: Uint8Array): Promise<PlanDocument | undefined> {
  if (!isZip(bytes)) {
    const text = planText(bytes);
    return text === undefined ? undefined : { text, tables: [], unit: 'line' };
  }
  let blocks: DocxBlock[];
  try {
    blocks = await readDocx(bytes);
  } catch (error) {
    if (error instanceof NotDocxError) return undefined;
    throw error;
  }
  const tables = appendixTables(blocks);
  const found = new Set(tables.map((t) => t.source));
  return {
    text: docxText(blocks, (table) => found.has(table)),
    tables: tables.map(({ source: _source, ...table }) => table),
    unit: 'paragraph',
  };
}

/**
 * The tables the table engine reads as an appendix (a task matrix, a delegations list), each with the
 * lines above it that title it ("PHỤ LỤC 1", its title, "Kèm theo Kế hoạch số …") and a sheet name.
 */
function appendixTables(blocks: readonly DocxBlock[]): Array<DocumentTable & { source: DocxTable }> {
  const out: Array<DocumentTable & { source: DocxTable }> = [];
  const names = new Set<string>();
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    const titles = titleLines(blocks, i);
    const name = uniqueName(sheetName(titles[0], out.length + 1), names);
    const grid = docxTableGrid(block.table, name, titles);
    const kind = chooseSheet([grid]).candidates[0]?.kind;
    if (kind) out.push({ grid, titleRows: titles.length, kind, source: block.table });
  });
  return out;
}

// The paragraphs just above a table, from its "PHỤ LỤC" line on (at most six lines back).
function titleLines(blocks: readonly DocxBlock[], at: number): string[] {
  const above: string[] = [];
  for (let i = at - 1; i >= 0 && above.length < 6; i--) {
    const block = blocks[i];
    if (!block || block.kind === 'table') break;
    const text = block.text.trim();
    if (text === '') continue;
    above.unshift(text);
    if (/^PHỤ LỤC\b/iu.test(text)) return above;
  }
  return [];
}

function sheetName(title: string | undefined, nth: number): string {
  const appendix = /^PH[UỤ] L[UỤ]C\s*(?:SỐ\s*)?([0-9IVX]+[a-z]?)?/iu.exec(title ?? '');
  if (appendix) return appendix[1] ? `Phụ lục ${appendix[1]}` : 'Phụ lục';
  return `Bảng ${nth}`;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(foldKey(candidate)) || foldKey(candidate) === foldKey('Phụ lục nhiệm vụ'); n++)
    candidate = `${name} (${n})`;
  taken.add(foldKey(candidate));
  return candidate;
}
