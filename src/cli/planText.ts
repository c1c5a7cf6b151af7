/**
 * The text of a plan file: UTF-8 (with or without BOM) or UTF-16 text; undefined when the bytes are not
 * text (a .doc, a .pdf, a legacy 8-bit file) or a Word package (.docx, read by `docxText`).
 */
export function planText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (isZip(bytes)) return undefined;
  try {
    // The decoder drops a UTF-8 BOM; `fatal` refuses bytes that are no UTF-8 instead of guessing.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A zip package (.docx, .xlsx) starts "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
