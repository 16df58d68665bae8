// The LSP base protocol checked before vscode-jsonrpc reads it: every message must start with
// headers carrying one `Content-Length` of decimal digits within a bound. vscode-jsonrpc reports a
// bad header (`abc`, `-5`, none) as an error nobody hears and then waits for ever; a server that is
// alive but silent is worse than one that exits, since the client restarts a server that exits.
import { Transform, type TransformCallback } from 'node:stream';

/** A didOpen of a 5 MB note is ~10 MB of JSON; a header past this is a broken stream, not a note. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
const MAX_HEADER_BYTES = 8192;

/**
 * Passes the byte stream through unchanged while following its framing; calls `onBroken` once with
 * a reason at the first malformed header (and stops passing data on).
 */
export class FramingGuard extends Transform {
  private header = '';
  private bodyLeft = 0;
  private broken = false;

  constructor(private readonly onBroken: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.broken) return done();
    let pos = 0;
    while (pos < chunk.length) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - pos);
        this.bodyLeft -= n;
        pos += n;
        continue;
      }
      // in the headers: read up to the blank line that ends them
      const end = chunk.indexOf(10, pos);
      const piece = chunk.toString('latin1', pos, end < 0 ? chunk.length : end + 1);
      this.header += piece;
      pos = end < 0 ? chunk.length : end + 1;
      if (this.header.length > MAX_HEADER_BYTES) return this.fail('a header block longer than 8 KB', done);
      if (!this.header.endsWith('\r\n\r\n')) continue;
      const reason = this.check(this.header);
      this.header = '';
      if (typeof reason === 'string') return this.fail(reason, done);
      this.bodyLeft = reason;
    }
    this.push(chunk);
    done();
  }

  /** The body length the headers announce, or why they are malformed. */
  private check(block: string): number | string {
    let length: number | undefined;
    for (const line of block.slice(0, -4).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a header line without "name: value" (${JSON.stringify(line.slice(0, 80))})`;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name !== 'content-length') continue;
      if (length !== undefined) return 'two Content-Length headers';
      if (!/^\d{1,12}$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 40))} is not a byte count`;
      length = Number(value);
      if (length > MAX_MESSAGE_BYTES) return `Content-Length ${length} is larger than ${MAX_MESSAGE_BYTES} bytes`;
    }
    return length ?? 'a message without a Content-Length header';
  }

  private fail(reason: string, done: TransformCallback): void {
    this.broken = true;
    done();
    this.onBroken(reason);
  }
}
