/** The Word adapter: a .docx's paragraphs and tables, for importing a plan's text (issue 16). */
export { docxText, NotDocxError, readDocx } from './readDocx';
export type { DocxBlock, DocxCell, DocxTable } from './readDocx';
export { docxTableGrid } from './docxTableGrid';
