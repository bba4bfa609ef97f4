import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicUrlFor } from '../../core/common/public-url.ts';
import { idParamsSchema, okSchema, pageOf } from '../../shared/schemas/common.ts';
import { publicUrlSchema } from '../../shared/schemas/public-url.ts';
import {
  createSurveySchema,
  privacySettingsSchema,
  putPrivacySettingsSchema,
  surveyDefinitionSchema,
  surveyListQuerySchema,
  surveySchema,
  surveySummarySchema,
  surveyVersionDetailSchema,
  surveyVersionParamsSchema,
  updateSurveySchema,
} from '../../shared/schemas/surveys.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['surveys'];

/** The base of the public links: PUBLIC_URL when configured, else the address the browser used. */
function publicUrl(request: FastifyRequest) {
  return publicUrlFor(request.server.config.PUBLIC_URL, request);
}

export const surveysRoutes: FastifyPluginAsyncZod = async (app) => {
  const { surveys } = app.services;

  app.get(
    '/api/surveys',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Questionnaires of the organisation (the built-in visitor profile included)',
        description: '`q` searches the slug and the current title in every language.',
        querystring: surveyListQuerySchema,
        response: { 200: pageOf(surveySummarySchema) },
      },
    },
    async (request) => surveys.list(actorOf(request), request.query),
  );

  app.post(
    '/api/surveys',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Create a questionnaire (a draft with version 1)',
        body: createSurveySchema,
        response: { 201: surveySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await surveys.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/surveys/templates/visitor-profile',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'The built-in visitor profile, to start a new questionnaire from',
        response: { 200: z.object({ definition: surveyDefinitionSchema }) },
      },
    },
    async (request) => surveys.visitorProfileTemplate(actorOf(request)),
  );

  app.get(
    '/api/surveys/:id',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'One questionnaire: its current definition and its versions',
        params: idParamsSchema,
        response: { 200: surveySchema },
      },
    },
    async (request) => surveys.get(actorOf(request), request.params.id),
  );

  app.put(
    '/api/surveys/:id',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'Change the slug or the definition',
        description:
          'A version that was never published nor answered is changed in place; otherwise the definition becomes a new version (live at once when the questionnaire is published) and earlier answers keep theirs.',
        params: idParamsSchema,
        body: updateSurveySchema,
        response: { 200: surveySchema },
      },
    },
    async (request) => surveys.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/surveys/:id',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'Delete a questionnaire without answers (the built-in one cannot be deleted)',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await surveys.remove(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  for (const [action, summary] of [
    ['publish', 'Publish: the public form takes answers on the current version'],
    ['close', 'Close: the public form stops taking answers'],
  ] as const)
    app.post(
      `/api/surveys/:id/${action}`,
      {
        config: { tenant: 'org-resource:survey' },
        schema: { tags, summary, params: idParamsSchema, response: { 200: surveySchema } },
      },
      async (request) => surveys[action](actorOf(request), request.params.id),
    );

  app.get(
    '/api/surveys/:id/versions/:version',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'One version of a questionnaire as it was asked',
        params: surveyVersionParamsSchema,
        response: { 200: surveyVersionDetailSchema },
      },
    },
    async (request) =>
      surveys.getVersion(actorOf(request), request.params.id, request.params.version),
  );

  app.get(
    '/api/surveys/:id/qr.svg',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'QR code (SVG) of the public link; kiosk=1 for the tablet link',
        params: idParamsSchema,
        querystring: z.strictObject({ kiosk: z.enum(['0', '1']).optional() }),
        produces: ['image/svg+xml'],
        response: { 200: z.string().meta({ description: 'An SVG image' }) },
      },
    },
    async (request, reply) => {
      const { svg } = await surveys.qrSvg(actorOf(request), request.params.id, {
        base: publicUrl(request).url,
        kiosk: request.query.kiosk === '1',
      });
      return reply.header('content-type', 'image/svg+xml; charset=utf-8').send(svg);
    },
  );

  app.get(
    '/api/settings/public-url',
    {
      config: { tenant: 'org' },
      schema: {
        tags: ['settings'],
        summary: 'The address of the questionnaires’ public links, QR codes and posters',
        description:
          'PUBLIC_URL when it is set (`configured`); otherwise the address this request came to (its Host, or X-Forwarded-Host behind a trusted proxy): `request`, or `loopback` when only this machine can open it (localhost, 127.0.0.1, ::1) — then a phone scanning the QR code cannot, and PUBLIC_URL should be set.',
        response: { 200: publicUrlSchema },
      },
    },
    async (request) => publicUrl(request),
  );

  app.get(
    '/api/settings/privacy',
    {
      config: { tenant: 'org' },
      schema: {
        tags: ['settings'],
        summary: 'Privacy settings: the small-cell threshold of aggregated figures',
        response: { 200: privacySettingsSchema },
      },
    },
    async (request) => surveys.privacy(actorOf(request)),
  );

  app.put(
    '/api/settings/privacy',
    {
      config: { tenant: 'org' },
      schema: {
        tags: ['settings'],
        summary: 'Change the small-cell threshold (3 to 50; org admins)',
        body: putPrivacySettingsSchema,
        response: { 200: privacySettingsSchema },
      },
    },
    async (request) => surveys.setPrivacy(actorOf(request), request.body),
  );
};
