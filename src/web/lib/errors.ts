import { isApiError } from './api.ts';
import type { I18n } from './i18n.tsx';

/** The translated, user-facing sentence for any failure (an ApiError code or something unexpected). */
export function describeError(i18n: Pick<I18n, 't' | 'tDynamic'>, error: unknown): string {
  if (!isApiError(error)) return i18n.t('app.error.unexpected');
  if (error.code === 'NETWORK') return i18n.t('app.error.network');
  return i18n.tDynamic(`error.${error.code}`, error.params, i18n.t('app.error.unexpected'));
}
