import JSZip from 'jszip';

/**
 * Rewrites what other tools write differently from Excel, in the parts ExcelJS 4.4 reads by fixed names,
 * so a valid workbook is not refused: relationship targets written as absolute paths ("/xl/comments/
 * comment1.xml", as openpyxl writes them; exceljs#2797, #2591 — ExcelJS resolves only "../x") become relative,
 * and notes and their drawings stored under other names than Excel's ("xl/comments/comment1.xml") are
 * moved to Excel's ("xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"). Cell contents are not touched.
 * Used only when ExcelJS failed on the file as it is (loadWorkbook).
 * @example const fixed = await normalizePackage(bytes); await workbook.xlsx.load(fixed)
 */
export async function normalizePackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const renames = new Map<string, string>();
  const canonical: Array<{ type: RegExp; pattern: RegExp; name: (n: number) => string }> = [
    { type: /\/comments$/u, pattern: /^xl\/comments\d+\.xml$/u, name: (n) => `xl/comments${n}.xml` },
    {
      type: /\/vmlDrawing$/u,
      pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/u,
      name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
    },
  ];
  for (const relsPath of Object.keys(zip.files)
    .filter((path) => path.endsWith('.rels'))
    .sort()) {
    const file = zip.file(relsPath);
    if (!file) continue;
    const source = sourceFolder(relsPath);
    const xml = await file.async('string');
    const rewritten = xml.replace(/<Relationship\b[^>]*>/gu, (element) => {
      if (/\bTargetMode="External"/u.test(element)) return element;
      const target = /\bTarget="([^"]*)"/u.exec(element)?.[1];
      const type = /\bType="([^"]*)"/u.exec(element)?.[1] ?? '';
      if (target === undefined) return element;
      let part = resolvePart(source, target);
      const rule = canonical.find((each) => each.type.test(type));
      if (rule && !rule.pattern.test(part) && zip.file(part)) {
        const moved = renames.get(part) ?? freeName(zip, rule.name);
        if (!renames.has(part)) {
          renames.set(part, moved);
          zip.file(moved, zip.file(part)?.async('uint8array') ?? new Uint8Array());
          zip.remove(part);
        }
        part = moved;
      } else if (rule) part = renames.get(part) ?? part;
      return element.replace(/\bTarget="[^"]*"/u, `Target="${relativeTarget(source, part)}"`);
    });
    if (rewritten !== xml) zip.file(relsPath, rewritten);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets"; "_rels/.rels" → "". */
export function sourceFolder(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/[^/]*$/u, '');
}

/** A target resolved against the source's folder: "/xl/a.xml" and "../a.xml" from "xl/worksheets" → "xl/a.xml". */
export function resolvePart(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const piece of target.replace(/^\//u, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The path from a folder to a part: "xl/worksheets" → "xl/comments1.xml" is "../comments1.xml". */
export function relativeTarget(folder: string, part: string): string {
  const from = folder.split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

function freeName(zip: JSZip, name: (n: number) => string): string {
  for (let n = 1; ; n++) if (!zip.file(name(n))) return name(n);
}
