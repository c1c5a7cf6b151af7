import JSZip from 'jszip';
import {
  ContentTypes,
  reachableParts,
  relationshipsOf,
  sheetsOf,
  workbookPartOf,
} from '../../src/xlsx/packageParts';

/**
 * What makes a package one Excel opens without repair, as far as a test can tell: every internal
 * relationship points to a part that exists, every part is reachable and has a content type, sheet names
 * and sheet ids are unique, every sheet's relationship exists. The problems found, empty when none.
 */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const types = await ContentTypes.of(zip);
  const reached = await reachableParts(zip);
  for (const path of Object.keys(zip.files)) {
    if (zip.files[path]?.dir) continue;
    if (!reached.has(path)) problems.push(`unreachable part ${path}`);
    if (!path.endsWith('.rels') && path !== '[Content_Types].xml' && !types.typeOf(path))
      problems.push(`no content type for ${path}`);
    if (!path.endsWith('.rels')) continue;
    const source = path.replace(/_rels\/([^/]*)\.rels$/u, '$1');
    for (const rel of await relationshipsOf(zip, source === '_rels/.rels' ? '' : source))
      if (!rel.external && !zip.file(rel.target))
        problems.push(`${path}: ${rel.id} points to missing ${rel.target}`);
  }
  const sheets = await sheetsOf(zip, await workbookPartOf(zip));
  const names = sheets.map((s) => s.name.toLowerCase());
  if (new Set(names).size !== names.length) problems.push(`sheet names repeat: ${names.join(', ')}`);
  const ids = sheets.map((s) => /\ssheetId="(\d+)"/u.exec(s.element)?.[1]);
  if (new Set(ids).size !== ids.length) problems.push(`sheet ids repeat: ${ids.join(', ')}`);
  for (const sheet of sheets)
    if (!sheet.part || !zip.file(sheet.part)) problems.push(`sheet ${sheet.name} has no part`);
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  for (const [list, item] of [
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellXfs', 'xf'],
    ['dxfs', 'dxf'],
  ]) {
    const found = new RegExp(
      `<(?:\\w+:)?${list}\\b[^>]*?count="(\\d+)"[^>]*>([\\s\\S]*?)</(?:\\w+:)?${list}>`,
      'u',
    ).exec(styles);
    if (!found) continue;
    const items = (found[2] ?? '').match(new RegExp(`<(?:\\w+:)?${item}\\b`, 'gu'))?.length ?? 0;
    if (Number(found[1]) !== items) problems.push(`styles: ${list} count ${found[1]} for ${items}`);
  }
  return problems;
}

/** The bytes of one part, to compare before and after. */
export async function partBytes(bytes: Uint8Array, path: string): Promise<Uint8Array | undefined> {
  return (await JSZip.loadAsync(bytes)).file(path)?.async('uint8array');
}
