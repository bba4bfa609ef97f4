import { and, count, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import { withContext } from '../../db/context.ts';
import { surveyResponses, surveys, surveyVersions } from '../../db/schema/index.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceDeps } from '../deps.ts';
import { findSurvey, loadSurvey } from './mapping.ts';
import { latestVersion } from './store.ts';

/** Publishing, closing and deleting a questionnaire. */
export function createSurveyLifecycle({ db, clock }: ServiceDeps) {
  return {
    /**
     * Opens the public form on the current version (draft or closed → published).
     * Publishing a published questionnaire changes nothing.
     */
    async publish(actor: Actor, id: string) {
      requirePermission(actor, 'surveys.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const survey = await findSurvey(tx, ctx.organisationId, id, true);
        if (survey.status === 'published') return loadSurvey(tx, ctx.organisationId, id);
        const at = clock();
        const current = await latestVersion(tx, id);
        await tx
          .update(surveyVersions)
          .set({ publishedAt: at })
          .where(and(eq(surveyVersions.id, current.id), isNull(surveyVersions.publishedAt)));
        await tx
          .update(surveys)
          .set({ status: 'published', publishedAt: at, closedAt: null, updatedAt: at })
          .where(eq(surveys.id, id));
        await recordAudit(tx, actor, {
          action: 'survey.published',
          entity: 'survey',
          entityId: id,
          details: { version: current.version },
        });
        return loadSurvey(tx, ctx.organisationId, id);
      });
    },

    /** Closes the public form (published → closed); closing a closed one changes nothing. */
    async close(actor: Actor, id: string) {
      requirePermission(actor, 'surveys.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const survey = await findSurvey(tx, ctx.organisationId, id, true);
        if (survey.status === 'closed') return loadSurvey(tx, ctx.organisationId, id);
        if (survey.status === 'draft') throw new AppError('SURVEY_NOT_PUBLISHED');
        const at = clock();
        await tx
          .update(surveys)
          .set({ status: 'closed', closedAt: at, updatedAt: at })
          .where(eq(surveys.id, id));
        await recordAudit(tx, actor, { action: 'survey.closed', entity: 'survey', entityId: id });
        return loadSurvey(tx, ctx.organisationId, id);
      });
    },

    /** Deletes a questionnaire nobody answered; the built-in one can only be closed. */
    async remove(actor: Actor, id: string) {
      requirePermission(actor, 'surveys.manage');
      const ctx = orgContext(actor);
      await withContext(db, ctx, async (tx) => {
        const survey = await findSurvey(tx, ctx.organisationId, id, true);
        if (survey.template) throw new AppError('SURVEY_BUILT_IN');
        const [answered] = await tx
          .select({ n: count() })
          .from(surveyResponses)
          .where(eq(surveyResponses.surveyId, id));
        const responses = Number(answered?.n ?? 0);
        if (responses > 0)
          throw new AppError('SURVEY_HAS_RESPONSES', { params: { count: responses } });
        await tx.delete(surveys).where(eq(surveys.id, id));
        await recordAudit(tx, actor, {
          action: 'survey.deleted',
          entity: 'survey',
          entityId: id,
          details: { slug: survey.slug },
        });
      });
    },
  };
}
