import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import {
  partnerCandidatesSchema,
  partnershipAnswerSchema,
  partnershipResultSchema,
  programmeInputSchema,
  programmeListQuerySchema,
  programmePageSchema,
  programmeProgressSchema,
  programmeSchema,
  progressQuerySchema,
  targetInputSchema,
  targetParamsSchema,
  targetSchema,
  updateProgrammeSchema,
  updateTargetSchema,
} from '../../shared/schemas/programmes.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['programmes'];
const READ_ONLY =
  'A partner organisation reads the programme (role `partner`, aggregates only); any change is PROGRAMME_READ_ONLY (403). Another organisation gets 404.';

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { programmes } = app.services;

  app.get(
    '/api/programmes',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Programmes the organisation owns or is a partner of',
        description: 'Search by name (`q`), filter by `role` (owner or partner), paged.',
        querystring: programmeListQuerySchema,
        response: { 200: programmePageSchema },
      },
    },
    async (request) => programmes.list(actorOf(request), request.query),
  );

  app.post(
    '/api/programmes',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Create a programme with partners and funders',
        description:
          'Partners are organisations of the installation (not the owner, each once); funders give amounts per year.',
        body: programmeInputSchema,
        response: { 201: programmeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await programmes.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/programmes/partner-candidates',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Organisations that can be chosen as partners',
        description: "Every organisation of the installation except the caller's.",
        response: { 200: partnerCandidatesSchema },
      },
    },
    async (request) => programmes.partnerCandidates(actorOf(request)),
  );

  app.get(
    '/api/programmes/:id',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'One programme: funders with totals, funding per year, targets',
        description: READ_ONLY,
        params: idParamsSchema,
        response: { 200: programmeSchema },
      },
    },
    async (request) => programmes.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/programmes/:id',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'Change a programme',
        description: `Only the fields sent change; \`partnerIds\` and \`funders\` replace the lists. Removing a partner that still has targets is PARTNER_HAS_TARGETS (409). ${READ_ONLY}`,
        params: idParamsSchema,
        body: updateProgrammeSchema,
        response: { 200: programmeSchema },
      },
    },
    async (request) => programmes.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/programmes/:id',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'Delete a programme with its partners, funders and targets',
        description: READ_ONLY,
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await programmes.remove(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/programmes/:id/targets',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'Add a target',
        description:
          'An indicator (built-in or the owner’s own), a value, a period (start defaults to the programme’s) and deadline, optionally one partner and one year.',
        params: idParamsSchema,
        body: targetInputSchema,
        response: { 201: targetSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await programmes.addTarget(actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/programmes/:id/targets/:targetId',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'Change a target',
        description: 'Only the fields sent change; the whole target is checked again.',
        params: targetParamsSchema,
        body: updateTargetSchema,
        response: { 200: targetSchema },
      },
    },
    async (request) =>
      programmes.updateTarget(
        actorOf(request),
        request.params.id,
        request.params.targetId,
        request.body,
      ),
  );

  app.delete(
    '/api/programmes/:id/targets/:targetId',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'Remove a target',
        params: targetParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await programmes.removeTarget(actorOf(request), request.params.id, request.params.targetId);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/programmes/:id/progress',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'Progress of every target as of a date',
        description:
          'As of `asOf` (default today in the owner’s time zone). Per target: the actual over its period (narrowed to its year) up to the as-of date, summed over the owner and partners (a partner target: that partner only), per organisation and per month (with the cumulative); share done = actual / target; share elapsed = days gone / days in the period; forecast = the actual at the current pace, extended to the deadline. Only the owner and partners that have accepted count; an invited partner is listed with actual 0 and `status: invited`, and an invited organisation itself gets 403 until it accepts. Status rule: **met** once the actual reaches the target; otherwise **behind** once the deadline has passed; **on_track** when the forecast reaches the target; **at_risk** when it falls short by less than `rule.atRiskMargin` (10%); **behind** otherwise. Partners see the same aggregates.',
        params: idParamsSchema,
        querystring: progressQuerySchema,
        response: { 200: programmeProgressSchema },
      },
    },
    async (request) => programmes.progress(actorOf(request), request.params.id, request.query.asOf),
  );

  app.post(
    '/api/programmes/:id/partnership',
    {
      config: { tenant: 'org-resource:programme' },
      schema: {
        tags,
        summary: 'Accept or decline a partnership (the partner organisation)',
        description:
          'A partner the owner adds is `invited`: none of its figures are read. Its org admin or coordinator accepts (`accept: true`; its aggregates then count towards the targets, and it sees the progress) or declines (`accept: false`; it leaves the programme and its partner targets are removed). The owner cannot answer for a partner: VALIDATION_FAILED (400, `owner_cannot_answer` on `accept`). Another organisation gets 404.',
        params: idParamsSchema,
        body: partnershipAnswerSchema,
        response: { 200: partnershipResultSchema },
      },
    },
    async (request) =>
      programmes.answerPartnership(actorOf(request), request.params.id, request.body.accept),
  );
};
