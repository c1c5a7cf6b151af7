/**
 * A short fingerprint of a text (FNV-1a, 32 bits, 8 hex digits), to recognise text the add-in wrote
 * byte for byte: a note, a generated sheet's first cell. Not a security measure: it tells the add-in's
 * own untouched text from text an officer wrote or edited. Line endings are read as "\n" and trailing
 * spaces dropped, as a host may store them either way.
 * @example fingerprint('Ma trận nhiệm vụ') === fingerprint('Ma trận nhiệm vụ\r\n')
 */
export function fingerprint(text: string): string {
  const normal = text.replace(/\r\n?/gu, '\n').trimEnd();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
