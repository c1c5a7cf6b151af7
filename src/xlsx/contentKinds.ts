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
  | 'externalLink'
  /** An officer's note a carried sheet no longer holds (counted by text, not by part). */
  | 'note';

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

/** The kind of content a package part is, if it is one ExcelJS can drop. */
export function kindOfPart(path: string): ContentKind | undefined {
  return KINDS.find(([pattern]) => pattern.test(path))?.[1];
}
