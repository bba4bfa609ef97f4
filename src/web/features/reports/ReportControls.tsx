import { useId } from 'react';
import { UI_LANGUAGES, type UiLanguage } from '../../../core/common/languages.ts';
import type { ReportFormat } from '../../../shared/schemas/reports.ts';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { useT, type MessageKey } from '../../lib/i18n.tsx';
import { reportUrl, yearChoices } from './params.ts';

const FORMAT_LABELS: Record<ReportFormat, MessageKey> = {
  pdf: 'reports.download.pdf',
  xlsx: 'reports.download.xlsx',
  json: 'reports.download.json',
  html: 'reports.download.html',
};
/** The order of the download links. */
const DOWNLOADS: readonly ReportFormat[] = ['pdf', 'xlsx', 'json', 'html'];

/**
 * Year and report language (native selects, so keyboard and screen readers need nothing
 * more), the downloads in every format and a Print button. Hidden when printing.
 */
export function ReportControls({
  year,
  lang,
  currentYear,
  onYear,
  onLang,
}: {
  year: number;
  lang: UiLanguage;
  currentYear: number;
  onYear(year: number): void;
  onLang(lang: UiLanguage): void;
}) {
  const t = useT();
  const id = useId();
  return (
    <section className="card report-controls no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('reports.controls.title')}
      </h2>
      <div className="report-controls__fields">
        <Select
          id={`${id}-year`}
          label={t('reports.controls.year')}
          value={String(year)}
          options={yearChoices(currentYear, year).map((y) => ({
            value: String(y),
            label: String(y),
          }))}
          onChange={(value) => onYear(Number(value))}
        />
        <Select
          id={`${id}-lang`}
          label={t('reports.controls.language')}
          hint={t('reports.controls.language.hint')}
          value={lang}
          options={UI_LANGUAGES.map((code) => ({
            value: code,
            label: t(`language.${code}`),
            lang: code,
          }))}
          onChange={(value) => onLang(value as UiLanguage)}
        />
      </div>
      <div className="report-controls__actions">
        <div role="group" aria-labelledby={`${id}-download`} className="report-downloads">
          <span id={`${id}-download`} className="report-downloads__title">
            {t('reports.download.title')}
          </span>
          {DOWNLOADS.map((format) => (
            <a
              key={format}
              className="report-downloads__link"
              href={reportUrl(year, lang, format)}
              download
              aria-label={t('reports.download.link', { year, format: t(FORMAT_LABELS[format]) })}
            >
              {t(FORMAT_LABELS[format])}
            </a>
          ))}
        </div>
        <Button onClick={() => window.print()}>{t('reports.controls.print')}</Button>
      </div>
    </section>
  );
}
