import JSZip from 'jszip';
import { COMMENTS_TYPE } from './carryThreads';
import { relationshipsOf } from './packageParts';

/**
 * The package with every note's text where ExcelJS 4.4 reads it. ExcelJS reads a note's text only from its
 * runs (`<r>`, comment-xform.js); Excel writes a comment thread's placeholder note without a run, and
 * openpyxl every note, so such notes were read empty and saved empty by the workbench. Each run-less text
 * gets a run: what the officer sees is unchanged (ECMA-376's CT_Rst allows both forms). The same bytes
 * when nothing needs it. Used by loadWorkbook; the officer's file itself is never changed.
 */
export async function packageWithReadableNotes(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  const sheets = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/u.test(path));
  for (const rels of sheets) {
    const sheetPart = rels.replace(/_rels\/([^/]+)\.rels$/u, '$1');
    for (const rel of await relationshipsOf(zip, sheetPart)) {
      if (rel.external || !COMMENTS_TYPE.test(rel.type)) continue;
      const comments = await zip.file(rel.target)?.async('string');
      if (comments === undefined) continue;
      const mended = withRunsInNotes(comments);
      if (mended === comments) continue;
      zip.file(rel.target, mended);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
}

const RUNLESS_TEXT = /(<(?:\w+:)?text\b[^>]*>\s*)(<((\w+:)?t)\b[^>]*>[\s\S]*?<\/\3>|<(\w+:)?t\b[^>]*\/>)/gu;

/** A comments part with each note's run-less text (`<text><t>…</t></text>`) given a run. */
export function withRunsInNotes(xml: string): string {
  return xml.replace(
    RUNLESS_TEXT,
    (_, open: string, text: string, _t: string, prefix = '', emptyPrefix = '') =>
      `${open}<${prefix || emptyPrefix}r>${text}</${prefix || emptyPrefix}r>`,
  );
}
