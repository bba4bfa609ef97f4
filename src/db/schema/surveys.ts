import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SurveyDefinition } from '../../core/surveys/model.ts';
import { organisations } from './organisations.ts';
import { tenantPolicy } from './tenant.ts';
import { users } from './users.ts';

/**
 * An anonymous questionnaire. Its questions live in versions: a change to a questionnaire
 * that has been published makes a new version, and each response keeps the version it
 * answered. `public_code` is the short link of its public form.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    publicCode: text('public_code').notNull(),
    /** `visitor_profile` for the built-in questionnaire; null for an organisation's own. */
    template: text('template'),
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('surveys_org_slug_key').on(t.organisationId, t.slug),
    uniqueIndex('surveys_public_code_key').on(t.publicCode),
    uniqueIndex('surveys_org_id_key').on(t.organisationId, t.id),
    // At most one survey per organisation made from each built-in template.
    uniqueIndex('surveys_org_template_key').on(t.organisationId, t.template),
    check('surveys_status_check', sql`status IN ('draft', 'published', 'closed')`),
    tenantPolicy('surveys_tenant'),
  ],
).enableRLS();

export const surveyVersions = pgTable(
  'survey_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<SurveyDefinition>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the version first went live; a live version is never changed again. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_versions_survey_version_key').on(t.surveyId, t.version),
    uniqueIndex('survey_versions_org_id_key').on(t.organisationId, t.id),
    foreignKey({
      name: 'survey_versions_survey_same_org_fk',
      columns: [t.organisationId, t.surveyId],
      foreignColumns: [surveys.organisationId, surveys.id],
    }).onDelete('cascade'),
    check('survey_versions_version_check', sql`version >= 1`),
    tenantPolicy('survey_versions_tenant'),
  ],
).enableRLS();

/**
 * One anonymous respondent. On purpose there is no creation timestamp, no IP address, no
 * user agent and no session: the submission time is kept to the hour only.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    versionId: uuid('version_id').notNull(),
    submittedHour: timestamp('submitted_hour', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(),
    /** The language the form was filled in. */
    language: text('language'),
    /** Paper forms keyed by the import: a re-import changes nothing. */
    externalId: text('external_id'),
    /** SHA-256 of the public form's Idempotency-Key, so a double tap counts once. */
    idempotencyHash: text('idempotency_hash'),
    /**
     * A fixed random number in [0, 65536) drawn when the response is stored: the record key of
     * the cell key method (decision 0008). It says nothing about the respondent; published
     * figures derive their perturbation from the keys of the responses they count.
     */
    recordKey: integer('record_key')
      .notNull()
      .default(sql`floor(random() * 65536)::integer`),
  },
  (t) => [
    uniqueIndex('survey_responses_org_id_key').on(t.organisationId, t.id),
    uniqueIndex('survey_responses_external_id_key').on(t.organisationId, t.surveyId, t.externalId),
    uniqueIndex('survey_responses_idempotency_key').on(t.surveyId, t.idempotencyHash),
    index('survey_responses_survey_hour_idx').on(t.organisationId, t.surveyId, t.submittedHour),
    foreignKey({
      name: 'survey_responses_survey_same_org_fk',
      columns: [t.organisationId, t.surveyId],
      foreignColumns: [surveys.organisationId, surveys.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'survey_responses_version_same_org_fk',
      columns: [t.organisationId, t.versionId],
      foreignColumns: [surveyVersions.organisationId, surveyVersions.id],
    }),
    check('survey_responses_channel_check', sql`channel IN ('web', 'kiosk', 'import')`),
    check('survey_responses_record_key_check', sql`record_key BETWEEN 0 AND 65535`),
    check(
      'survey_responses_hour_check',
      sql`date_trunc('hour', submitted_hour AT TIME ZONE 'UTC') = submitted_hour AT TIME ZONE 'UTC'`,
    ),
    tenantPolicy('survey_responses_tenant'),
  ],
).enableRLS();

/**
 * One answer: an option key (choice, rating, yes/no; one row per ticked option), a number
 * or a text. The question key and submission hour are copied from the response so that
 * results read by key across versions, and by period, from this table alone.
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    responseId: uuid('response_id').notNull(),
    submittedHour: timestamp('submitted_hour', { withTimezone: true }).notNull(),
    questionKey: text('question_key').notNull(),
    optionKey: text('option_key'),
    numberValue: doublePrecision('number_value'),
    textValue: text('text_value'),
    /** The response's record key, copied so that cell keys are sums over this table alone. */
    recordKey: integer('record_key').notNull(),
  },
  (t) => [
    index('survey_answers_question_idx').on(
      t.organisationId,
      t.surveyId,
      t.questionKey,
      t.optionKey,
    ),
    index('survey_answers_response_idx').on(t.responseId),
    // A period's answers (results, the annual report) without reading every year's.
    index('survey_answers_survey_hour_idx').on(t.organisationId, t.surveyId, t.submittedHour),
    foreignKey({
      name: 'survey_answers_response_same_org_fk',
      columns: [t.organisationId, t.responseId],
      foreignColumns: [surveyResponses.organisationId, surveyResponses.id],
    }).onDelete('cascade'),
    check(
      'survey_answers_value_check',
      sql`num_nonnulls(option_key, number_value, text_value) >= 1`,
    ),
    check('survey_answers_text_length_check', sql`char_length(text_value) <= 500`),
    check('survey_answers_record_key_check', sql`record_key BETWEEN 0 AND 65535`),
    tenantPolicy('survey_answers_tenant'),
  ],
).enableRLS();
