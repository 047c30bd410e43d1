/**
 * Round-trip budget for Office.js. Excel on the web rejects a request or response over 5 MB; the adapter keeps
 * each range operation under about 4 MB by estimating bytes from cell counts, queues as much as it can before a
 * `context.sync()`, and syncs again only when the estimate of the queued work passes the budget.
 */

/** Bytes one sync may carry (estimate). */
export const SYNC_BYTES = 4 * 1024 * 1024;

/** Estimated response bytes per cell of a grid read: values + valueTypes + numberFormat + cell properties (bold). */
export const READ_BYTES_PER_CELL = 120;

/** Estimated request bytes of one queued write operation (address, payload and protocol overhead). */
export const OP_BYTES = 200;

/** Rows per read block at most, whatever the width (keeps single operations modest on desktop too). */
export const MAX_BLOCK_ROWS = 5000;

/** Queues operations and syncs whenever the estimated bytes queued since the last sync pass the budget. */
export class SyncBatcher {
  private queued = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = SYNC_BYTES,
  ) {}

  /** Records `bytes` of queued work; syncs first when adding it would pass the budget. */
  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.flush();
    this.queued += bytes;
  }

  /** Syncs if anything is queued. */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    this.syncs++;
    await this.context.sync();
  }
}

/** True for the error Excel raises when a batch is too large to send or answer. */
export function isPayloadTooLarge(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = (e as { code?: unknown }).code;
  return (
    typeof code === "string" &&
    /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code)
  );
}
