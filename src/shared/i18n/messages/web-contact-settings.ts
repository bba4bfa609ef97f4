import { defineMessages } from '../define.ts';

/** The contact settings page: target-group tags and activity kinds. */
export const webContactSettingsMessages = defineMessages({
  'contactSettings.title': {
    en: 'Target groups and activity kinds',
    nl: 'Doelgroepen en soorten activiteiten',
    fr: 'Publics cibles et types d’activités',
  },
  'contactSettings.intro': {
    en: 'The target groups you count with anonymous contacts, and the kinds of activity your organisation runs.',
    nl: 'De doelgroepen die u bij anonieme contacten telt, en de soorten activiteiten die uw organisatie organiseert.',
    fr: 'Les publics cibles que vous comptez avec les contacts anonymes, et les types d’activités que votre organisation propose.',
  },
  'contactSettings.label.nl': {
    en: 'Dutch label',
    nl: 'Nederlandse naam',
    fr: 'Libellé néerlandais',
  },
  'contactSettings.label.fr': { en: 'French label', nl: 'Franse naam', fr: 'Libellé français' },
  'contactSettings.label.en': { en: 'English label', nl: 'Engelse naam', fr: 'Libellé anglais' },
  'contactSettings.label.fallback': {
    en: 'Empty: “{label}”.',
    nl: 'Leeg: “{label}”.',
    fr: 'Vide : « {label} ».',
  },
  'contactSettings.slug.hint': {
    en: 'Lower-case letters and digits, with “_” or “-” between words, e.g. “{example}”. Cannot be changed later.',
    nl: 'Kleine letters en cijfers, met “_” of “-” tussen woorden, bv. “{example}”. Kan later niet meer veranderen.',
    fr: 'Minuscules et chiffres, avec « _ » ou « - » entre les mots, p. ex. « {example} ». Ne peut plus changer ensuite.',
  },
  'contactSettings.relabel': {
    en: 'Edit labels',
    nl: 'Namen wijzigen',
    fr: 'Modifier les libellés',
  },

  'contactSettings.tags.title': { en: 'Target groups', nl: 'Doelgroepen', fr: 'Publics cibles' },
  'contactSettings.tags.intro': {
    en: 'Tags such as “ukrainian” or “neet_referral” that a contact or an attendance line can carry. Labels appear in each language.',
    nl: 'Labels zoals “ukrainian” of “neet_referral” die een contact of een aanwezigheidsregel kan dragen. De namen verschijnen in elke taal.',
    fr: 'Étiquettes comme « ukrainian » ou « neet_referral » qu’un contact ou une ligne de présence peut porter. Les libellés s’affichent dans chaque langue.',
  },
  'contactSettings.tags.caption': {
    en: '{total, plural, one {# target group} other {# target groups}}',
    nl: '{total, plural, one {# doelgroep} other {# doelgroepen}}',
    fr: '{total, plural, one {# public cible} other {# publics cibles}}',
  },
  'contactSettings.tags.empty': {
    en: 'No target groups yet.',
    nl: 'Nog geen doelgroepen.',
    fr: 'Pas encore de public cible.',
  },
  'contactSettings.tags.slug': { en: 'Tag', nl: 'Label', fr: 'Étiquette' },
  'contactSettings.tags.add': {
    en: 'Add a target group',
    nl: 'Doelgroep toevoegen',
    fr: 'Ajouter un public cible',
  },
  'contactSettings.tags.edit': {
    en: 'Labels of “{slug}”',
    nl: 'Namen van “{slug}”',
    fr: 'Libellés de « {slug} »',
  },
  'contactSettings.tags.created': {
    en: 'Target group “{slug}” added.',
    nl: 'Doelgroep “{slug}” toegevoegd.',
    fr: 'Public cible « {slug} » ajouté.',
  },
  'contactSettings.tags.updated': {
    en: 'Labels of “{slug}” saved.',
    nl: 'Namen van “{slug}” opgeslagen.',
    fr: 'Libellés de « {slug} » enregistrés.',
  },

  'contactSettings.kinds.title': {
    en: 'Activity kinds',
    nl: 'Soorten activiteiten',
    fr: 'Types d’activités',
  },
  'contactSettings.kinds.intro': {
    en: 'Kinds offered when planning an activity. Switch off the ones you do not run; past activities keep their kind.',
    nl: 'Soorten die u kunt kiezen bij het plannen van een activiteit. Zet uit wat u niet organiseert; eerdere activiteiten behouden hun soort.',
    fr: 'Types proposés pour planifier une activité. Désactivez ceux que vous ne proposez pas ; les activités passées gardent leur type.',
  },
  'contactSettings.kinds.caption': {
    en: '{total, plural, one {# activity kind} other {# activity kinds}}',
    nl: '{total, plural, one {# soort activiteit} other {# soorten activiteiten}}',
    fr: '{total, plural, one {# type d’activité} other {# types d’activités}}',
  },
  'contactSettings.kinds.empty': {
    en: 'No activity kinds.',
    nl: 'Geen soorten activiteiten.',
    fr: 'Aucun type d’activité.',
  },
  'contactSettings.kinds.label': { en: 'Name', nl: 'Naam', fr: 'Nom' },
  'contactSettings.kinds.slug': { en: 'Code', nl: 'Code', fr: 'Code' },
  'contactSettings.kinds.category': { en: 'Category', nl: 'Categorie', fr: 'Catégorie' },
  'contactSettings.kinds.category.hint': {
    en: 'Decides how its attendance counts: collective activity, fair or event, or outreach.',
    nl: 'Bepaalt hoe de aanwezigen meetellen: collectieve activiteit, beurs of evenement, of mobiele werking.',
    fr: 'Détermine comment ses présences sont comptées : activité collective, salon ou événement, ou action de proximité.',
  },
  'contactSettings.kinds.origin': { en: 'Origin', nl: 'Herkomst', fr: 'Origine' },
  'contactSettings.kinds.builtIn': { en: 'Standard', nl: 'Standaard', fr: 'Prédéfini' },
  'contactSettings.kinds.own': { en: 'Our own', nl: 'Eigen soort', fr: 'Type propre' },
  'contactSettings.kinds.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'contactSettings.kinds.active': { en: 'On', nl: 'Aan', fr: 'Activé' },
  'contactSettings.kinds.inactive': { en: 'Off', nl: 'Uit', fr: 'Désactivé' },
  'contactSettings.kinds.switchOff': { en: 'Switch off', nl: 'Uitzetten', fr: 'Désactiver' },
  'contactSettings.kinds.switchOn': { en: 'Switch on', nl: 'Aanzetten', fr: 'Activer' },
  'contactSettings.kinds.on': {
    en: '“{label}” switched on.',
    nl: '“{label}” staat aan.',
    fr: '« {label} » activé.',
  },
  'contactSettings.kinds.off': {
    en: '“{label}” switched off.',
    nl: '“{label}” staat uit.',
    fr: '« {label} » désactivé.',
  },
  'contactSettings.kinds.add': {
    en: 'Add an activity kind',
    nl: 'Soort activiteit toevoegen',
    fr: 'Ajouter un type d’activité',
  },
  'contactSettings.kinds.edit': {
    en: 'Labels of “{label}”',
    nl: 'Namen van “{label}”',
    fr: 'Libellés de « {label} »',
  },
  'contactSettings.kinds.created': {
    en: 'Activity kind “{label}” added.',
    nl: 'Soort activiteit “{label}” toegevoegd.',
    fr: 'Type d’activité « {label} » ajouté.',
  },
  'contactSettings.kinds.updated': {
    en: 'Labels of “{label}” saved.',
    nl: 'Namen van “{label}” opgeslagen.',
    fr: 'Libellés de « {label} » enregistrés.',
  },
});
