import { randomBytes } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import type { z } from 'zod';
import { fieldIssuesOf } from '../shared/validation.ts';
import { AppError } from '../core/common/errors.ts';

/**
 * Parses command-line input with the same zod schema as the API. Issues become the
 * same field issues (and so the same translated messages) as an API validation error.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => {
    const { code, path, message, ...params } = issue;
    return fieldIssuesOf({ keyword: code, instancePath: `/${path.join('/')}`, message, params });
  });
  throw new AppError('VALIDATION_FAILED', { issues });
}

/** Reads the first line of standard input (for `--password-stdin`), without its line ending. */
export async function readFirstLine(stdin: AsyncIterable<string | Buffer>): Promise<string> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end).replace(/\r$/, '');
  }
  return (text + decoder.end()).replace(/\r$/, '');
}

// 32 symbols: the letters without l and o, the digits without 0 and 1.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random password of 20 characters from 32 without look-alikes (100 bits), in groups of five. */
export function generatePassword(): string {
  return [...randomBytes(20)]
    .map((byte) => ALPHABET[byte % 32])
    .join('')
    .replace(/(.{5})(?!$)/g, '$1-');
}

/** Commander collector for repeatable options such as `--role a --role b`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** An optional whole number from an option; anything else is left for the schema to refuse. */
export function optionalNumber(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value) : value;
}
