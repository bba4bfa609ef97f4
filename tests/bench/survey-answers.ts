/**
 * The visitor-profile questionnaire's answers for the annual-report bench: ten years of
 * responses at `scale` times the walk-in centre's ~3,000 a year (scale 10 = 300,000
 * responses, each with its answer rows), generated in SQL into the organisation's built-in
 * visitor profile. Response i is submitted on day (i - 1) × DAYS / n at a whole hour between
 * 8:00 and 15:00 UTC (the centre's opening hours); a hash of i picks every answer, so the
 * answer rows are generated without reading the responses back.
 */
import { optionKeysOf } from '../../src/core/surveys/model.ts';
import { VISITOR_PROFILE } from '../../src/core/surveys/visitor-profile.ts';
import { DAYS, FIRST_DAY } from './contacts-stats.ts';
import type { BenchDatabase } from './engine.ts';
import { fmt } from './measure.ts';

/** Questionnaire responses a year at scale 1 (the centre had 3,133 in 2023). */
export const YEAR_RESPONSES = 3_000;
const BATCH = 100_000;

/** Option keys with integer weights; `answered` is the share (in %) who answer at all. */
interface Mix {
  key: string;
  answered: number;
  weights: Record<string, number>;
  /** Multiple choice: a second, different option for this share (in %) of those answering. */
  second?: number;
}

const DIPLOMA: Mix = {
  key: 'highest_diploma',
  answered: 95,
  weights: { none_or_primary: 17, lower_secondary: 20, upper_secondary: 34, higher: 29 },
};
const MIXES: Mix[] = [
  { key: 'gender', answered: 96, weights: { female: 52, male: 44, other: 1, no_answer: 3 } },
  {
    key: 'age_band',
    answered: 97,
    weights: { under_18: 2, '18_24': 27, '25_29': 19, '30_44': 33, '45_54': 14, '55_plus': 5 },
  },
  { key: 'status', answered: 95, weights: { job_seeker: 63, employed: 14, student: 15, other: 8 } },
  {
    key: 'municipality',
    answered: 93,
    weights: { '21004': 20, '21015': 14, '21001': 12, '21012': 11, '21013': 5, '21009': 5 },
  },
  { key: 'satisfaction', answered: 90, weights: { '5': 56, '4': 31, '3': 9, '2': 3, '1': 1 } },
  {
    key: 'how_heard',
    answered: 84,
    second: 30,
    weights: { friends_family: 30, employment_service: 26, internet: 14, partner: 12, event: 5 },
  },
  {
    key: 'themes',
    answered: 92,
    second: 30,
    weights: { work: 40, learn: 30, choose: 18, move: 6, start_business: 6 },
  },
];
const RECOGNISED: Mix = {
  key: 'diploma_recognised',
  answered: 86,
  weights: { yes: 18, no: 22, in_progress: 12, not_applicable: 48 },
};

/** Throws unless every generated question and option exists in the visitor profile. */
function checkKeys() {
  for (const mix of [DIPLOMA, RECOGNISED, ...MIXES]) {
    const question = VISITOR_PROFILE.questions.find((q) => q.key === mix.key);
    const known = new Set(question ? optionKeysOf(question) : []);
    for (const option of Object.keys(mix.weights))
      if (!known.has(option)) throw new Error(`visitor profile has no ${mix.key}=${option}`);
  }
}

const literal = (keys: string[]) => `ARRAY[${keys.map((k) => `'${k}'`).join(',')}]::text[]`;
const weighted = (mix: Mix) =>
  literal(Object.entries(mix.weights).flatMap(([key, n]) => Array<string>(n).fill(key)));
const hash = (seed: number) => `abs(hashint8extended(i, ${seed}))`;

/** `CASE` picking an option of `mix` (or NULL when not answered) from hashes `seed`, `seed + 1`. */
function pick(mix: Mix, seed: number): string {
  const keys = weighted(mix);
  return `CASE WHEN ${hash(seed)} % 100 < ${mix.answered}
    THEN (${keys})[1 + ${hash(seed + 1)} % cardinality(${keys})] END`;
}

/** The day and whole hour (UTC) of response i out of $n. */
const SUBMITTED = (n: string) => `timestamptz '${FIRST_DAY} 00:00Z'
  + ((i - 1) * ${DAYS} / ${n}::bigint) * interval '1 day' + (8 + ${hash(10)} % 8) * interval '1 hour'`;

/** Response i's record key (decision 0008), the same in both tables. */
const RECORD_KEY = `${hash(13)} % 65536`;

const RESPONSES_SQL = `
  INSERT INTO survey_responses (id, organisation_id, survey_id, version_id, submitted_hour,
    channel, language, record_key)
  SELECT md5('response ' || i)::uuid, $1, $2, $3, ${SUBMITTED('$6')},
    (ARRAY['kiosk','kiosk','kiosk','kiosk','web'])[1 + ${hash(11)} % 5],
    (ARRAY['fr','fr','fr','fr','fr','nl','nl','en','en','uk','ar','es'])[1 + ${hash(12)} % 12],
    ${RECORD_KEY}
  FROM generate_series($4::bigint, $5::bigint) AS i`;

function answersSql(): string {
  const values = MIXES.flatMap((mix, m) => {
    const seed = 30 + 4 * m;
    const first = `('${mix.key}', p${m})`;
    if (!mix.second) return [first];
    const distinct = literal(Object.keys(mix.weights));
    const other = `(${distinct})[1 + ${hash(seed + 3)} % ${Object.keys(mix.weights).length}]`;
    return [
      first,
      `('${mix.key}', CASE WHEN ${hash(seed + 2)} % 100 < ${mix.second} AND ${other} <> p${m}
        THEN ${other} END)`,
    ];
  });
  return `
  INSERT INTO survey_answers (organisation_id, survey_id, response_id, submitted_hour,
    question_key, option_key, record_key)
  SELECT $1, $2, md5('response ' || i)::uuid, h.at, a.question_key, a.option_key, ${RECORD_KEY}
  FROM generate_series($3::bigint, $4::bigint) AS i
  CROSS JOIN LATERAL (SELECT ${SUBMITTED('$5')} AS at, ${pick(DIPLOMA, 20)} AS diploma,
    ${MIXES.map((mix, m) => `${pick(mix, 30 + 4 * m)} AS p${m}`).join(',\n    ')}) AS h
  CROSS JOIN LATERAL (VALUES ('${DIPLOMA.key}', h.diploma),
    -- Asked only after a diploma that can be recognised, as the form shows it.
    ('${RECOGNISED.key}', CASE WHEN h.diploma <> 'none_or_primary' THEN ${pick(RECOGNISED, 22)} END),
    ${values.join(',\n    ')}) AS a(question_key, option_key)
  WHERE a.option_key IS NOT NULL`;
}

/** The organisation's visitor profile (made with the organisation) and its current version. */
export async function visitorProfileOf(bench: BenchDatabase, org: string) {
  const [row] = await bench.owner.query<{ survey: string; version: string }>(
    `SELECT s.id AS survey, v.id AS version FROM surveys s
       JOIN survey_versions v ON v.survey_id = s.id
     WHERE s.organisation_id = $1 AND s.template = 'visitor_profile'
     ORDER BY v.version DESC LIMIT 1`,
    [org],
  );
  if (!row) throw new Error('the organisation has no visitor profile');
  return row;
}

/**
 * Generates `YEAR_RESPONSES × 10 × scale` responses over the ten years and their answers
 * (as the owner; inside `generateContacts`, so without foreign-key triggers where allowed).
 * Returns the number of responses and answer rows.
 */
export async function generateAnswers(
  bench: BenchDatabase,
  org: string,
  scale: number,
): Promise<{ responses: number; answers: number }> {
  checkKeys();
  const { owner } = bench;
  const { survey, version } = await visitorProfileOf(bench, org);
  const responses = Math.round(YEAR_RESPONSES * 10 * scale);
  const sql = answersSql();
  for (let first = 1; first <= responses; first += BATCH) {
    const last = Math.min(responses, first + BATCH - 1);
    await owner.query(RESPONSES_SQL, [org, survey, version, first, last, responses]);
    await owner.query(sql, [org, survey, first, last, responses]);
    if (responses > BATCH) console.log(`    … ${fmt.int(last)} questionnaire responses generated`);
  }
  const [count] = await owner.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM survey_answers WHERE organisation_id = $1',
    [org],
  );
  await owner.query('VACUUM ANALYZE survey_responses');
  await owner.query('VACUUM ANALYZE survey_answers');
  return { responses, answers: count!.n };
}
