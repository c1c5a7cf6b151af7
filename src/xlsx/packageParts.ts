import type JSZip from 'jszip';
import { relativeTarget, resolvePart, sourceFolder } from './normalizePackage';
import { attribute, decodeXml } from './packageXml';

/**
 * The parts of an .xlsx package (ECMA-376 Part 2, Open Packaging Conventions) as the package code needs
 * them: relationships, content types, the workbook and its sheets. Read as text; prefixes allowed.
 */

/** One relationship of a part, its target resolved to a part name (or kept as written when external). */
export interface Relationship {
  id: string;
  type: string;
  /** The part it points to ("xl/worksheets/sheet1.xml"), or the external address as written. */
  target: string;
  external: boolean;
  element: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** The relationships of a part (of the package itself for ""). */
export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const relsPath = relsPathOf(part);
  const xml = await readText(zip, relsPath);
  if (xml === undefined) return [];
  const folder = sourceFolder(relsPath);
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)].map((match) => {
    const element = match[0];
    const external = attribute(element, 'TargetMode') === 'External';
    const written = decodeXml(attribute(element, 'Target') ?? '');
    return {
      id: attribute(element, 'Id') ?? '',
      type: attribute(element, 'Type') ?? '',
      target: external ? written : resolvePart(folder, written),
      external,
      element,
    };
  });
}

/** Every part reachable from the package's relationships, the relationship parts included. */
export async function reachableParts(zip: JSZip): Promise<Set<string>> {
  const reached = new Set<string>(['[Content_Types].xml']);
  const visit = async (part: string) => {
    const relsPath = relsPathOf(part);
    if (zip.file(relsPath)) reached.add(relsPath);
    for (const rel of await relationshipsOf(zip, part)) {
      if (rel.external || reached.has(rel.target) || !zip.file(rel.target)) continue;
      reached.add(rel.target);
      await visit(rel.target);
    }
  };
  await visit('');
  return reached;
}

const OFFICE_DOCUMENT = /\/officeDocument$/u;

/** The workbook part: the package's office document ("xl/workbook.xml" as Excel names it). */
export async function workbookPartOf(zip: JSZip): Promise<string> {
  const rel = (await relationshipsOf(zip, '')).find((each) => OFFICE_DOCUMENT.test(each.type));
  return rel?.target ?? 'xl/workbook.xml';
}

/** One sheet of the workbook as its <sheet> element lists it. */
export interface SheetEntry {
  name: string;
  relId: string;
  /** The sheet's part, or undefined when its relationship is missing. */
  part: string | undefined;
  /** The relationship's type: a worksheet, or a chart sheet, dialog sheet … ExcelJS does not read. */
  type: string;
  state: string;
  element: string;
}

/** The sheets of a workbook, in tab order. */
export async function sheetsOf(zip: JSZip, workbookPart: string): Promise<SheetEntry[]> {
  const xml = (await readText(zip, workbookPart)) ?? '';
  const rels = new Map((await relationshipsOf(zip, workbookPart)).map((rel) => [rel.id, rel]));
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)].map((match) => {
    const element = match[0];
    const relId = /\s(?:\w+:)?id="([^"]*)"/u.exec(element.replace(/\ssheetId="[^"]*"/u, ''))?.[1] ?? '';
    const rel = rels.get(relId);
    return {
      name: decodeXml(attribute(element, 'name') ?? ''),
      relId,
      part: rel?.target,
      type: rel?.type ?? '',
      state: attribute(element, 'state') ?? 'visible',
      element,
    };
  });
}

const WORKSHEET = /\/worksheet$/u;

export const isWorksheet = (entry: SheetEntry) => WORKSHEET.test(entry.type);

/** The content types of a package: defaults by extension, overrides by part. Edited as text. */
export class ContentTypes {
  private constructor(private xml: string) {}

  static async of(zip: JSZip): Promise<ContentTypes> {
    return new ContentTypes((await readText(zip, '[Content_Types].xml')) ?? '');
  }

  /** The content type of a part: its override, else the default of its extension. */
  typeOf(part: string): string | undefined {
    const override = this.elements('Override').find((e) => attribute(e, 'PartName') === `/${part}`);
    if (override) return attribute(override, 'ContentType');
    const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const byDefault = this.elements('Default').find(
      (e) => attribute(e, 'Extension')?.toLowerCase() === extension,
    );
    return byDefault && attribute(byDefault, 'ContentType');
  }

  hasDefault(extension: string): boolean {
    return this.elements('Default').some((e) => attribute(e, 'Extension')?.toLowerCase() === extension);
  }

  addDefault(extension: string, type: string): void {
    if (!this.hasDefault(extension)) this.insert(`<Default Extension="${extension}" ContentType="${type}"/>`);
  }

  addOverride(part: string, type: string): void {
    this.removeOverride(part);
    this.insert(`<Override PartName="/${part}" ContentType="${type}"/>`);
  }

  removeOverride(part: string): void {
    this.xml = this.xml.replace(
      new RegExp(`<(?:\\w+:)?Override\\b[^>]*\\sPartName="/${escapeRegExp(part)}"[^>]*/>`, 'u'),
      '',
    );
  }

  toString(): string {
    return this.xml;
  }

  private elements(name: string): string[] {
    return [...this.xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'gu'))].map((m) => m[0]);
  }

  private insert(element: string): void {
    const prefix = /<(\w+:)?Types\b/u.exec(this.xml)?.[1] ?? '';
    const close = this.xml.lastIndexOf(`</${prefix}Types>`);
    const prefixed = prefix ? element.replace(/^<(\w+)/u, `<${prefix}$1`) : element;
    this.xml = `${this.xml.slice(0, close)}${prefixed}${this.xml.slice(close)}`;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** A part name not yet used in the package: "xl/comments1.xml" → "xl/comments3.xml" when 1 and 2 are. */
export function freePartName(zip: JSZip, wanted: string, taken: ReadonlySet<string>): string {
  const match = /^(.*?)(\d*)(\.[^./]+)$/u.exec(wanted);
  const stem = match?.[1] ?? wanted;
  const extension = match?.[3] ?? '';
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${extension}`;
    if (!zip.file(name) && !taken.has(name)) return name;
  }
}

/** The relationship target of `part` as written from `fromPart`'s folder ("../comments1.xml"). */
export function targetFrom(fromPart: string, part: string): string {
  return relativeTarget(fromPart.split('/').slice(0, -1).join('/'), part);
}
