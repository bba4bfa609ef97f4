import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { textIn, type SurveyDefinition } from '../../../core/surveys/model.ts';
import {
  VISITOR_PROFILE,
  VISITOR_PROFILE_TEMPLATE,
} from '../../../core/surveys/visitor-profile.ts';
import type { Survey, SurveySummary } from '../../../shared/schemas/surveys.ts';

/**
 * The questionnaires answers can be imported into (drafts cannot), and the definition of
 * the chosen one for the format help. `slug` '' is the organisation's visitor profile.
 * Without the list (it failed to load), the visitor profile's definition stands in for
 * it, and any other questionnaire is named by its short name.
 */
export function useSurveyChoice(slug: string) {
  const list = useApiQuery<Page<SurveySummary>>('/api/surveys', { limit: 200 });
  // While the list loads: the visitor profile only; when it cannot load: a short name field.
  const surveys = list.data
    ? list.data.items.filter((s) => s.status !== 'draft')
    : list.error
      ? null
      : [];
  const visitorProfile = surveys?.find((s) => s.template === VISITOR_PROFILE_TEMPLATE);
  const chosen = slug ? surveys?.find((s) => s.slug === slug) : visitorProfile;
  const detail = useApiQuery<Survey>(chosen ? `/api/surveys/${chosen.id}` : null);
  const isVisitorProfile = !slug || chosen?.template === VISITOR_PROFILE_TEMPLATE;
  const definition: SurveyDefinition | null =
    detail.data?.definition ?? (isVisitorProfile ? VISITOR_PROFILE : null);
  return {
    surveys,
    visitorProfileSlug: visitorProfile?.slug ?? '',
    definition,
  };
}

/** The questionnaire field of the upload form: a choice, or a short name to type. */
export function SurveyChoice({
  value,
  onChange,
  surveys,
  visitorProfileSlug,
}: {
  value: string;
  onChange(slug: string): void;
  surveys: SurveySummary[] | null;
  visitorProfileSlug: string;
}) {
  const { t, lang } = useI18n();
  if (!surveys)
    return (
      <TextField
        id="survey-import-slug"
        label={t('surveyImport.slug')}
        hint={t('surveyImport.slugHint')}
        value={value}
        onChange={(text) => onChange(text.trim().toLowerCase())}
        autoComplete="off"
        spellCheck={false}
      />
    );
  const options = surveys
    .filter((s) => s.slug !== visitorProfileSlug)
    .map((s) => ({
      value: s.slug,
      label: t('surveyImport.surveyOption', {
        title: textIn(s.title, lang),
        status: t(`survey.status.${s.status}`),
      }),
    }));
  return (
    <Select
      id="survey-import-survey"
      label={t('surveyImport.survey')}
      hint={t('surveyImport.surveyHint')}
      value={value === visitorProfileSlug ? '' : value}
      onChange={onChange}
      emptyOption={t('surveyImport.visitorProfile')}
      options={options}
    />
  );
}
