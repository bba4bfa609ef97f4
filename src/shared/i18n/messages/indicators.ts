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
  'issue.invalid_indicator_code': {
    en: 'Use 2 to 60 lower-case letters, digits or underscores, starting with a letter.',
    nl: 'Gebruik 2 tot 60 kleine letters, cijfers of underscores, te beginnen met een letter.',
    fr: 'Utilisez de 2 à 60 lettres minuscules, chiffres ou tirets bas, en commençant par une lettre.',
  },
  'issue.measure_not_allowed': {
    en: 'This measure cannot be used with this source.',
    nl: 'Deze meting kan niet met deze bron.',
    fr: 'Cette mesure n’est pas possible avec cette source.',
  },
  'issue.not_allowed': {
    en: 'Not allowed here.',
    nl: 'Hier niet toegelaten.',
    fr: 'Non autorisé ici.',
  },
  'issue.duplicate': {
    en: '“{field}” is already used above.',
    nl: '“{field}” staat hierboven al.',
    fr: '« {field} » figure déjà plus haut.',
  },
  'issue.unknown_value': {
    en: 'Unknown value “{value}”.',
    nl: 'Onbekende waarde “{value}”.',
    fr: 'Valeur inconnue « {value} ».',
  },

  'audit.action.indicator.created': {
    en: 'Indicator created',
    nl: 'Indicator aangemaakt',
    fr: 'Indicateur créé',
  },
  'audit.action.indicator.updated': {
    en: 'Indicator changed',
    nl: 'Indicator gewijzigd',
    fr: 'Indicateur modifié',
  },
  'audit.action.indicator.deleted': {
    en: 'Indicator deleted',
    nl: 'Indicator verwijderd',
    fr: 'Indicateur supprimé',
  },
});
