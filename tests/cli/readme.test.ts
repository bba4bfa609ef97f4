import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../src/db/context.ts';
import { createCliInstallation, words, type CliInstallation } from './harness.ts';

/**
 * The README's examples work as written, against the demo: its command-line session runs
 * from `setup` and `demo` on (every command exits 0 with nothing on stderr), its CSV
 * examples import into the demo walk-in centre without a single refused row, and its curl
 * calls answer 2xx with the token the session creates.
 */
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const PASSWORD = 'kiwi lantaarn Molenbeek 7';

const blocks = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({
  lang: m[1]!,
  lines: m[2]!
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter(Boolean),
}));
const csvBlock = (header: string) =>
  blocks.find((b) => b.lang === 'csv' && b.lines[0]!.startsWith(header))!.lines.join('\n');
/** `npx parcours …` lines, the session that starts with `setup` first. */
const commands = blocks
  .filter((b) => b.lang === 'sh')
  .sort(
    (a, b) =>
      Number(b.lines.some((l) => / setup /.test(l))) -
      Number(a.lines.some((l) => / setup /.test(l))),
  )
  .flatMap((b) => b.lines)
  .filter((line) => line.startsWith('npx parcours '));
const curls = blocks
  .filter((b) => b.lang === 'sh')
  .flatMap((b) => b.lines)
  .filter((line) => line.startsWith('curl '));

let cli: CliInstallation;
const scratch = mkdtempSync(join(tmpdir(), 'parcours-readme-'));
const files: Record<string, string> = {
  'contacts.csv': csvBlock('date;'),
  'answers.csv': csvBlock('submitted_at;'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(scratch, name), text);

beforeAll(async () => {
  cli = await createCliInstallation();
});
afterAll(async () => {
  await cli?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the README examples', () => {
  let token = '';

  it('has a command-line session, two CSV examples and curl calls', () => {
    expect(commands[0]).toBe('npx parcours --help');
    expect(commands.some((c) => / demo\b/.test(c))).toBe(true);
    expect(commands.filter((c) => / import /.test(c))).toHaveLength(2);
    expect(curls.length).toBeGreaterThanOrEqual(2);
  });

  // Loads the whole demo (five years of contacts and answers): slow on PGlite.
  it('runs the command-line session against the demo', { timeout: 600_000 }, async () => {
    for (const line of commands) {
      const command = line
        .replace(/^npx parcours /, '')
        .replace(/\s+#.*$/, '')
        .replace(/\s*<\s*\S+$/, '');
      if (command === 'serve') continue; // runs until stopped
      const args = words(command).map((word) =>
        word in files
          ? join(scratch, word)
          : /^[\w-]+\.(xlsx|pdf)$/.test(word)
            ? join(scratch, word)
            : word,
      );
      const result = await cli.run(
        args,
        command.includes('--password-stdin') ? PASSWORD : undefined,
      );
      expect({ line, code: result.code, stderr: result.stderr }).toEqual({
        line,
        code: 0,
        stderr: '',
      });
      token ||= /\bpct_\S+/.exec(result.stdout)?.[0] ?? '';
    }
    expect(token).not.toBe('');
    expect(readFileSync(join(scratch, 'rapport-2023.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    // Every row of both CSV examples went in (--skip-invalid would have hidden a refusal).
    await cli.withApp(async (app) => {
      const admin = { organisationId: null, userId: null, isAdmin: true };
      const list = (ids: string[]) =>
        sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        );
      const count = (query: ReturnType<typeof sql>) =>
        withContext(app.database.db, admin, async (tx) => {
          const result = (await tx.execute(query)) as unknown as { rows: { n: number }[] };
          return Number(result.rows[0]!.n);
        });
      const contactIds = [...files['contacts.csv']!.matchAll(/;(paper-[\w-]+)$/gm)].map(
        (m) => m[1]!,
      );
      const answerIds = [...files['answers.csv']!.matchAll(/;(paper-[\w-]+)$/gm)].map((m) => m[1]!);
      expect(contactIds).toHaveLength(2);
      expect(answerIds).toHaveLength(2);
      expect(
        await count(sql`SELECT count(*) AS n FROM contacts c JOIN organisations o ON o.id = c.organisation_id
          WHERE o.slug = 'beroepenpunt' AND c.external_id IN (${list(contactIds)})`),
      ).toBe(2);
      expect(
        await count(sql`SELECT count(*) AS n FROM survey_responses r JOIN organisations o ON o.id = r.organisation_id
          WHERE o.slug = 'beroepenpunt' AND r.external_id IN (${list(answerIds)})`),
      ).toBe(2);
    });
  });

  it('answers its curl calls with the token of the session', async () => {
    expect(token).not.toBe('');
    await cli.withApp(async (app) => {
      for (const line of curls) {
        const method = /-X (\w+)/.exec(line)?.[1] ?? 'GET';
        const headers = Object.fromEntries(
          [...line.matchAll(/-H "([^:]+): ([^"]*)"/g)].map((m) => [
            m[1]!.toLowerCase(),
            m[2]!.replace('$TOKEN', token),
          ]),
        );
        const url = /https?:\/\/[^/\s]+(\/\S*)/.exec(line)![1]!;
        const body = /-d '([^']*)'/.exec(line)?.[1];
        const response = await app.inject({
          method: method as 'GET',
          url,
          headers,
          ...(body === undefined ? {} : { payload: body }),
        });
        expect({
          line,
          status: response.statusCode,
          body: response.statusCode < 300 ? '' : response.body,
        }).toEqual({
          line,
          status: expect.any(Number),
          body: '',
        });
        expect(response.statusCode).toBeLessThan(300);
      }
    });
  });
});
