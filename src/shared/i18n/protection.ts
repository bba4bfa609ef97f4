import type { UiLanguage } from '../../core/common/languages.ts';
import type { Protection } from '../../core/disclosure/protect.ts';
import { translate } from './translate.ts';

/**
 * The sentences that say how a view's figures are protected (decision 0008): the method, and
 * why the whole view is withheld when it is. One text for pages, exports and reports.
 */
export function protectionTexts(lang: UiLanguage, protection: Protection): string[] {
  const params = { threshold: protection.threshold, deviation: protection.maxDeviation };
  const texts = [
    translate(
      lang,
      protection.method === 'exact' ? 'disclosure.exact' : 'disclosure.perturbed',
      params,
    ),
  ];
  if (protection.withheld)
    texts.push(translate(lang, `disclosure.withheld.${protection.withheld}`, params));
  return texts;
}
