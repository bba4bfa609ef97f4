import { addDays, todayIn } from '../../core/contacts/dates.ts';
import { checkAnswers } from '../../core/surveys/answers.ts';
import type { FormLanguage, ResponseChannel } from '../../core/surveys/model.ts';
import type { Executor } from '../../db/client.ts';
import {
  ensureVisitorProfile,
  insertResponses,
  latestVersion,
  type NewResponse,
} from '../surveys/store.ts';
import { createRandom, distribute, type Random } from './random.ts';
import { MONTH_WEIGHTS, WEEKDAY_WEIGHTS } from './walk-in-data.ts';
import { calendar } from './walk-in-lines.ts';
import { walkInYears, zonedInstant } from './walk-in-load.ts';
import * as mix from './walk-in-survey-mix.ts';

/**
 * The walk-in centre's exit questionnaire (the built-in visitor profile). 2023 holds the
 * annual report's figures exactly: 3,133 answers, 1,651 women (52.7%), 1,065 with upper
 * secondary as highest diploma (34.0%) and 1,175 without a secondary diploma (37.5%);
 * every 2023 answer gives gender and diploma. Other years are drawn from the same mixes.
 */
export const SURVEY_2023 = {
  responses: 3_133,
  gender: { female: 1_651, male: 1_373, other: 31, no_answer: 78 },
  highest_diploma: {
    none_or_primary: 547,
    lower_secondary: 628,
    upper_secondary: 1_065,
    higher: 893,
  },
};

/** Answers a year: 2,760 in 2022, the report's 3,133 in 2023, then a few percent more. */
export function walkInSurveyTotal(year: number): number {
  if (year <= 2022) return 2_760;
  return Math.min(3_480, Math.round(SURVEY_2023.responses * 1.03 ** (year - 2023)));
}

export interface PlannedResponse {
  date: string;
  /** Local hour of the submission, within opening hours. */
  hour: number;
  language: FormLanguage;
  channel: ResponseChannel;
  answers: Record<string, string | string[]>;
}

/** `counts` as a list of keys in random order (exact counts, random people). */
function shuffled(rng: Random, counts: Readonly<Record<string, number>>): string[] {
  const keys = Object.entries(counts).flatMap(([key, n]) => Array<string>(n).fill(key));
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  return keys;
}

/**
 * A year of answers, the same on every machine: spread over the weekdays the centre is
 * open (by the contacts' month and weekday weights) and over its opening hours.
 */
export function planWalkInSurveyYear(year: number): PlannedResponse[] {
  const rng = createRandom(year * 104_729 + 33);
  const total = walkInSurveyTotal(year);
  const days = calendar(year).filter((d) => !d.holiday && WEEKDAY_WEIGHTS[d.weekday]! > 0);
  const perDay = distribute(
    total,
    days.map((d) => MONTH_WEIGHTS[d.month]! * WEEKDAY_WEIGHTS[d.weekday]! * rng.jitter(0.3)),
  );
  const exact = year === 2023;
  const genders = exact ? shuffled(rng, SURVEY_2023.gender) : [];
  const diplomas = exact ? shuffled(rng, SURVEY_2023.highest_diploma) : [];
  const hour = rng.sampler(mix.HOUR_WEIGHTS);
  const plan: PlannedResponse[] = [];
  days.forEach((day, d) => {
    for (let k = 0; k < perDay[d]!; k++) {
      const i = plan.length;
      const gender = exact ? genders[i]! : mix.maybe(rng, 0.96, mix.GENDER);
      const diploma = exact ? diplomas[i]! : mix.maybe(rng, 0.95, mix.DIPLOMA);
      plan.push({
        date: day.date,
        hour: mix.FIRST_HOUR + hour(),
        language: rng.pick(year === 2022 ? mix.LANGUAGES_2022 : mix.LANGUAGES),
        channel: year === 2022 ? 'import' : rng.pick(mix.CHANNELS),
        answers: mix.answers(rng, gender, diploma),
      });
    }
  });
  return plan;
}

const CHUNK = 1000;

/**
 * Loads the walk-in centre's questionnaire answers in the caller's transaction: whole
 * years up to yesterday in the organisation's zone (the years of its contacts). Paper
 * forms of 2022 were keyed in (channel import, with their form number as external id).
 */
export async function loadWalkInSurvey(
  tx: Executor,
  target: { organisationId: string; timeZone: string },
  at: Date,
): Promise<number> {
  const yesterday = addDays(todayIn(target.timeZone, at), -1);
  const surveyId = await ensureVisitorProfile(tx, target.organisationId, at);
  const version = await latestVersion(tx, surveyId);
  let loaded = 0;
  for (const year of walkInYears(yesterday)) {
    const responses: NewResponse[] = planWalkInSurveyYear(year)
      .filter((r) => r.date <= yesterday)
      .map((r, i) => {
        const checked = checkAnswers(version.definition, r.answers, { hidden: 'refuse' });
        if (checked.issues.length)
          throw new Error(`demo answer: ${JSON.stringify(checked.issues)}`);
        return {
          surveyId,
          versionId: version.id,
          submittedAt: zonedInstant(
            r.date,
            `${String(r.hour).padStart(2, '0')}:00`,
            target.timeZone,
          ),
          channel: r.channel,
          language: r.language,
          externalId:
            r.channel === 'import' ? `PAPIER-${year}-${String(i + 1).padStart(4, '0')}` : null,
          answers: checked.answers,
        };
      });
    for (let i = 0; i < responses.length; i += CHUNK)
      loaded += (await insertResponses(tx, target.organisationId, responses.slice(i, i + CHUNK)))
        .length;
  }
  return loaded;
}
