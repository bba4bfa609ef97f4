import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isUiLanguage } from '../../core/common/languages.ts';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import {
  createIndicatorSchema,
  evaluateDefinitionBodySchema,
  indicatorCatalogQuerySchema,
  indicatorCatalogSchema,
  indicatorCodeParamsSchema,
  indicatorListSchema,
  indicatorSchema,
  indicatorValueQuerySchema,
  indicatorValueSchema,
  updateIndicatorSchema,
} from '../../shared/schemas/indicators.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['indicators'];

/** `?lang=` decides the labels' language, and that of a refusal. */
async function languageFromQuery(request: FastifyRequest) {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isUiLanguage(lang)) request.lang = lang;
}

const PERIOD =
  '`from` and `to` are dates in the organisation’s time zone, both included, at most 3,700 days apart. `breakdown` (optional) is one field: the groups come largest first, date parts (`year` as YYYY, `quarter` as YYYY-Qn, `month` as YYYY-MM) in date order; a group with key null holds what has no value. A contact with two tags counts in both tag groups but once in the total. Group labels are in `lang` if given, else in the caller’s language.';

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { indicators } = app.services;

  app.get(
    '/api/indicators',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Built-in indicators and the organisation’s own',
        description:
          'Every indicator the organisation can use: the built-in ones (no id) and its own, each with its definition and the number of the organisation’s programme targets using it.',
        response: { 200: indicatorListSchema },
      },
    },
    async (request) => indicators.list(actorOf(request)),
  );

  app.get(
    '/api/indicators/catalog',
    {
      config: { tenant: 'org' },
      preValidation: languageFromQuery,
      schema: {
        tags,
        summary: 'Sources, measures, fields and known values for the indicator builder',
        description:
          'Per source: the measures it allows and its fields (whether each can be filtered, broken down by or counted distinct) with the values known for it: closed lists, languages, Brussels municipalities, and the organisation’s locations, tags, activity kinds, partners and questionnaires, labelled in `lang` (default: the caller’s language).',
        querystring: indicatorCatalogQuerySchema,
        response: { 200: indicatorCatalogSchema },
      },
    },
    async (request) => indicators.catalog(actorOf(request), request.lang),
  );

  app.post(
    '/api/indicators',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Define an indicator of the organisation’s own (org admins)',
        description:
          'A code (not a built-in one, not already used), labels in nl, fr and en, a unit and a definition: source, measure, filters and the breakdowns it allows. A filter on an unknown field, an unknown value or a measure the source does not allow is refused with the field named (`filters.0.field`).',
        body: createIndicatorSchema,
        response: { 201: indicatorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await indicators.create(actorOf(request), request.body)),
  );

  app.post(
    '/api/indicators/evaluate',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Evaluate an unsaved definition (preview in the builder)',
        description: `A definition and a period; \`breakdown\` may be any field of the source that can be broken down by. ${PERIOD}`,
        body: evaluateDefinitionBodySchema,
        response: { 200: indicatorValueSchema },
      },
    },
    async (request) => indicators.evaluate(actorOf(request), request.body, request.lang),
  );

  app.get(
    '/api/indicators/values/:code',
    {
      config: { tenant: 'org' },
      preValidation: languageFromQuery,
      schema: {
        tags,
        summary: 'The value of an indicator for a period, optionally broken down',
        description: `The indicator is a built-in one or the organisation’s own; \`breakdown\` must be one it allows. ${PERIOD}`,
        params: indicatorCodeParamsSchema,
        querystring: indicatorValueQuerySchema,
        response: { 200: indicatorValueSchema },
      },
    },
    async (request) => {
      const { lang: _lang, ...query } = request.query;
      return indicators.value(actorOf(request), request.params.code, query, request.lang);
    },
  );

  app.get(
    '/api/indicators/:id',
    {
      config: { tenant: 'org-resource:indicator' },
      schema: {
        tags,
        summary: 'One of the organisation’s own indicators',
        params: idParamsSchema,
        response: { 200: indicatorSchema },
      },
    },
    async (request) => indicators.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/indicators/:id',
    {
      config: { tenant: 'org-resource:indicator' },
      schema: {
        tags,
        summary: 'Change an indicator of the organisation’s own (org admins)',
        description:
          'Labels, description, unit and definition may change; the code stays, as programme targets refer to it. The whole definition is checked again.',
        params: idParamsSchema,
        body: updateIndicatorSchema,
        response: { 200: indicatorSchema },
      },
    },
    async (request) => indicators.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/indicators/:id',
    {
      config: { tenant: 'org-resource:indicator' },
      schema: {
        tags,
        summary: 'Delete an indicator no programme target uses (org admins)',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await indicators.remove(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
};
