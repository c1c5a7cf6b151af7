import JSZip from 'jszip';
import { isMarkNote, maxOf } from '../domain';
import { StyleCarrier, styleMeaning } from './carryStyles';
import type { Relationship, SheetEntry } from './packageParts';
import {
  ContentTypes,
  freePartName,
  isWorksheet,
  reachableParts,
  readText,
  relationshipsOf,
  relsPathOf,
  sheetsOf,
  targetFrom,
  workbookPartOf,
} from './packageParts';
import { attribute, encodeXml, sharedStringItems, withPrefix } from './packageXml';
import type { ContentCounts, ContentKind } from './contentKinds';
import { kindOfPart } from './contentKinds';
import { carryThreads, COMMENTS_TYPE, legacyComments, THREAD_TYPE } from './carryThreads';

/** What a download wrote, sheet by sheet, and what of the officer's it could not keep. */
export interface WriteBack {
  bytes: Uint8Array;
  /** Sheets written back byte for byte as the officer's file holds them. */
  kept: string[];
  /** The officer's sheets the session changed: written as ExcelJS saves them. */
  replaced: string[];
  /** Sheets the session added. */
  added: string[];
  /** The officer's sheets the session removed (the add-in's own generated sheets). */
  removed: string[];
  /**
   * Parts only a replaced or removed sheet held that its new version does not (a chart on it, …), and the
   * officer's notes a replaced sheet held that its new version does not.
   */
  dropped: ContentCounts;
}

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CALC_CHAIN = /\/calcChain$/u;
const DRAWING = /\/drawing$/u;
const OWN_DRAWING_ID = 'rIdMtnvDrawing';
const OWN_THREADS_ID = 'rIdMtnvThreads';
// The worksheet's children that come after <drawing> (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99).
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/u;

/** The worksheet with its <drawing> (ExcelJS's, if any) pointing to relationship `id`. */
function withDrawing(xml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  if (/<drawing\b[^>]*\/>/u.test(xml)) return xml.replace(/<drawing\b[^>]*\/>/u, element);
  const at = xml.search(AFTER_DRAWING);
  return at < 0 ? xml : `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}
const STYLES = /\/styles$/u;

/**
 * The workbench's download: the officer's own package with every sheet the session did not change kept
 * byte for byte — and with them every part only they or the workbook use (charts, images, pivot tables,
 * comment threads, macros, custom XML) — and only the sheets the session changed or added taken from
 * ExcelJS's save (`current`), their formats carried into the officer's styles part and their texts made
 * inline. A sheet counts as changed when ExcelJS saves it otherwise now than it saved it on opening
 * (`pristine`), compared by meaning (texts and formats written out), not by numbering.
 * @example const { bytes } = await writeBack(original, await workbookBytes(opened), await workbookBytes(workbook))
 */
export async function writeBack(
  original: Uint8Array,
  pristine: Uint8Array,
  current: Uint8Array,
): Promise<WriteBack> {
  const [officer, opened, saved] = await Promise.all(
    [original, pristine, current].map((b) => JSZip.loadAsync(b)),
  );
  const before = await reachableParts(officer as JSZip);
  const target = await PackageView.of(officer as JSZip);
  const pristineView = await PackageView.of(opened as JSZip);
  const source = await PackageView.of(saved as JSZip);
  const [was, now] = await Promise.all([pristineView.signatures(), source.signatures()]);

  const plan = planSheets(target.sheets, pristineView.sheets, source.sheets, (name) => {
    const a = was.get(name);
    return a !== undefined && a === now.get(name);
  });
  const carrier = new SheetCarrier(target, source);
  await carrier.start();
  const entries: string[] = [];
  for (const step of plan.order)
    entries.push(step.keep ? step.keep.element : await carrier.carry(step.carry, step.replaces));
  await target.rewriteWorkbook(entries, plan, source, carrier.relationships);
  await carrier.finish();

  const after = await reachableParts(target.zip);
  const orphaned = [...before].filter((part) => !after.has(part));
  for (const part of orphaned) {
    target.zip.remove(part);
    carrier.contentTypes.removeOverride(part);
  }
  // What went with a replaced sheet, less what its new version brought again (an image ExcelJS keeps).
  const brought = countKinds(carrier.copiedParts);
  const dropped: ContentCounts = {};
  for (const [kind, count] of Object.entries(countKinds(orphaned)) as Array<[ContentKind, number]>) {
    const left = count - (brought[kind] ?? 0);
    if (left > 0) dropped[kind] = left;
  }
  if (carrier.lostNotes > 0) dropped.note = carrier.lostNotes;
  target.zip.file('[Content_Types].xml', carrier.contentTypes.toString());
  return {
    bytes: await target.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    kept: plan.order.flatMap((step) => (step.keep ? [step.keep.name] : [])),
    replaced: plan.order.flatMap((step) => (step.replaces ? [step.replaces.name] : [])),
    added: plan.order.flatMap((step) => (step.carry && !step.replaces ? [step.carry.name] : [])),
    removed: plan.removed.map((entry) => entry.name),
    dropped,
  };
}

function countKinds(parts: Iterable<string>): ContentCounts {
  const counts: ContentCounts = {};
  for (const part of parts) {
    const kind = kindOfPart(part);
    if (kind) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

type Step =
  | { keep: SheetEntry; carry?: undefined; replaces?: undefined }
  | { keep?: undefined; carry: SheetEntry; replaces?: SheetEntry };

interface SheetPlan {
  order: Step[];
  removed: SheetEntry[];
}

/**
 * The sheets of the download, in the session's order: an officer's worksheet ExcelJS saves as it did on
 * opening is kept; any other the session has is carried; a sheet ExcelJS does not read (a chart sheet, a
 * dialog sheet) is kept after the sheet it followed. An officer's worksheet the session no longer has was
 * removed by it.
 */
function planSheets(
  officer: readonly SheetEntry[],
  opened: readonly SheetEntry[],
  saved: readonly SheetEntry[],
  unchanged: (name: string) => boolean,
): SheetPlan {
  const officers = new Map(officer.map((entry) => [entry.name, entry]));
  const read = new Set(opened.map((entry) => entry.name));
  const order: Step[] = saved.map((entry) => {
    const own = officers.get(entry.name);
    if (own && isWorksheet(own) && read.has(entry.name) && unchanged(entry.name)) return { keep: own };
    return own && isWorksheet(own) ? { carry: entry, replaces: own } : { carry: entry };
  });
  // Sheets ExcelJS never read stay where they were: after the sheet before them, or first.
  officer.forEach((entry, i) => {
    if (read.has(entry.name) && isWorksheet(entry)) return;
    const previous = officer[i - 1]?.name;
    const at = previous === undefined ? -1 : order.findIndex((step) => nameOf(step) === previous);
    order.splice(at + 1, 0, { keep: entry });
  });
  const inOrder = new Set(order.map(nameOf));
  const removed = officer.filter(
    (entry) => isWorksheet(entry) && read.has(entry.name) && !inOrder.has(entry.name),
  );
  return { order, removed };
}

const nameOf = (step: Step) => (step.keep ?? step.carry).name;

/** One package opened for the write-back: its workbook part, sheets, styles and strings. */
class PackageView {
  private constructor(
    readonly zip: JSZip,
    readonly workbookPart: string,
    readonly sheets: SheetEntry[],
    readonly workbookRels: Relationship[],
  ) {}

  static async of(zip: JSZip): Promise<PackageView> {
    const workbookPart = await workbookPartOf(zip);
    return new PackageView(
      zip,
      workbookPart,
      await sheetsOf(zip, workbookPart),
      await relationshipsOf(zip, workbookPart),
    );
  }

  get stylesPart(): string | undefined {
    return this.workbookRels.find((rel) => STYLES.test(rel.type))?.target;
  }

  /** Each worksheet written out by meaning: its texts, formats, visibility and the parts it refers to. */
  async signatures(): Promise<Map<string, string>> {
    const styles = styleMeaning((this.stylesPart && (await readText(this.zip, this.stylesPart))) ?? '');
    const strings = await sharedStringItems(this.zip);
    const signatures = new Map<string, string>();
    for (const entry of this.sheets) {
      if (!isWorksheet(entry) || !entry.part) continue;
      const xml = (await readText(this.zip, entry.part)) ?? '';
      const meaning = mapCells(xml, {
        cell: (index) => `s="${styles.xf(index)}"`,
        row: (index) => `s="${styles.xf(index)}"`,
        column: (index) => `style="${styles.xf(index)}"`,
        dxf: (index) => `dxfId="${styles.dxf(index)}"`,
        string: (index) => strings[index] ?? '',
      });
      const related: string[] = [];
      for (const rel of await relationshipsOf(this.zip, entry.part))
        related.push(
          `${rel.type}\n${rel.external ? rel.target : ((await readText(this.zip, rel.target)) ?? '').replace(/^(<\w*:?table\b[^>]*?)\sid="\d+"/u, '$1')}`,
        );
      signatures.set(entry.name, [entry.state, meaning, ...related.sort()].join('\n\u0000'));
    }
    return signatures;
  }

  /** The workbook part and its relationships written for the download's sheets. */
  async rewriteWorkbook(
    entries: readonly string[],
    plan: SheetPlan,
    source: PackageView,
    added: readonly string[],
  ): Promise<void> {
    const finalNames = plan.order.map(nameOf);
    const gone = new Set(
      [...plan.removed, ...plan.order.flatMap((s) => (s.replaces ? [s.replaces] : []))].map((e) => e.name),
    );
    let xml = (await readText(this.zip, this.workbookPart)) ?? '';
    const prefix = /<(\w+:)?workbook\b/u.exec(xml)?.[1] ?? '';
    xml = xml.replace(
      new RegExp(`(<${prefix}sheets\\b[^>]*>)[\\s\\S]*?(</${prefix}sheets>)`, 'u'),
      (_, open: string, close: string) => `${open}${entries.join('')}${close}`,
    );
    const sourceXml = (await readText(source.zip, source.workbookPart)) ?? '';
    const carried = new Set(plan.order.flatMap((step) => (step.carry ? [step.carry.name] : [])));
    xml = rewriteDefinedNames(
      xml,
      prefix,
      this.sheets,
      { sheets: source.sheets, workbookXml: sourceXml },
      finalNames,
      gone,
      carried,
    );
    const active = source.activeSheet(sourceXml);
    const activeIndex = Math.max(0, finalNames.indexOf(active ?? ''));
    xml = xml
      .replace(/(<(?:\w+:)?workbookView\b[^>]*?)\sactiveTab="\d+"/u, '$1')
      .replace(/<((?:\w+:)?workbookView)\b/u, `<$1 activeTab="${activeIndex}"`);
    xml = xml.replace(/(<(?:\w+:)?workbookView\b[^>]*?)\sfirstSheet="\d+"/u, '$1');
    this.zip.file(this.workbookPart, xml);

    // Relationships: the replaced and removed sheets' go, the carried ones' come; a calculation chain
    // that names cells of a replaced sheet goes too (Excel rebuilds it).
    const goneIds = new Set(this.sheets.filter((e) => gone.has(e.name)).map((e) => e.relId));
    const dropChain = goneIds.size > 0;
    const relsPath = relsPathOf(this.workbookPart);
    let rels = (await readText(this.zip, relsPath)) ?? '';
    for (const rel of this.workbookRels)
      if (goneIds.has(rel.id) || (dropChain && CALC_CHAIN.test(rel.type)))
        rels = rels.replace(rel.element, '');
    const close = rels.lastIndexOf('</');
    rels = `${rels.slice(0, close)}${added.join('')}${rels.slice(close)}`;
    this.zip.file(relsPath, rels);
  }

  /** The name of the sheet a workbook part shows first (its activeTab). */
  activeSheet(workbookXml: string | undefined): string | undefined {
    const tab = Number(
      /<(?:\w+:)?workbookView\b[^>]*?\sactiveTab="(\d+)"/u.exec(workbookXml ?? '')?.[1] ?? 0,
    );
    return this.sheets[tab]?.name;
  }
}

/**
 * Defined names: the officer's keep their place, their sheet index (localSheetId) renumbered to the
 * download's order; those of a replaced or removed sheet go, and the carried sheets' come from ExcelJS's
 * save (print titles and areas of the lists).
 */
function rewriteDefinedNames(
  xml: string,
  prefix: string,
  officer: readonly SheetEntry[],
  source: { sheets: readonly SheetEntry[]; workbookXml: string },
  finalNames: readonly string[],
  gone: ReadonlySet<string>,
  carried: ReadonlySet<string>,
): string {
  const renumber = (element: string, sheets: readonly SheetEntry[], keep: (name: string) => boolean) => {
    const local = attribute(element, 'localSheetId');
    if (local === undefined) return keep('') ? element : '';
    const name = sheets[Number(local)]?.name;
    if (name === undefined || !keep(name)) return '';
    return element.replace(/\slocalSheetId="\d+"/u, ` localSheetId="${finalNames.indexOf(name)}"`);
  };
  const pattern = /<((?:\w+:)?definedName)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/gu;
  const names = xml.replace(pattern, (element) =>
    renumber(element, officer, (name) => name === '' || (!gone.has(name) && finalNames.includes(name))),
  );
  const brought = [...source.workbookXml.matchAll(pattern)]
    .map((match) => renumber(match[0], source.sheets, (name) => name !== '' && carried.has(name)))
    .filter((element) => element !== '')
    .map((element) => withPrefix(element, prefix));
  if (brought.length === 0) return names;
  const close = names.indexOf(`</${prefix}definedNames>`);
  if (close >= 0) return `${names.slice(0, close)}${brought.join('')}${names.slice(close)}`;
  const afterSheets = names.indexOf(`</${prefix}sheets>`) + `</${prefix}sheets>`.length;
  return `${names.slice(0, afterSheets)}<${prefix}definedNames>${brought.join('')}</${prefix}definedNames>${names.slice(afterSheets)}`;
}

/** Carries sheets from ExcelJS's save into the officer's package. */
class SheetCarrier {
  readonly relationships: string[] = [];
  /** The officer's notes (not the add-in's) that the replaced sheets held and their new versions do not. */
  lostNotes = 0;
  contentTypes!: ContentTypes;
  private sourceTypes!: ContentTypes;
  private styles!: StyleCarrier;
  private strings: string[] = [];
  private readonly taken = new Set<string>();
  private readonly copied = new Map<string, string>();
  /** The parts copied from ExcelJS's save, under their new names. */
  get copiedParts(): string[] {
    return [...this.copied.values()];
  }
  private tableId = 0;
  private sheetId = 0;
  private relNumber = 0;
  private relPrefix = 'r';

  constructor(
    private readonly target: PackageView,
    private readonly source: PackageView,
  ) {}

  async start(): Promise<void> {
    this.contentTypes = await ContentTypes.of(this.target.zip);
    this.sourceTypes = await ContentTypes.of(this.source.zip);
    const targetStyles =
      (this.target.stylesPart && (await readText(this.target.zip, this.target.stylesPart))) ?? '';
    const sourceStyles =
      (this.source.stylesPart && (await readText(this.source.zip, this.source.stylesPart))) ?? '';
    this.styles = new StyleCarrier(targetStyles, sourceStyles);
    this.strings = await sharedStringItems(this.source.zip);
    this.sheetId = maxOf(
      this.target.sheets.map((e) => Number(attribute(e.element, 'sheetId') ?? 0)),
      0,
    );
    for (const path of Object.keys(this.target.zip.files))
      if (/^xl\/tables\/[^/]+\.xml$/u.test(path)) {
        const id = Number(
          /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/u.exec((await readText(this.target.zip, path)) ?? '')?.[1] ??
            0,
        );
        this.tableId = Math.max(this.tableId, id);
      }
    this.relPrefix = /\s(\w+):id="/u.exec(this.target.sheets[0]?.element ?? '')?.[1] ?? 'r';
  }

  /** The <sheet> element of a carried sheet, its part and relationship written. */
  async carry(entry: SheetEntry, replaces: SheetEntry | undefined): Promise<string> {
    const part = freePartName(this.target.zip, 'xl/worksheets/sheet.xml', this.taken);
    this.taken.add(part);
    const own = replaces?.part ? await this.ownDrawing(replaces.part) : undefined;
    const threads =
      replaces?.part && entry.part ? await this.ownThreads(replaces.part, entry.part) : undefined;
    if (replaces?.part) this.lostNotes += await this.notesLost(replaces.part, entry.part);
    const saved = (entry.part && (await readText(this.source.zip, entry.part))) ?? '';
    const xml = own ? withDrawing(saved, OWN_DRAWING_ID) : saved;
    this.target.zip.file(
      part,
      mapCells(xml, {
        cell: (index) => `s="${this.styles.xf(index)}"`,
        row: (index) => `s="${this.styles.xf(index)}"`,
        column: (index) => `style="${this.styles.xf(index)}"`,
        dxf: (index) => `dxfId="${this.styles.dxf(index)}"`,
        string: (index) => this.strings[index] ?? '',
      }),
    );
    this.contentTypes.addOverride(part, WORKSHEET_CONTENT);
    const kept: string[] = [];
    if (own)
      kept.push(
        `<Relationship Id="${OWN_DRAWING_ID}" Type="${own.type}" Target="${targetFrom(part, own.target)}"/>`,
      );
    if (threads) {
      kept.push(
        `<Relationship Id="${OWN_THREADS_ID}" Type="${THREAD_TYPE}" Target="${targetFrom(part, threads.part)}"/>`,
      );
      if (threads.threads !== undefined) this.target.zip.file(threads.part, threads.threads);
    }
    if (entry.part) await this.copyRelationships(entry.part, part, kept, own !== undefined);
    const comments = threads && this.copied.get(threads.commentsFrom);
    if (threads && comments) this.target.zip.file(comments, threads.comments);
    const relId = `rIdMtnv${++this.relNumber}`;
    this.relationships.push(
      `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="${targetFrom(this.target.workbookPart, part)}"/>`,
    );
    const sheetId = replaces
      ? (attribute(replaces.element, 'sheetId') ?? String(++this.sheetId))
      : String(++this.sheetId);
    const prefix = /^<(\w+:)?sheet\b/u.exec(this.target.sheets[0]?.element ?? '')?.[1] ?? '';
    const state = entry.state === 'visible' ? '' : ` state="${entry.state}"`;
    return `<${prefix}sheet name="${encodeXml(entry.name).replace(/"/gu, '&quot;')}" sheetId="${sheetId}"${state} ${this.relPrefix}:id="${relId}"/>`;
  }

  /** The styles part with the carried formats. */
  async finish(): Promise<void> {
    const stylesPart = this.target.stylesPart;
    if (stylesPart && this.styles.changed) this.target.zip.file(stylesPart, this.styles.xml());
  }

  /**
   * The drawing of the officer's sheet a carried sheet replaces: its charts and pictures, which ExcelJS
   * drops or redraws. The carried sheet points to it, kept byte for byte, instead of ExcelJS's drawing.
   */
  private async ownDrawing(part: string): Promise<Relationship | undefined> {
    return (await relationshipsOf(this.target.zip, part)).find(
      (rel) => !rel.external && DRAWING.test(rel.type) && this.target.zip.file(rel.target),
    );
  }

  /**
   * How many of the officer's notes on a replaced sheet its new version does not hold, matched by text
   * (a note moves down with an inserted row): a safety net for any note ExcelJS could not read back. The
   * add-in's own notes are the check's to replace and do not count.
   */
  private async notesLost(officerPart: string, savedPart: string | undefined): Promise<number> {
    const officerComments = await commentsOf(this.target.zip, officerPart);
    const officer = legacyComments(officerComments?.xml ?? '').filter((note) => !isMarkNote(note.text));
    if (officer.length === 0) return 0;
    const savedComments = savedPart ? await commentsOf(this.source.zip, savedPart) : undefined;
    const left = new Map<string, number>();
    for (const note of legacyComments(savedComments?.xml ?? ''))
      left.set(note.text, (left.get(note.text) ?? 0) + 1);
    let lost = 0;
    for (const note of officer) {
      const count = left.get(note.text) ?? 0;
      if (count > 0) left.set(note.text, count - 1);
      else lost++;
    }
    return lost;
  }

  /**
   * The comment threads of the officer's sheet a carried sheet replaces, moved with their notes into
   * ExcelJS's save of it (carryThreads.ts): the officer's threaded-comments part (kept byte for byte unless a
   * thread's cell moved: then `threads` is its new text) and ExcelJS's comments part with the threads'
   * placeholders put back.
   */
  private async ownThreads(
    officerPart: string,
    savedPart: string,
  ): Promise<{ part: string; threads?: string; comments: string; commentsFrom: string } | undefined> {
    const thread = (await relationshipsOf(this.target.zip, officerPart)).find(
      (rel) => !rel.external && rel.type === THREAD_TYPE,
    );
    const officerThreads = thread && (await readText(this.target.zip, thread.target));
    if (!thread || officerThreads === undefined) return undefined;
    const [officerComments, savedComments] = await Promise.all([
      commentsOf(this.target.zip, officerPart),
      commentsOf(this.source.zip, savedPart),
    ]);
    if (!officerComments || !savedComments) return undefined;
    const carried = carryThreads(officerComments.xml, officerThreads, savedComments.xml);
    if (!carried || !/<(?:\w+:)?threadedComment\b/u.test(carried.threads)) return undefined;
    return {
      part: thread.target,
      ...(carried.threads === officerThreads ? {} : { threads: carried.threads }),
      comments: carried.comments,
      commentsFrom: savedComments.target,
    };
  }

  private async copyRelationships(
    from: string,
    to: string,
    kept: readonly string[] = [],
    ownDrawing = false,
  ): Promise<void> {
    const rels = await relationshipsOf(this.source.zip, from);
    if (rels.length === 0 && kept.length === 0) return;
    const elements: string[] = [...kept];
    for (const rel of rels) {
      // The officer's own drawing stands in for ExcelJS's.
      if (ownDrawing && DRAWING.test(rel.type)) continue;
      if (rel.external) {
        elements.push(rel.element);
        continue;
      }
      const copy = await this.copyPart(rel.target);
      elements.push(rel.element.replace(/\sTarget="[^"]*"/u, ` Target="${targetFrom(to, copy)}"`));
    }
    this.target.zip.file(
      relsPathOf(to),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${elements.join('')}</Relationships>`,
    );
  }

  /** A part of ExcelJS's save (a note, its drawing, a table, an image) copied under a free name. */
  private async copyPart(path: string): Promise<string> {
    const done = this.copied.get(path);
    if (done) return done;
    const name = freePartName(this.target.zip, path, this.taken);
    this.taken.add(name);
    this.copied.set(path, name);
    const file = this.source.zip.file(path);
    if (/^xl\/tables\/[^/]+\.xml$/u.test(path)) {
      const xml = (await file?.async('string')) ?? '';
      this.target.zip.file(name, xml.replace(/(<(?:\w+:)?table\b[^>]*?\sid=")\d+"/u, `$1${++this.tableId}"`));
    } else this.target.zip.file(name, (await file?.async('uint8array')) ?? new Uint8Array());
    const type = this.sourceTypes.typeOf(path);
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    if (type && this.sourceTypes.hasDefault(extension) && !/^xl\/tables\//u.test(path))
      this.contentTypes.addDefault(extension, type);
    else if (type) this.contentTypes.addOverride(name, type);
    await this.copyRelationships(path, name);
    return name;
  }
}

/** The legacy comments (notes) part of a worksheet part: where it is, and its XML. */
async function commentsOf(zip: JSZip, part: string): Promise<{ target: string; xml: string } | undefined> {
  const rel = (await relationshipsOf(zip, part)).find((r) => !r.external && COMMENTS_TYPE.test(r.type));
  const xml = rel && (await readText(zip, rel.target));
  return rel && xml !== undefined ? { target: rel.target, xml } : undefined;
}

interface CellMapping {
  cell(index: number): string;
  row(index: number): string;
  column(index: number): string;
  dxf(index: number): string;
  /** The inner XML of shared string `index`, written inline. */
  string(index: number): string;
}

/** A worksheet part with its format numbers and shared strings rewritten. */
function mapCells(xml: string, map: CellMapping): string {
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/gu, (whole, attrs: string, _end: string, body?: string) => {
      let head = attrs.replace(/\ss="(\d+)"/u, (_, n: string) => ` ${map.cell(Number(n))}`);
      if (!/\st="s"/u.test(head) || body === undefined)
        return `<c${head}${body === undefined ? '/>' : `>${body}</c>`}`;
      const index = Number(/<v>(\d+)<\/v>/u.exec(body)?.[1] ?? -1);
      head = head.replace(/\st="s"/u, ' t="inlineStr"');
      return `<c${head}><is>${map.string(index)}</is></c>`;
    })
    .replace(/<row\b[^>]*>/gu, (row) =>
      row.replace(/\ss="(\d+)"/u, (_, n: string) => ` ${map.row(Number(n))}`),
    )
    .replace(/<col\b[^>]*>/gu, (col) =>
      col.replace(/\sstyle="(\d+)"/u, (_, n: string) => ` ${map.column(Number(n))}`),
    )
    .replace(
      /(<cfRule\b[^>]*?)\sdxfId="(\d+)"/gu,
      (_, head: string, n: string) => `${head} ${map.dxf(Number(n))}`,
    );
}
