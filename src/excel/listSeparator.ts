import { errorCode } from '../domain';

/**
 * `Worksheet.getRanges("A1,B2")` takes the list separator of the machine's regional settings on desktop
 * Excel, not always the comma the documentation shows ("comma-separated or semicolon-separated",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1)):
 * with a ";" locale (German, Czech — and Vietnamese, whose decimal separator is the comma) it fails with
 * InvalidArgument (office-js#1167, #1985, still open); Office.js offers no way to read the separator
 * (`cultureInfo.numberFormat` has no list separator, office-js#2891). So the adapter probes
 * `getRanges("A1,A2")` in a round trip of its own before writing (learnListSeparator in writeCheck.ts) and
 * remembers what worked for the rest of the runtime — a ribbon command's runtime lasts one click, so it
 * probes on every click, which costs one round trip and never a wrong guess.
 */
export type ListSeparator = ',' | ';';

let known: ListSeparator | undefined;

/** The separator to try first, and whether it is only a guess. */
export function listSeparator(): { separator: ListSeparator; confirmed: boolean } {
  return { separator: known ?? ',', confirmed: known !== undefined };
}

export function confirmListSeparator(separator: ListSeparator): void {
  known = separator;
}

/** Forgets what was learnt (tests). */
export function resetListSeparator(): void {
  known = undefined;
}

export function otherSeparator(separator: ListSeparator): ListSeparator {
  return separator === ',' ? ';' : ',';
}

/** Queues the probe: a two-area RangeAreas, which fails the batch when the separator is the wrong one. */
export function probeListSeparator(sheet: Excel.Worksheet, separator: ListSeparator): void {
  sheet.getRanges(`A1${separator}A2`).load('areaCount');
}

export function isInvalidArgument(error: unknown): boolean {
  return errorCode(error) === 'InvalidArgument';
}
