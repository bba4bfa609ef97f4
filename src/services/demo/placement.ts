import { eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { Executor } from '../../db/client.ts';
import { auditLog, organisations } from '../../db/schema/index.ts';
import type { DemoOrganisation } from './data.ts';

/** Where a demo organisation goes in this installation: its own slug, or a free one. */
export interface DemoPlace {
  slug: string;
  name: string;
  /** True when an organisation of the installation already had the demo's slug. */
  renamed: boolean;
}

/**
 * The demo organisations an earlier run loaded: demo slug → the organisation's id and slug.
 * The audit trail knows them (`demo.loaded`, with the demo slug in its details; entries
 * from before the details name none, and the organisation kept the demo's slug then).
 */
export async function loadedDemoOrganisations(
  tx: Executor,
): Promise<Map<string, { id: string; slug: string }>> {
  const rows = await tx
    .select({
      id: organisations.id,
      slug: organisations.slug,
      demo: sql<string>`coalesce(${auditLog.details}->>'demo', ${organisations.slug})`,
    })
    .from(auditLog)
    .innerJoin(organisations, sql`${organisations.id}::text = ${auditLog.entityId}`)
    .where(eq(auditLog.action, 'demo.loaded'));
  return new Map(rows.map((row) => [row.demo, { id: row.id, slug: row.slug }]));
}

/** The slugs tried for a demo organisation, its own first: `beroepenpunt`, `beroepenpunt-demo`, `beroepenpunt-demo-2`, … */
export function candidateSlugs(slug: string, count = 10): string[] {
  return [
    slug,
    `${slug}-demo`,
    ...Array.from({ length: count - 2 }, (_, i) => `${slug}-demo-${i + 2}`),
  ];
}

/**
 * A demo organisation's place: its own slug when free; otherwise (an organisation of the
 * installation — often the first one, named after the same centre — has it) the first free
 * `<slug>-demo…`, and "(demo)" after its name, so the demo loads whole beside it.
 */
export async function placeDemoOrganisation(
  tx: Executor,
  demo: Pick<DemoOrganisation, 'slug' | 'name'>,
): Promise<DemoPlace> {
  const candidates = candidateSlugs(demo.slug);
  const taken = new Set(
    (
      await tx
        .select({ slug: organisations.slug })
        .from(organisations)
        .where(inArray(organisations.slug, candidates))
    ).map((row) => row.slug),
  );
  const slug = candidates.find((candidate) => !taken.has(candidate));
  // Ten organisations named like one demo organisation: not a situation to guess in.
  if (!slug) throw new AppError('SLUG_TAKEN', { params: { slug: candidates.at(-1)! } });
  return slug === demo.slug
    ? { slug, name: demo.name, renamed: false }
    : { slug, name: `${demo.name} (demo)`, renamed: true };
}
