/**
 * Writes a value as compact JSON in pieces of about `chunk` characters, never as one string: the report of
 * a 100,000-row appendix is tens of megabytes, which `JSON.stringify` would hold whole (twice, with the
 * indentation the command used to add). The text is exactly `JSON.stringify(value)` (a test holds it).
 * @example streamJson({ a: [1, 2] }, (text) => process.stdout.write(text))
 */
export function streamJson(value: unknown, write: (text: string) => void, chunk = 1 << 20): void {
  let buffer = '';
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= chunk) {
      write(buffer);
      buffer = '';
    }
  };
  writeValue(value, emit);
  if (buffer !== '') write(buffer);
}

function writeValue(value: unknown, emit: (text: string) => void): void {
  const plain = toPlain(value);
  if (Array.isArray(plain)) {
    emit('[');
    plain.forEach((item, i) => {
      if (i > 0) emit(',');
      // JSON.stringify writes undefined, functions and symbols in arrays as null.
      const inner = toPlain(item);
      if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') emit('null');
      else writeValue(inner, emit);
    });
    emit(']');
    return;
  }
  if (plain !== null && typeof plain === 'object') {
    emit('{');
    let first = true;
    for (const [key, item] of Object.entries(plain)) {
      const inner = toPlain(item);
      if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue;
      emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      writeValue(inner, emit);
    }
    emit('}');
    return;
  }
  emit(JSON.stringify(plain) ?? 'null');
}

/** What JSON.stringify would serialise in its place: the result of `toJSON` where there is one. */
function toPlain(value: unknown): unknown {
  const withJson = value as { toJSON?: () => unknown } | null;
  return withJson !== null && typeof withJson === 'object' && typeof withJson.toJSON === 'function'
    ? withJson.toJSON()
    : value;
}
