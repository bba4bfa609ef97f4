import { useId } from 'react';
import { RESPONSE_CHANNELS } from '../../../core/surveys/model.ts';
import type { QuestionResult } from '../../../shared/schemas/surveys.ts';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { useT } from '../../lib/i18n.tsx';
import { AnswerFilters } from './AnswerFilters.tsx';
import { useResultsFormat } from './numbers.ts';
import type { ResultsParams } from './params.ts';
import { PeriodFilter } from './PeriodFilter.tsx';

/** The filters in one line of text (printed above the figures instead of the controls). */
function FilterLine({
  params,
  questions,
}: {
  params: ResultsParams;
  questions: readonly QuestionResult[];
}) {
  const t = useT();
  const format = useResultsFormat();
  const parts = [
    `${t('surveyResults.period')}: ${format.period(params.period.from, params.period.to)}`,
  ];
  if (params.channel)
    parts.push(`${t('surveyResults.channel')}: ${t(`survey.channel.${params.channel}`)}`);
  for (const filter of params.filters) {
    const question = questions.find((q) => q.key === filter.question);
    const label = (key: string) => {
      const option = question?.options.find((o) => o.key === key);
      return option ? format.text(option.labels) : key;
    };
    parts.push(
      `${question ? format.text(question.labels) : filter.question}: ${filter.anyOf.map(label).join(', ')}`,
    );
  }
  return <p className="print-only">{parts.join(' · ')}</p>;
}

/**
 * Period, channel and answers to other questions; each change applies at once and is
 * kept in the URL. Only choice questions can filter.
 */
export function ResultsFilters({
  params,
  questions,
  today,
}: {
  params: ResultsParams;
  /** The questionnaire's choice questions. */
  questions: readonly QuestionResult[];
  today: string;
}) {
  const t = useT();
  const id = useId();
  const active =
    (params.period.from || params.period.to ? 1 : 0) +
    (params.channel ? 1 : 0) +
    params.filters.length;

  return (
    <>
      <FilterLine params={params} questions={questions} />
      <section role="search" aria-labelledby={`${id}-h`} className="card results-filters no-print">
        <h2 id={`${id}-h`}>{t('surveyResults.filters')}</h2>
        <PeriodFilter period={params.period} today={today} onChange={params.setPeriod} />
        <div className="results-filters__channel">
          <Select
            id={`${id}-channel`}
            label={t('surveyResults.channel')}
            value={params.channel}
            emptyOption={t('surveyResults.channel.all')}
            options={RESPONSE_CHANNELS.map((value) => ({
              value,
              label: t(`survey.channel.${value}`),
            }))}
            onChange={params.setChannel}
          />
        </div>
        <AnswerFilters
          filters={params.filters}
          questions={questions}
          onChange={params.setFilters}
        />
        <div className="filters__footer">
          <p className="field__hint" aria-live="polite">
            {t('surveyResults.filter.active', { count: active })}
          </p>
          {/* aria-disabled keeps the focus on the button once everything is reset. */}
          <Button
            variant="ghost"
            onClick={() => active > 0 && params.reset()}
            aria-disabled={active === 0 || undefined}
          >
            {t('surveyResults.filter.reset')}
          </Button>
        </div>
      </section>
    </>
  );
}
