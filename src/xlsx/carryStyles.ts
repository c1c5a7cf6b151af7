import { maxOf } from '../domain';
import { attribute, withPrefix } from './packageXml';

/**
 * Cell formats carried from one styles part into another (SpreadsheetML styles, ECMA-376 Part 1 §18.8):
 * a sheet written by ExcelJS refers to ExcelJS's own numbering of formats; moved into the officer's
 * package, each format it uses is found in, or added to, the officer's styles part, and its number
 * rewritten. The officer's formats keep their numbers: their sheets are not touched.
 */

/** The lists of a styles part that cell formats refer to, each entry as written (unprefixed). */
interface StyleLists {
  numFmts: Map<number, string>;
  fonts: string[];
  fills: string[];
  borders: string[];
  cellXfs: string[];
  dxfs: string[];
}

const LISTS = ['fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const;
type ListName = (typeof LISTS)[number];
const ITEM: Record<ListName, string> = {
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};
// The order of a styles part's children (CT_Stylesheet), for a list the officer's part lacks.
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** The styles part's elements without a namespace prefix, so that two parts compare as written. */
function unprefixed(xml: string): string {
  return xml.replace(/<(\/?)\w+:(\w)/gu, '<$1$2');
}

function listBody(xml: string, list: string): string | undefined {
  return new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`, 'u').exec(xml)?.[1] ?? undefined;
}

function items(body: string | undefined, item: string): string[] {
  if (!body) return [];
  const pattern = new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*?>[\\s\\S]*?</${item}>`, 'gu');
  return [...body.matchAll(pattern)].map((m) => m[0]);
}

function readLists(stylesXml: string): StyleLists {
  const xml = unprefixed(stylesXml);
  const numFmts = new Map<number, string>();
  for (const element of items(listBody(xml, 'numFmts'), 'numFmt'))
    numFmts.set(Number(attribute(element, 'numFmtId')), attribute(element, 'formatCode') ?? '');
  const lists = Object.fromEntries(LISTS.map((list) => [list, items(listBody(xml, list), ITEM[list])]));
  return { numFmts, ...(lists as Record<ListName, string[]>) };
}

/** Carries formats from a source styles part into a target one; `xml()` is the target with what it took. */
export class StyleCarrier {
  private readonly source: StyleLists;
  private readonly target: StyleLists;
  private readonly added: Record<ListName | 'numFmts', string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly xfs = new Map<number, number>();
  private readonly dxfIds = new Map<number, number>();

  constructor(
    private readonly targetXml: string,
    sourceXml: string,
  ) {
    this.source = readLists(sourceXml);
    this.target = readLists(targetXml);
  }

  /** The target's number for the source's cell format `index`. */
  xf(index: number): number {
    return this.carried(this.xfs, 'cellXfs', index, (xf) => this.carriedXf(xf));
  }

  /** The target's number for the source's differential format `index` (conditional formats). */
  dxf(index: number): number {
    return this.carried(this.dxfIds, 'dxfs', index, (dxf) => this.carriedNumFmtInside(dxf));
  }

  /** An entry of a source list placed in the target's, once; 0 (the default) for one the source lacks. */
  private carried(
    done: Map<number, number>,
    list: 'cellXfs' | 'dxfs',
    index: number,
    carry: (element: string) => string,
  ): number {
    let found = done.get(index);
    if (found === undefined) {
      const element = this.source[list][index];
      found = element === undefined ? 0 : this.place(list, carry(element));
      done.set(index, found);
    }
    return found;
  }

  /** Whether anything was added to the target. */
  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  /** The target styles part with every format carried into it appended to its lists. */
  xml(): string {
    let xml = this.targetXml;
    const prefix = /<(\w+:)?styleSheet\b/u.exec(xml)?.[1] ?? '';
    for (const list of ['numFmts', ...LISTS] as const) {
      const added = this.added[list];
      if (added.length === 0) continue;
      // The target's lists hold what was placed in them: their length is the new count.
      const total = list === 'numFmts' ? this.target.numFmts.size : this.target[list].length;
      xml = appendToList(
        xml,
        prefix,
        list,
        added.map((element) => withPrefix(element, prefix)).join(''),
        total,
      );
    }
    return xml;
  }

  private carriedXf(xf: string): string {
    let carried = xf.replace(/\sxfId="\d+"/u, ' xfId="0"');
    for (const [attr, list] of [
      ['fontId', 'fonts'],
      ['fillId', 'fills'],
      ['borderId', 'borders'],
    ] as const) {
      const id = attribute(xf, attr);
      if (id === undefined) continue;
      const element = this.source[list][Number(id)];
      const placed = element === undefined ? 0 : this.place(list, element);
      carried = carried.replace(new RegExp(`\\s${attr}="\\d+"`, 'u'), ` ${attr}="${placed}"`);
    }
    const numFmtId = Number(attribute(xf, 'numFmtId') ?? 0);
    return carried.replace(/\snumFmtId="\d+"/u, ` numFmtId="${this.numFmt(numFmtId)}"`);
  }

  /** A dxf's own number format (<numFmt numFmtId="…">) renumbered into the target. */
  private carriedNumFmtInside(dxf: string): string {
    return dxf.replace(/(<numFmt\b[^>]*?\snumFmtId=")(\d+)"/u, (_, head: string, id: string) => {
      return `${head}${this.numFmt(Number(id))}"`;
    });
  }

  /** Built-in formats (below 164) are the same everywhere; a custom one is found by its code or added. */
  private numFmt(id: number): number {
    if (id < 164) return id;
    const code = this.source.numFmts.get(id);
    if (code === undefined) return 0;
    for (const [targetId, targetCode] of this.target.numFmts) if (targetCode === code) return targetId;
    const next = maxOf(this.target.numFmts.keys(), 163) + 1;
    this.target.numFmts.set(next, code);
    this.added.numFmts.push(`<numFmt numFmtId="${next}" formatCode="${code}"/>`);
    return next;
  }

  private place(list: ListName, element: string): number {
    const existing = this.target[list].indexOf(element);
    if (existing >= 0) return existing;
    this.target[list].push(element);
    this.added[list].push(element);
    return this.target[list].length - 1;
  }
}

/** The list's new elements appended and its count set; the list created in its place when missing. */
function appendToList(xml: string, prefix: string, list: string, elements: string, total: number): string {
  const open = new RegExp(`<${prefix}${list}\\b([^>]*?)(/?)>`, 'u').exec(xml);
  if (open) {
    const attrs = open[1]?.replace(/\scount="\d+"/u, '') ?? '';
    const head = `<${prefix}${list} count="${total}"${attrs}>`;
    if (open[2] === '/')
      return `${xml.slice(0, open.index)}${head}${elements}</${prefix}${list}>${xml.slice(open.index + open[0].length)}`;
    const close = xml.indexOf(`</${prefix}${list}>`, open.index);
    return `${xml.slice(0, open.index)}${head}${xml.slice(open.index + open[0].length, close)}${elements}${xml.slice(close)}`;
  }
  const created = `<${prefix}${list} count="${total}">${elements}</${prefix}${list}>`;
  // Before the first list that comes after it, else before the end of the styles part.
  for (const later of ORDER.slice(ORDER.indexOf(list) + 1)) {
    const at = xml.search(new RegExp(`<${prefix}${later}\\b`, 'u'));
    if (at >= 0) return `${xml.slice(0, at)}${created}${xml.slice(at)}`;
  }
  const end = xml.lastIndexOf(`</${prefix}styleSheet>`);
  return `${xml.slice(0, end)}${created}${xml.slice(end)}`;
}

/**
 * What a format number stands for, written out: a cell format with its font, fill, border and number
 * format inlined, so that two parts numbered apart compare by what they mean.
 */
export function styleMeaning(stylesXml: string): { xf(index: number): string; dxf(index: number): string } {
  const lists = readLists(stylesXml);
  return {
    xf: (index) => {
      const xf = lists.cellXfs[index] ?? '';
      const part = (attr: string, list: 'fonts' | 'fills' | 'borders') =>
        lists[list][Number(attribute(xf, attr) ?? -1)] ?? '';
      const numFmtId = Number(attribute(xf, 'numFmtId') ?? 0);
      const code = numFmtId < 164 ? String(numFmtId) : (lists.numFmts.get(numFmtId) ?? '');
      const rest = xf.replace(/\s(?:numFmtId|fontId|fillId|borderId|xfId)="\d+"/gu, '');
      return `${rest}${part('fontId', 'fonts')}${part('fillId', 'fills')}${part('borderId', 'borders')}${code}`;
    },
    dxf: (index) => lists.dxfs[index] ?? '',
  };
}
