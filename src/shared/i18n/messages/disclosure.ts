import { defineMessages } from '../define.ts';

/**
 * How published figures are protected (decision 0008): one note for the results page, the
 * indicators, programme progress, the annual report and the exports.
 */
export const disclosureMessages = defineMessages({
  'disclosure.perturbed': {
    en: 'Protected figures: counts below {threshold} are hidden (“< {threshold}”), and every count shown may differ from the true one by up to {deviation}, so parts may not add up exactly. A month is counted once it is over.',
    nl: 'Beschermde cijfers: aantallen onder {threshold} zijn verborgen (“< {threshold}”) en elk getoond aantal kan tot {deviation} afwijken van het echte, dus delen tellen niet altijd precies op. Een maand telt mee zodra ze voorbij is.',
    fr: 'Chiffres protégés : les effectifs inférieurs à {threshold} sont masqués (« < {threshold} ») et chaque effectif affiché peut s’écarter du vrai de {deviation} au plus ; les parties peuvent donc ne pas s’additionner exactement. Un mois est compté une fois terminé.',
  },
  'disclosure.exact': {
    en: 'Exact figures of a year that is over: counts below {threshold} are hidden (“< {threshold}”), with a second count where it could be worked out from the totals.',
    nl: 'Exacte cijfers van een afgelopen jaar: aantallen onder {threshold} zijn verborgen (“< {threshold}”), met een tweede aantal waar het uit de totalen af te leiden zou zijn.',
    fr: 'Chiffres exacts d’une année terminée : les effectifs inférieurs à {threshold} sont masqués (« < {threshold} »), ainsi qu’un second effectif là où il pourrait être déduit des totaux.',
  },
  'disclosure.withheld.period_edge': {
    en: 'Nothing is shown: a month of this period has fewer than {threshold} answers (in all, or for this selection). Choose a period without that month.',
    nl: 'Niets getoond: een maand van deze periode heeft minder dan {threshold} antwoorden (in totaal of voor deze selectie). Kies een periode zonder die maand.',
    fr: 'Rien n’est affiché : un mois de cette période compte moins de {threshold} réponses (au total ou pour cette sélection). Choisissez une période sans ce mois.',
  },
  'disclosure.withheld.subgroup_rest': {
    en: 'Nothing is shown: fewer than {threshold} people are left out by this selection, so it would single them out.',
    nl: 'Niets getoond: deze selectie laat minder dan {threshold} mensen weg en zou hen zo herkenbaar maken.',
    fr: 'Rien n’est affiché : cette sélection écarte moins de {threshold} personnes et permettrait de les identifier.',
  },
  'disclosure.withheld.filter_value': {
    en: 'Nothing is shown: one of the chosen answers concerns fewer than {threshold} people.',
    nl: 'Niets getoond: een van de gekozen antwoorden betreft minder dan {threshold} mensen.',
    fr: 'Rien n’est affiché : l’une des réponses choisies concerne moins de {threshold} personnes.',
  },
  'disclosure.withheld.published_year': {
    en: 'Nothing is shown: the rest of a published year outside this period holds fewer than {threshold} answers. Choose the whole year or a wider period.',
    nl: 'Niets getoond: de rest van een gepubliceerd jaar buiten deze periode heeft minder dan {threshold} antwoorden. Kies het hele jaar of een ruimere periode.',
    fr: 'Rien n’est affiché : le reste d’une année publiée hors de cette période compte moins de {threshold} réponses. Choisissez l’année entière ou une période plus large.',
  },
  'disclosure.row.protection': {
    en: 'Protection',
    nl: 'Bescherming',
    fr: 'Protection des chiffres',
  },
});
