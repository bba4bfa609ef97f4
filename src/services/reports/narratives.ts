import { and, asc, eq } from 'drizzle-orm';
import type { UiLanguage } from '../../core/common/languages.ts';
import type { Executor } from '../../db/client.ts';
import { reportNarratives } from '../../db/schema/index.ts';
import {
  REPORT_SECTIONS,
  type NarrativeInput,
  type Narratives,
  type ReportSection,
} from '../../shared/schemas/reports.ts';

/** Every section's narrative of one edition (year) in one language; '' where none was written. */
export async function narrativesFor(
  tx: Executor,
  organisationId: string,
  year: number,
  language: UiLanguage,
): Promise<Record<ReportSection, string>> {
  const rows = await tx
    .select({ section: reportNarratives.section, body: reportNarratives.body })
    .from(reportNarratives)
    .where(
      and(
        eq(reportNarratives.organisationId, organisationId),
        eq(reportNarratives.year, year),
        eq(reportNarratives.language, language),
      ),
    );
  const bodies = new Map(rows.map((row) => [row.section, row.body]));
  return Object.fromEntries(
    REPORT_SECTIONS.map((section) => [section, bodies.get(section) ?? '']),
  ) as Record<ReportSection, string>;
}

/** Every narrative of one edition, in all languages (sections in report order, then nl, fr, en). */
export async function listNarratives(
  tx: Executor,
  organisationId: string,
  year: number,
): Promise<Narratives> {
  const rows = await tx
    .select()
    .from(reportNarratives)
    .where(
      and(eq(reportNarratives.organisationId, organisationId), eq(reportNarratives.year, year)),
    )
    .orderBy(asc(reportNarratives.section), asc(reportNarratives.language));
  const order = (section: string) => REPORT_SECTIONS.indexOf(section as ReportSection);
  const languages = ['nl', 'fr', 'en'];
  return {
    year,
    items: rows
      .sort(
        (a, b) =>
          order(a.section) - order(b.section) ||
          languages.indexOf(a.language) - languages.indexOf(b.language),
      )
      .map((row) => ({
        section: row.section as ReportSection,
        language: row.language as UiLanguage,
        body: row.body,
        updatedAt: row.updatedAt.toISOString(),
      })),
  };
}

/**
 * Writes (or, for an empty body, removes) one narrative. Returns what happened: `saved`,
 * `deleted`, or `unchanged` when an empty body had nothing to remove.
 */
export async function writeNarrative(
  tx: Executor,
  organisationId: string,
  userId: string | null,
  input: NarrativeInput,
  now: Date,
): Promise<'saved' | 'deleted' | 'unchanged'> {
  const key = and(
    eq(reportNarratives.organisationId, organisationId),
    eq(reportNarratives.year, input.year),
    eq(reportNarratives.section, input.section),
    eq(reportNarratives.language, input.language),
  );
  if (input.body.trim() === '') {
    const removed = await tx
      .delete(reportNarratives)
      .where(key)
      .returning({ year: reportNarratives.year });
    return removed.length ? 'deleted' : 'unchanged';
  }
  await tx
    .insert(reportNarratives)
    .values({
      organisationId,
      year: input.year,
      section: input.section,
      language: input.language,
      body: input.body,
      updatedBy: userId,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [
        reportNarratives.organisationId,
        reportNarratives.year,
        reportNarratives.section,
        reportNarratives.language,
      ],
      set: { body: input.body, updatedBy: userId, updatedAt: now },
    });
  return 'saved';
}
