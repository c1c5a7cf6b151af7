import type JSZip from 'jszip';

/** XML of package parts read and written as text: the few shapes the package code needs, prefixes allowed. */

export interface SharedString {
  text: string;
  rich: boolean;
}

export async function sharedStrings(zip: JSZip): Promise<SharedString[]> {
  return (await sharedStringItems(zip)).map((item) => ({
    text: runText(item),
    rich: /<(?:\w+:)?r>/u.test(item),
  }));
}

/** The text of an item's <t> elements (phonetic runs left out), as Excel shows it. */
export function runText(item: string): string {
  const visible = item.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/gu, '');
  return [...visible.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t\b[^>]*\/>/gu)]
    .map((match) => decodeXml(match[1] ?? ''))
    .join('');
}

export function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(element)?.[1];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/giu, (whole, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return ENTITIES[name ?? ''] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function encodeXml(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/gu, '_x005F_$1')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;');
}

/** The shared strings of a package as written (each <si>'s inner XML: its text or its runs). */
export async function sharedStringItems(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/gu)].map((m) => m[1] ?? '');
}

/** Unprefixed elements given a namespace prefix ("x:"), for a part whose elements carry one. */
export function withPrefix(element: string, prefix: string): string {
  return prefix ? element.replace(/<(\/?)(\w+)(?=[\s/>])/gu, `<$1${prefix}$2`) : element;
}
