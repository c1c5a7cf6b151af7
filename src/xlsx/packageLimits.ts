import JSZip from 'jszip';
import { parseArea, UnusableWorkbookError } from '../domain';

/**
 * What a workbook may hold before ExcelJS is given it. ExcelJS creates a cell object for every cell a
 * merged area covers, and compares each merge with every other (Worksheet._mergeCellsInternal): one merge
 * A20:XFD1048576 in a 7 KB file hangs it with gigabytes of memory, A1:Z50000 takes half a minute. A
 * "zip bomb" (400 MB of shared strings packed in 400 KB) exhausts it too. Real appendices are far below
 * these limits (the largest in the corpus: a few hundred merges, a few MB unpacked).
 */
export const PACKAGE_LIMITS = {
  /** Bytes of all parts unpacked, as the package's directory declares them. */
  unpackedBytes: 300_000_000,
  /** Cells covered by merged areas, over all sheets. */
  mergedCells: 250_000,
  /** Merged areas, over all sheets. */
  merges: 5_000,
} as const;

/**
 * Throws UnusableWorkbookError('too-large') when the package passes a limit, naming the sheet and the merged
 * area where one is to blame; reads only the zip directory, the workbook part and the sheets' merge lists.
 * @example await checkPackageLimits(bytes, 'ke-hoach.xlsx') // resolves, or throws before ExcelJS is involved
 */
export async function checkPackageLimits(
  bytes: Uint8Array,
  fileName: string,
  limits: { readonly [K in keyof typeof PACKAGE_LIMITS]: number } = PACKAGE_LIMITS,
): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new UnusableWorkbookError('not-xlsx', { file: fileName }, { cause });
  }
  let unpacked = 0;
  zip.forEach((_path, entry) => {
    unpacked += declaredSize(entry);
  });
  if (unpacked > limits.unpackedBytes)
    throw new UnusableWorkbookError('too-large', {
      file: fileName,
      reason: 'unpacked',
      megabytes: Math.round(unpacked / 1e6),
    });

  const sheetNames = await sheetNamesByPart(zip);
  let merges = 0;
  let cells = 0;
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(path)) continue;
    const xml = await entry.async('string');
    for (const match of xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/gu)) {
      const ref = match[1] ?? '';
      const area = safeArea(ref);
      if (!area) continue;
      merges++;
      const covered = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      cells += covered;
      const sheet = sheetNames.get(path) ?? path;
      if (covered > limits.mergedCells)
        throw new UnusableWorkbookError('too-large', {
          file: fileName,
          reason: 'merge',
          sheet,
          area: ref,
          cells: covered,
        });
      if (cells > limits.mergedCells || merges > limits.merges)
        throw new UnusableWorkbookError('too-large', {
          file: fileName,
          reason: 'merges',
          sheet,
          merges,
          cells,
        });
    }
  }
}

/** The uncompressed size the zip directory declares (JSZip keeps it on the entry's internal data). */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

function safeArea(ref: string): ReturnType<typeof parseArea> | undefined {
  try {
    return parseArea(ref.replace(/\$/gu, ''));
  } catch {
    return undefined;
  }
}

/** "xl/worksheets/sheet3.xml" → "Phụ lục 2", from xl/workbook.xml and its relationships. */
async function sheetNamesByPart(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const rel of rels.matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]+)"/u.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]+)"/u.exec(rel[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*>/gu)) {
    const name = /\bname="([^"]*)"/u.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]+)"/u.exec(sheet[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, unescapeXml(name));
  }
  return names;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}
