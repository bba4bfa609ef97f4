import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../core/common/errors.ts';
import type { UiLanguage } from '../../core/common/languages.ts';
import { BUILT_IN_INDICATORS, builtInIndicator } from '../../core/indicators/built-in.ts';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import { withContext } from '../../db/context.ts';
import { indicators } from '../../db/schema/index.ts';
import type {
  createIndicatorSchema,
  EvaluateQuery,
  evaluateDefinitionBodySchema,
  IndicatorCatalog,
  IndicatorDto,
  IndicatorValue,
  updateIndicatorSchema,
} from '../../shared/schemas/indicators.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { isUniqueViolation } from '../db-errors.ts';
import type { ServiceDeps } from '../deps.ts';
import { buildCatalog } from './catalog.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import { organisationZone } from '../contacts/mapping.ts';
import { evaluateDefinition, type Evaluation } from './evaluate.ts';
import { emptyLookups, loadLookups, needsLookups, valueLabel, type Lookups } from './labels.ts';
import { findIndicator, indicatorOfRow } from './lookup.ts';
import {
  assertDefinition,
  cleanDescription,
  normaliseDefinition,
  ownRow,
  targetCounts,
  toDto,
} from './store.ts';

type CreateInput = z.output<typeof createIndicatorSchema>;
type UpdateInput = z.output<typeof updateIndicatorSchema>;
type EvaluateBody = z.output<typeof evaluateDefinitionBodySchema>;

const codeTaken = (code: string) => new AppError('INDICATOR_CODE_TAKEN', { params: { code } });

/** The evaluation with every group labelled in `lang`. */
function labelled(
  def: IndicatorDefinition,
  evaluation: Evaluation,
  query: EvaluateQuery,
  code: string | null,
  lang: UiLanguage,
  lookups: Lookups,
): IndicatorValue {
  const questions = def.filters.find((f) => f.field === 'question')?.values ?? [];
  const breakdown = query.breakdown ?? null;
  const period = evaluation.period ?? query;
  return {
    code,
    from: period.from,
    to: period.to,
    suppressed: evaluation.suppressed ?? false,
    hiddenGroups: evaluation.hiddenGroups ?? 0,
    protection: evaluation.protection ?? null,
    value: evaluation.value,
    breakdown,
    groups: evaluation.groups.map((g) => ({
      key: g.key,
      label: breakdown ? valueLabel(def.source, breakdown, g.key, lang, lookups, questions) : '',
      value: g.value,
    })),
  };
}

/** Indicators: built-in and the organisation's own; catalog for the builder; evaluation. */
export function createIndicatorService({ db, clock }: ServiceDeps) {
  return {
    /** Built-in indicators, then the organisation's own (by code), with their use by targets. */
    async list(actor: Actor): Promise<{ items: IndicatorDto[] }> {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const counts = await targetCounts(tx, ctx.organisationId);
        const rows = await tx
          .select()
          .from(indicators)
          .where(eq(indicators.organisationId, ctx.organisationId))
          .orderBy(indicators.code);
        const all = [...BUILT_IN_INDICATORS, ...rows.map(indicatorOfRow)];
        return { items: all.map((i) => toDto(i, counts.get(i.code) ?? 0)) };
      });
    },

    /** Sources, measures, fields and known values (labelled in `lang`) for the builder. */
    async catalog(actor: Actor, lang: UiLanguage): Promise<IndicatorCatalog> {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) =>
        buildCatalog(await loadLookups(tx, ctx.organisationId), lang),
      );
    },

    async get(actor: Actor, id: string): Promise<IndicatorDto> {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const row = await ownRow(tx, ctx.organisationId, id);
        const counts = await targetCounts(tx, ctx.organisationId);
        return toDto(indicatorOfRow(row), counts.get(row.code) ?? 0);
      });
    },

    /** A custom indicator: its code free among built-in and own codes, its definition sound. */
    async create(actor: Actor, input: CreateInput): Promise<IndicatorDto> {
      requirePermission(actor, 'indicators.manage');
      const ctx = orgContext(actor);
      const { code, labels, description, unit, ...definition } = input;
      if (builtInIndicator(code)) throw codeTaken(code);
      return withContext(db, ctx, async (tx) => {
        const def = normaliseDefinition(definition);
        assertDefinition(def, await loadLookups(tx, ctx.organisationId));
        const [existing] = await tx
          .select({ id: indicators.id })
          .from(indicators)
          .where(and(eq(indicators.organisationId, ctx.organisationId), eq(indicators.code, code)));
        if (existing) throw codeTaken(code);
        const at = clock();
        try {
          const [row] = await tx
            .insert(indicators)
            .values({
              organisationId: ctx.organisationId,
              code,
              labels,
              description: cleanDescription(description),
              unit,
              definition: def,
              createdBy: actor.userId,
              createdAt: at,
              updatedAt: at,
            })
            .returning();
          await recordAudit(tx, actor, {
            action: 'indicator.created',
            entity: 'indicator',
            entityId: row!.id,
            details: { code },
          });
          return toDto(indicatorOfRow(row!), 0);
        } catch (error) {
          if (isUniqueViolation(error)) throw codeTaken(code);
          throw error;
        }
      });
    },

    /** Changes labels, unit or definition; the code stays (targets refer to it). */
    async update(actor: Actor, id: string, input: UpdateInput): Promise<IndicatorDto> {
      requirePermission(actor, 'indicators.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const current = await ownRow(tx, ctx.organisationId, id);
        const { labels, description, unit, ...changes } = input;
        const def = normaliseDefinition({ ...current.definition, ...changes });
        if (changes.measure && changes.measure !== 'count_distinct' && !changes.distinctField)
          delete def.distinctField;
        assertDefinition(def, await loadLookups(tx, ctx.organisationId));
        const [row] = await tx
          .update(indicators)
          .set({
            ...(labels ? { labels } : {}),
            ...(description ? { description: cleanDescription(description) } : {}),
            ...(unit ? { unit } : {}),
            definition: def,
            updatedAt: clock(),
          })
          .where(and(eq(indicators.id, id), eq(indicators.organisationId, ctx.organisationId)))
          .returning();
        await recordAudit(tx, actor, {
          action: 'indicator.updated',
          entity: 'indicator',
          entityId: id,
          details: { code: current.code, fields: Object.keys(input) },
        });
        const counts = await targetCounts(tx, ctx.organisationId);
        return toDto(indicatorOfRow(row!), counts.get(current.code) ?? 0);
      });
    },

    /** Deletes a custom indicator no programme target uses. */
    async remove(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'indicators.manage');
      const ctx = orgContext(actor);
      await withContext(db, ctx, async (tx) => {
        const row = await ownRow(tx, ctx.organisationId, id);
        const count = (await targetCounts(tx, ctx.organisationId)).get(row.code) ?? 0;
        if (count > 0) throw new AppError('INDICATOR_IN_USE', { params: { count } });
        await tx
          .delete(indicators)
          .where(and(eq(indicators.id, id), eq(indicators.organisationId, ctx.organisationId)));
        await recordAudit(tx, actor, {
          action: 'indicator.deleted',
          entity: 'indicator',
          entityId: id,
          details: { code: row.code },
        });
      });
    },

    /** An indicator's value for a period, by one of the breakdowns it allows. */
    async value(
      actor: Actor,
      code: string,
      query: EvaluateQuery,
      lang: UiLanguage,
    ): Promise<IndicatorValue> {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const indicator = await findIndicator(tx, ctx.organisationId, code);
        if (!indicator) throw new AppError('NOT_FOUND');
        if (query.breakdown && !indicator.breakdowns.includes(query.breakdown))
          throw new AppError('VALIDATION_FAILED', {
            issues: [
              { path: 'breakdown', code: 'unknown_field', params: { field: query.breakdown } },
            ],
          });
        const today = todayIn(await organisationZone(tx, ctx.organisationId), clock());
        const evaluation = await evaluateDefinition(tx, ctx.organisationId, indicator, {
          ...query,
          today,
        });
        const lookups = needsLookups(query.breakdown)
          ? await loadLookups(tx, ctx.organisationId)
          : emptyLookups();
        return labelled(indicator, evaluation, query, code, lang, lookups);
      });
    },

    /** An unsaved definition's value (the builder's preview); any breakdown of its source. */
    async evaluate(actor: Actor, body: EvaluateBody, lang: UiLanguage): Promise<IndicatorValue> {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      const { from, to, breakdown, ...definition } = body;
      const query = { from, to, breakdown };
      return withContext(db, ctx, async (tx) => {
        const def = normaliseDefinition(definition);
        const lookups = await loadLookups(tx, ctx.organisationId);
        assertDefinition(def, lookups);
        const today = todayIn(await organisationZone(tx, ctx.organisationId), clock());
        const evaluation = await evaluateDefinition(tx, ctx.organisationId, def, {
          ...query,
          today,
        });
        return labelled(def, evaluation, query, null, lang, lookups);
      });
    },
  };
}
