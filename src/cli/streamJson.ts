/**
 * Writes a value as compact JSON in pieces of about `chunk` characters, never as one string: the report of
 * a 100,000-row appendix is tens of megabytes, which `JSON.stringify` would hold whole (twice, with the
 * indentation the command used to add). The text is exactly `JSON.stringify(value)` (a test holds it). A
 * write may return a promise (a pipe that is full): the next piece waits for it, so a slow reader of the
 * output never makes the pieces pile up in memory.
 * @example await streamJson({ a: [1, 2] }, (text) => process.stdout.write(text))
 */
export async function streamJson(
  value: unknown,
  write: (text: string) => void | Promise<void>,
  chunk = 1 << 20,
): Promise<void> {
  const out = new Pieces(write, chunk);
  await writeValue(value, out, 0);
  await out.flush();
}

// The report's big lists sit a few levels down (report → appendix → tasks): so far the value is written
// piece by piece; below, each item is small and JSON.stringify (native, fast) writes it whole.
const DESCEND_DEPTH = 3;

/** The text gathered into pieces of about `chunk` characters, each written (and waited for) in turn. */
class Pieces {
  private buffer = '';

  constructor(
    private readonly write: (text: string) => void | Promise<void>,
    private readonly chunk: number,
  ) {}

  add(text: string): void {
    this.buffer += text;
  }

  /** Writes the gathered text once there is a piece's worth of it. */
  async ready(): Promise<void> {
    if (this.buffer.length >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    await this.write(text);
  }
}

async function writeValue(value: unknown, out: Pieces, depth: number): Promise<void> {
  const plain = toPlain(value);
  if (depth >= DESCEND_DEPTH || plain === null || typeof plain !== 'object') {
    out.add(JSON.stringify(plain) ?? 'null');
    return out.ready();
  }
  if (Array.isArray(plain)) {
    out.add('[');
    for (let i = 0; i < plain.length; i++) {
      if (i > 0) out.add(',');
      // JSON.stringify writes undefined, functions and symbols in arrays as null.
      const inner = toPlain(plain[i]);
      if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') out.add('null');
      else await writeValue(inner, out, depth + 1);
    }
    out.add(']');
    return out.ready();
  }
  out.add('{');
  let first = true;
  for (const [key, item] of Object.entries(plain)) {
    const inner = toPlain(item);
    if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue;
    out.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    await writeValue(inner, out, depth + 1);
  }
  out.add('}');
  return out.ready();
}

/** What JSON.stringify would serialise in its place: the result of `toJSON` where there is one. */
function toPlain(value: unknown): unknown {
  const withJson = value as { toJSON?: () => unknown } | null;
  return withJson !== null && typeof withJson === 'object' && typeof withJson.toJSON === 'function'
    ? withJson.toJSON()
    : value;
}
