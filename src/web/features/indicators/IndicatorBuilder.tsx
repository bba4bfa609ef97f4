import { SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { UI_LANGUAGES } from '../../../core/common/languages.ts';
import { INDICATOR_UNITS, type IndicatorUnit } from '../../../core/indicators/model.ts';
import { useT } from '../../lib/i18n.tsx';
import type { IndicatorCatalog } from '../../../shared/schemas/indicators.ts';
import { domId } from './builder-issues.ts';
import type { Draft } from './builder-model.ts';
import { BuilderSummary } from './BuilderSummary.tsx';
import { DefinitionFields } from './DefinitionFields.tsx';
import { useIndicatorText } from './describe.ts';
import { useIssueText } from './issue-text.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { useIndicatorBuilder } from './use-indicator-builder.ts';

interface IndicatorBuilderProps {
  initial: Draft;
  catalog: IndicatorCatalog;
  isNew: boolean;
  today: string;
  submitLabel: string;
  onSave(draft: Draft, hasList: (field: string) => boolean): Promise<void>;
  onCancel(): void;
}

/**
 * The indicator builder: code (new only), names and descriptions in nl/fr/en, unit, then
 * what it counts (DefinitionFields), a preview and save. The page checks what it can; the
 * server's issues land on their fields, and the first invalid field takes the focus.
 */
export function IndicatorBuilder(props: IndicatorBuilderProps) {
  const { initial, catalog, isNew, today, submitLabel, onSave, onCancel } = props;
  const t = useT();
  const text = useIndicatorText();
  const issueText = useIssueText();
  const builder = useIndicatorBuilder(initial, catalog, isNew);
  const { draft } = builder;
  const error = (ref: string) => issueText(builder.issueOf(ref));

  return (
    <form
      noValidate
      className="form indicator-builder"
      onSubmit={(event) => {
        event.preventDefault();
        void builder.save((sent) => onSave(sent, builder.hasList));
      }}
    >
      <BuilderSummary builder={builder} />
      <p className="visually-hidden" role="status">
        {builder.announcement ? t(builder.announcement.key, { n: builder.announcement.n }) : ''}
      </p>
      <section className="card" aria-labelledby="ib-general">
        <h2 id="ib-general">{t('indicators.builder.general')}</h2>
        {isNew ? (
          <TextField
            id={domId('code')}
            label={t('indicators.field.code')}
            hint={t('indicators.builder.code.hint')}
            className="indicator-narrow"
            value={draft.code}
            onChange={(value) => builder.set('code', value)}
            error={error('code')}
            required
            autoComplete="off"
            spellCheck={false}
          />
        ) : null}
        {(['labels', 'description'] as const).map((group) => (
          <fieldset key={group} className="fieldset" aria-describedby={`ib-${group}-hint`}>
            <legend className="field__label">
              {t(`indicators.builder.${group}`)}
              {group === 'labels' ? (
                <span className="field__required" aria-hidden="true">
                  {' '}
                  *
                </span>
              ) : null}
            </legend>
            <p className="field__hint" id={`ib-${group}-hint`}>
              {t(`indicators.builder.${group}.hint`)}
            </p>
            <div className="form-grid indicator-texts">
              {UI_LANGUAGES.map((lang) => {
                const field = {
                  id: domId(`${group}.${lang}`),
                  label: t(`indicators.lang.${lang}`),
                  value: draft[group][lang],
                  onChange: (value: string) => builder.setText(group, lang, value),
                  error: error(`${group}.${lang}`),
                  lang,
                };
                return group === 'labels' ? (
                  <TextField key={lang} {...field} required autoComplete="off" />
                ) : (
                  <TextArea key={lang} {...field} rows={2} />
                );
              })}
            </div>
          </fieldset>
        ))}
        <Select
          id={domId('unit')}
          label={t('indicators.col.unit')}
          className="indicator-narrow"
          value={draft.unit}
          emptyOption={t('indicators.builder.unit.choose')}
          options={INDICATOR_UNITS.map((unit) => ({ value: unit, label: text.unit(unit) }))}
          onChange={(value) => builder.set('unit', value as IndicatorUnit)}
          error={error('unit')}
          required
        />
      </section>
      <DefinitionFields builder={builder} catalog={catalog} />
      <PreviewPanel builder={builder} today={today} />
      <SubmitCancel label={submitLabel} pending={builder.saving} onCancel={onCancel} />
    </form>
  );
}
