import { defineMessages } from '../define.ts';

/** Indicators: errors, issue codes, names of sources, measures, units and fields (server and web). */
export const indicatorMessages = defineMessages({
  'error.INDICATOR_CODE_TAKEN': {
    en: 'An indicator with the code “{code}” already exists.',
    nl: 'Er bestaat al een indicator met de code “{code}”.',
    fr: 'Un indicateur avec le code « {code} » existe déjà.',
  },
  'error.INDICATOR_IN_USE': {
    en: 'This indicator is used by {count, plural, one {# programme target} other {# programme targets}}; remove those targets first.',
    nl: 'Deze indicator wordt gebruikt door {count, plural, one {# programmadoelstelling} other {# programmadoelstellingen}}; verwijder die eerst.',
    fr: 'Cet indicateur est utilisé par {count, plural, one {# objectif de programme} other {# objectifs de programme}} ; supprimez-les d’abord.',
  },
});
