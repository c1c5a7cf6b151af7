import JSZip from 'jszip';

/** What a workbook may hold that a save through ExcelJS can drop. */
export type ContentKind =
  | 'chart'
  | 'image'
  | 'threadedComment'
  | 'pivotTable'
  | 'slicer'
  | 'macro'
  | 'customXml'
  | 'embedded'
  | 'externalLink';

/** The package parts of each kind (ECMA-376 part names as Excel writes them). */
const KINDS: ReadonlyArray<readonly [RegExp, ContentKind]> = [
  [/^xl\/charts\/chart[^/]*\.xml$/u, 'chart'],
  [/^xl\/media\/[^/]+$/u, 'image'],
  [/^xl\/threadedComments\/[^/]+\.xml$/u, 'threadedComment'],
  [/^xl\/pivotTables\/[^/]+\.xml$/u, 'pivotTable'],
  [/^xl\/slicers\/[^/]+\.xml$/u, 'slicer'],
  [/^xl\/vbaProject\.bin$/u, 'macro'],
  [/^customXml\/item\d*\.xml$/u, 'customXml'],
  [/^xl\/embeddings\/[^/]+$/u, 'embedded'],
  [/^xl\/externalLinks\/externalLink[^/]*\.xml$/u, 'externalLink'],
];

export type ContentCounts = Partial<Record<ContentKind, number>>;

/** How many parts of each kind a package holds. @example await contentCounts(bytes) // { chart: 2, image: 1 } */
export async function contentCounts(bytes: Uint8Array): Promise<ContentCounts> {
  const zip = await JSZip.loadAsync(bytes);
  const counts: ContentCounts = {};
  for (const path of Object.keys(zip.files)) {
    const kind = KINDS.find(([pattern]) => pattern.test(path))?.[1];
    if (kind) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/**
 * What a save would lose: of each kind, the parts the original holds beyond those the saved package holds
 * (counted, not named: a save may renumber them). Empty when nothing is lost.
 * @example await unkeptContent(original, await workbookBytes(workbook)) // { chart: 2 }
 */
export async function unkeptContent(original: Uint8Array, saved: Uint8Array): Promise<ContentCounts> {
  const [before, after] = await Promise.all([contentCounts(original), contentCounts(saved)]);
  const lost: ContentCounts = {};
  for (const [kind, count] of Object.entries(before) as Array<[ContentKind, number]>) {
    const missing = count - (after[kind] ?? 0);
    if (missing > 0) lost[kind] = missing;
  }
  return lost;
}
