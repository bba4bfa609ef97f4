import type { RowIssue } from './report.ts';

/**
 * The external ids seen so far in one import file, with the line each was first seen on,
 * to refuse a repeated id anywhere in a file of a million rows without a JavaScript Map.
 *
 * An exact set (no false positives, so no database round trip to confirm a hit): ids are
 * kept as UTF-8 in one growing byte arena, found through an open-addressing table of
 * 32-bit FNV-1a hashes. About 24 bytes plus the id's length per distinct id — some 40 MB
 * for a million 16-character ids, against about 85 MB for a Map<string, number>. Memory
 * grows with the number of distinct external ids only; everything else an import holds is
 * one chunk of rows.
 */
export class ExternalIdSet {
  private slots = new Int32Array(1 << 12);
  private hashes = new Uint32Array(1 << 11);
  private lines = new Uint32Array(1 << 11);
  private starts = new Uint32Array((1 << 11) + 1);
  private arena = Buffer.allocUnsafe(1 << 16);
  private count = 0;
  private scratch = Buffer.allocUnsafe(1024);

  get size(): number {
    return this.count;
  }

  /** Bytes held (for the memory claim above). */
  get byteLength(): number {
    return (
      this.slots.byteLength +
      this.hashes.byteLength +
      this.lines.byteLength +
      this.starts.byteLength +
      this.arena.length
    );
  }

  /** Adds `id`, first seen on `line`; when it was already there, returns that first line. */
  add(id: string, line: number): number | null {
    if (Buffer.byteLength(id) > this.scratch.length)
      this.scratch = Buffer.allocUnsafe(id.length * 3);
    const length = this.scratch.write(id, 0, 'utf8');
    let hash = 0x811c9dc5;
    for (let i = 0; i < length; i++) {
      hash ^= this.scratch[i]!;
      hash = Math.imul(hash, 0x01000193);
    }
    hash >>>= 0;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.insert(slot, hash, length, line);
        return null;
      }
      const k = entry - 1;
      const start = this.starts[k]!;
      if (
        this.hashes[k] === hash &&
        this.starts[k + 1]! - start === length &&
        this.arena.compare(this.scratch, 0, length, start, start + length) === 0
      )
        return this.lines[k]!;
    }
  }

  private insert(slot: number, hash: number, length: number, line: number) {
    const k = this.count;
    if (k + 1 >= this.hashes.length) {
      this.hashes = grow(this.hashes, this.hashes.length * 2);
      this.lines = grow(this.lines, this.lines.length * 2);
      this.starts = grow(this.starts, this.hashes.length + 1);
    }
    const start = this.starts[k]!;
    if (start + length > this.arena.length) {
      const arena = Buffer.allocUnsafe(Math.max(this.arena.length * 2, start + length));
      this.arena.copy(arena, 0, 0, start);
      this.arena = arena;
    }
    this.scratch.copy(this.arena, start, 0, length);
    this.hashes[k] = hash;
    this.lines[k] = line;
    this.starts[k + 1] = start + length;
    this.slots[slot] = k + 1;
    this.count = k + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash() {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = this.hashes[k]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}

function grow<T extends Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** Adds a `duplicate_external_id` issue when `id` was already met earlier in the file. */
export function noteExternalId(
  seen: ExternalIdSet,
  id: string | null | undefined,
  line: number,
  issues: RowIssue[],
): void {
  if (!id) return;
  const first = seen.add(id, line);
  if (first !== null)
    issues.push({
      column: 'external_id',
      code: 'duplicate_external_id',
      params: { value: id, line: first },
    });
}
