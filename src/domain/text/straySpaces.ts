// A space, tab or no-break space at either end of a cell, or two or more in a row inside it. Line breaks
// are the officer's layout and never count.
const STRAY_SPACE = /^[ \t\u00a0]|[ \t\u00a0]$|[ \t\u00a0]{2,}/u;
const ENDS = /^[ \t\u00a0]+|[ \t\u00a0]+$/gu;
const RUNS = /[ \t\u00a0]{2,}/gu;

/** @example hasStraySpaces(' Sở Nội vụ') === true; hasStraySpaces('Sở Nội vụ\nSở Tư pháp') === false */
export function hasStraySpaces(text: string): boolean {
  return STRAY_SPACE.test(text);
}

/**
 * The text without stray spaces: none at either end, one where there were several; line breaks stay.
 * @example tidySpaces('  Sở  Tài chính ') === 'Sở Tài chính'
 */
export function tidySpaces(text: string): string {
  return hasStraySpaces(text) ? text.replace(ENDS, '').replace(RUNS, ' ') : text;
}
