import { isUtf8 } from 'node:buffer';
import { ImportFileError } from './file-error.ts';

/** Bytes a UTF-8 sequence starting with `lead` takes; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Length of `bytes` without a character cut off at the end (kept for the next piece). */
export function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const byte = bytes[n - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = sequenceLength(byte);
    return length > back ? n - back : n;
  }
  return n;
}

/** Offset of the first byte that is not valid UTF-8 (`bytes.length` when all are). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length === 1) {
      i++;
      continue;
    }
    if (i + length > n) return i;
    const second = bytes[i + 1]!;
    // No overlong forms, no UTF-16 surrogates, nothing above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return n;
}

export interface DecodeOptions {
  /** Refuse files larger than this (bytes). */
  maxBytes: number;
  /** Called with the bytes read so far, after each piece. */
  onBytes?: (bytes: number) => void;
}

/**
 * Turns a stream of bytes into text, piece by piece, without a byte-order mark. Invalid
 * UTF-8 yields the valid text before it, then throws `invalid_utf8` (the CSV reader adds
 * the line). A character split across two pieces is carried over, never replaced.
 */
export async function* decodeUtf8(
  source: AsyncIterable<Uint8Array | string>,
  options: DecodeOptions,
): AsyncGenerator<string> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    yield* decodePieces(iterator, options);
  } finally {
    // Closes a file the caller opened; an HTTP body is left for the caller to drain.
    await iterator.return?.().catch(() => undefined);
  }
}

async function* decodePieces(
  iterator: AsyncIterator<Uint8Array | string>,
  options: DecodeOptions,
): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  let total = 0;
  let started = false;
  for (;;) {
    let next: IteratorResult<Uint8Array | string>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw new ImportFileError('read_failed', { reason: (error as Error)?.message ?? '' });
    }
    if (next.done) break;
    const piece = next.value;
    const bytes =
      typeof piece === 'string'
        ? Buffer.from(piece, 'utf8')
        : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    total += bytes.length;
    if (total > options.maxBytes)
      throw new ImportFileError('too_large', { megabytes: Math.floor(options.maxBytes / 1048576) });
    options.onBytes?.(total);
    const all: Buffer = carry ? Buffer.concat([carry, bytes]) : bytes;
    const cut = completeLength(all);
    carry = cut < all.length ? Buffer.from(all.subarray(cut)) : null;
    const body = all.subarray(0, cut);
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8(body);
      if (bad > 0) yield stripBom(body.toString('utf8', 0, bad), !started);
      throw new ImportFileError('invalid_utf8');
    }
    let text = body.toString('utf8');
    if (!text) continue;
    text = stripBom(text, !started);
    started = true;
    if (text) yield text;
  }
  if (carry) throw new ImportFileError('invalid_utf8');
}

function stripBom(text: string, atStart: boolean): string {
  return atStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
