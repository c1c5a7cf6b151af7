import type { Appendix } from '../schema';

/**
 * The note closing a matrix that `import` made from a plan's text ("Lập từ văn bản "ke-hoach.txt": cột Ghi chú
 * ghi các dòng …"). Such a sheet keeps the plan's own numbering, so that each row can be found in the plan:
 * its first chapter may well be "III", the chapters before it holding no task.
 */
export const MADE_FROM_TEXT = 'Lập từ văn bản';

/** Whether the appendix is a matrix made from a plan's text (its closing note says so). */
export function madeFromText(appendix: Appendix): boolean {
  return appendix.notes.some((note) => note.text.startsWith(MADE_FROM_TEXT));
}
