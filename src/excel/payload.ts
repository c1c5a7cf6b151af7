import { errorCode } from '../domain';

/**
 * Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded; learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-
 * performance-optimization#excel-add-ins). The adapter keeps each round trip under this budget, with room
 * for the JSON envelope.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/** The error codes Office.js uses when a round trip is too large (Excel on the web only). */
const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export function isPayloadError(error: unknown): boolean {
  return PAYLOAD_ERRORS.has(errorCode(error));
}

/**
 * The size of a value once serialised as JSON in UTF-8, as it travels between the add-in and Excel.
 * @example payloadBytes([['Sở Nội vụ']]) === 21 (ở, ộ and ụ take 3 bytes each)
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  // Non-ASCII UTF-16 units weigh 2–3 bytes in UTF-8 (a surrogate pair, 4 bytes for 2 units).
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * What Office.js sends for one queued call besides its arguments: the action itself, and for each proxy the
 * call creates (`sheet.getCell(r, c)`, `sheet.notes.getItem(cell)`) its object path and an Instantiate action
 * (office-js ClientObject and ActionFactory). Measured on test/excel's fake, which builds requests the same
 * way: about 330 bytes for `getCell(r, c).hyperlink = …`, 400 for `notes.add(getRange(cell), …)`; rounded up.
 */
export const CALL_BYTES = 500;

/**
 * Counts what a batch of writes will send and syncs early when the next write would take the request over
 * the budget, so a large write costs a few round trips instead of failing. Ordinary writes fit in one.
 */
export class RequestBudget {
  private spent = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = PAYLOAD_BUDGET,
  ) {}

  /** Call before queueing a write of about `bytes` (its arguments and CALL_BYTES per call). */
  async spend(bytes: number): Promise<void> {
    if (this.spent > 0 && this.spent + bytes > this.budget) await this.flush();
    this.spent += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.spent = 0;
  }
}
