import JSZip from 'jszip';
import type { ApplyOutcome, CellChange, CellNow, SkippedChange } from '../domain';
import { appendAll, changesBySheet, sortOutChanges, UnusableWorkbookError } from '../domain';
import { resolvePart } from './normalizePackage';
import type { SharedString } from './packageXml';
import { attribute, decodeXml, encodeXml, runText, sharedStrings } from './packageXml';

export interface PatchOutcome extends ApplyOutcome {
  bytes: Uint8Array;
}

/**
 * Writes the changed cells into a copy of the .xlsx package and leaves every other part as it was:
 * ExcelJS would re-serialise the whole workbook and drop what it does not model (charts, images, some
 * notes — STYLE.md). Each changed cell becomes an inline string keeping its own style. A cell whose text
 * is no longer the preview's, that holds a formula, or whose words are formatted apart (a rich text one
 * plain string would flatten) is skipped, never overwritten.
 * @example const { bytes, written } = await patchCells(original, proposeFixes(checked))
 */
export async function patchCells(bytes: Uint8Array, changes: readonly CellChange[]): Promise<PatchOutcome> {
  const zip = await JSZip.loadAsync(bytes);
  const strings = await sharedStrings(zip);
  const written: CellChange[] = [];
  const skipped: SkippedChange[] = [];
  let released = 0;
  for (const [sheet, sheetChanges] of changesBySheet(changes)) {
    const path = await sheetPath(zip, sheet);
    const original = (await zip.file(path)?.async('string')) ?? '';
    const cells = new Map(sheetChanges.map((change) => [change.cell, cellElement(original, change.cell)]));
    const sorted = sortOutChanges(sheetChanges, (change) => {
      const element = cells.get(change.cell);
      return element && cellNow(element.xml, strings);
    });
    appendAll(skipped, sorted.skipped);
    // From the end of the part backwards, so the offsets of the cells before stay true.
    let xml = original;
    const backwards = sorted.write
      .map((change) => ({ change, element: cells.get(change.cell) as CellElement }))
      .sort((a, b) => b.element.start - a.element.start);
    for (const { change, element } of backwards) {
      if (/\bt="s"/u.test(element.open)) released++;
      xml = xml.slice(0, element.start) + inlineCell(element, change.after) + xml.slice(element.end);
    }
    appendAll(written, sorted.write);
    if (xml !== original) zip.file(path, xml);
  }
  if (released > 0) await releaseSharedStrings(zip, released);
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), written, skipped };
}

/** The worksheet part of a sheet, from the workbook and its relationships. */
async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const element = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)]
    .map((match) => match[0])
    .find((each) => decodeXml(attribute(each, 'name') ?? '') === sheet);
  const id = element && /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/u.exec(element);
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const relation = id
    ? [...rels.matchAll(/<Relationship\b[^>]*>/gu)].find((m) => attribute(m[0], 'Id') === (id[1] ?? id[2]))
    : undefined;
  const target = relation && attribute(relation[0], 'Target');
  const path = target && resolvePart('xl', target);
  if (!path || !zip.file(path)) throw new UnusableWorkbookError('no-such-sheet', { sheet, available: [] });
  return path;
}

interface CellElement {
  start: number;
  end: number;
  /** The opening tag with its attributes. */
  open: string;
  xml: string;
}

function cellElement(xml: string, cell: string): CellElement | undefined {
  const pattern = new RegExp(`<((?:\\w+:)?c)\\b[^>]*?\\br="${cell}"[^>]*?(?:/>|>[\\s\\S]*?</\\1>)`, 'u');
  const match = pattern.exec(xml);
  if (!match) return undefined;
  const open = /^<[^>]*>/u.exec(match[0])?.[0] ?? match[0];
  return { start: match.index, end: match.index + match[0].length, open, xml: match[0] };
}

/** The text a cell holds, as the preview compared it. */
function cellNow(element: string, strings: readonly SharedString[]): CellNow {
  const type = attribute(element, 't');
  const formula = /<(?:\w+:)?f\b/u.test(element);
  if (type === 's') {
    const index = Number(/<(?:\w+:)?v>(\d+)</u.exec(element)?.[1]);
    const string = strings[index];
    return { value: string?.text ?? null, formula, formatted: string?.rich === true };
  }
  if (type === 'inlineStr')
    return { value: runText(element), formula, formatted: /<(?:\w+:)?r>/u.test(element) };
  return { value: /<(?:\w+:)?v>([^<]*)</u.exec(element)?.[1] ?? null, formula };
}

/**
 * The cell as an inline string: its reference, style and other attributes kept, its type and value new. A
 * number cell given a whole number (a TT renumbered) stays a number.
 */
function inlineCell(element: CellElement, text: string): string {
  const name = /^<([\w:]+)/u.exec(element.open)?.[1] ?? 'c';
  const prefix = name.includes(':') ? `${name.split(':')[0]}:` : '';
  const type = attribute(element.open, 't');
  const attributes = element.open
    .replace(/^<[\w:]+/u, '')
    .replace(/\/?>$/u, '')
    .replace(/\s+t="[^"]*"/u, '');
  if ((type === undefined || type === 'n') && /^\d+$/u.test(text))
    return `<${name}${attributes}><${prefix}v>${text}</${prefix}v></${name}>`;
  const body = `<${prefix}is><${prefix}t xml:space="preserve">${encodeXml(text)}</${prefix}t></${prefix}is>`;
  return `<${name}${attributes} t="inlineStr">${body}</${name}>`;
}

/** One reference fewer per cell rewritten; the strings themselves stay (an unused one harms nothing). */
async function releaseSharedStrings(zip: JSZip, released: number): Promise<void> {
  const xml = await zip.file('xl/sharedStrings.xml')?.async('string');
  if (xml === undefined) return;
  zip.file(
    'xl/sharedStrings.xml',
    xml.replace(/(<(?:\w+:)?sst\b[^>]*?\bcount=")(\d+)"/u, (_, head: string, count: string) => {
      return `${head}${Math.max(0, Number(count) - released)}"`;
    }),
  );
}
