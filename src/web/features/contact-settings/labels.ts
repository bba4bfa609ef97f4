import type { UiLanguage } from '../../lib/i18n.tsx';
import { LANGUAGES } from '../../lib/i18n.tsx';

type Labels = Partial<Record<UiLanguage, string>>;

/** Form values of the nl/fr/en label fields, keyed by their path in the API body. */
export type LabelValues = { 'labels.nl': string; 'labels.fr': string; 'labels.en': string };

export const labelValues = (labels: Labels = {}): LabelValues => ({
  'labels.nl': labels.nl ?? '',
  'labels.fr': labels.fr ?? '',
  'labels.en': labels.en ?? '',
});

/** The labels to send: the filled-in languages only (an empty one falls back to the default). */
export function labelsBody(values: LabelValues): Labels {
  const labels: Labels = {};
  for (const lang of LANGUAGES) {
    const text = values[`labels.${lang}`].trim();
    if (text) labels[lang] = text;
  }
  return labels;
}

/** A key as the API accepts it: lower-case letters and digits, single `_` or `-` between. */
export const KEY_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;
