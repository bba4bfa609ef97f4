import { defineMessages } from '../define.ts';

/** Web: programmes: list, form, partners, funders (targets and progress: web-programme-progress.ts). */
export const webProgrammeMessages = defineMessages({
  'programmes.title': { en: 'Programmes', nl: 'Programma’s', fr: 'Programmes' },
  'programmes.intro': {
    en: 'Funded programmes with their partners, funders and targets, and how far each target has come.',
    nl: 'Gesubsidieerde programma’s met hun partners, financiers en doelstellingen, en hoe ver elke doelstelling staat.',
    fr: 'Les programmes financés avec leurs partenaires, leurs financeurs et leurs objectifs, et l’avancement de chaque objectif.',
  },
  'programmes.new': { en: 'New programme', nl: 'Nieuw programma', fr: 'Nouveau programme' },
  'programmes.new.intro': {
    en: 'Partners are invited: once a partner accepts, its figures count towards the targets and it sees the programme and its progress; only your organisation can change it.',
    nl: 'Partners worden uitgenodigd: zodra een partner aanvaardt, tellen zijn cijfers mee voor de doelstellingen en ziet hij het programma en de voortgang; alleen uw organisatie kan het wijzigen.',
    fr: 'Les partenaires sont invités : dès qu’un partenaire accepte, ses chiffres comptent pour les objectifs et il voit le programme et son avancement ; seule votre organisation peut le modifier.',
  },
  'programmes.create': {
    en: 'Create the programme',
    nl: 'Programma aanmaken',
    fr: 'Créer le programme',
  },
  'programmes.created': {
    en: 'Programme “{name}” created.',
    nl: 'Programma “{name}” aangemaakt.',
    fr: 'Programme « {name} » créé.',
  },
  'programmes.updated': {
    en: 'Programme “{name}” saved.',
    nl: 'Programma “{name}” bewaard.',
    fr: 'Programme « {name} » enregistré.',
  },
  'programmes.deleted': {
    en: 'Programme “{name}” deleted.',
    nl: 'Programma “{name}” verwijderd.',
    fr: 'Programme « {name} » supprimé.',
  },
  'programmes.edit': { en: 'Edit', nl: 'Wijzigen', fr: 'Modifier' },
  'programmes.edit.title': {
    en: 'Edit “{name}”',
    nl: '“{name}” wijzigen',
    fr: 'Modifier « {name} »',
  },
  'programmes.delete': {
    en: 'Delete the programme',
    nl: 'Programma verwijderen',
    fr: 'Supprimer le programme',
  },
  'programmes.confirmDelete.title': {
    en: 'Delete this programme?',
    nl: 'Dit programma verwijderen?',
    fr: 'Supprimer ce programme ?',
  },
  'programmes.confirmDelete.body': {
    en: '“{name}” and its {targets, plural, one {# target} other {# targets}} will be deleted for your organisation and its partners. The figures behind them stay.',
    nl: '“{name}” en {targets, plural, one {de # doelstelling} other {de # doelstellingen}} worden verwijderd, voor uw organisatie en voor de partners. De cijfers zelf blijven.',
    fr: '« {name} » et {targets, plural, one {son objectif} other {ses # objectifs}} seront supprimés pour votre organisation et ses partenaires. Les chiffres eux-mêmes restent.',
  },
  'programmes.confirm.keep': { en: 'Keep it', nl: 'Behouden', fr: 'Conserver' },
  'programmes.detail.loading': {
    en: 'Programme',
    nl: 'Programma',
    fr: 'Programme',
  },
  'programmes.backToList': {
    en: 'All programmes',
    nl: 'Alle programma’s',
    fr: 'Tous les programmes',
  },
  'programmes.backToProgramme': {
    en: 'Back to the programme',
    nl: 'Terug naar het programma',
    fr: 'Retour au programme',
  },
  'programmes.readOnly': {
    en: 'Your organisation is a partner in this programme: you see its targets and progress, and only {owner} can change it.',
    nl: 'Uw organisatie is partner in dit programma: u ziet de doelstellingen en de voortgang, en alleen {owner} kan het wijzigen.',
    fr: 'Votre organisation est partenaire de ce programme : vous voyez ses objectifs et son avancement, et seule {owner} peut le modifier.',
  },
  'programmes.role.partner': { en: 'Partner', nl: 'Partner', fr: 'Partenaire' },
  'programmes.role.partnerReadOnly': {
    en: 'Partner · read only',
    nl: 'Partner · alleen lezen',
    fr: 'Partenaire · lecture seule',
  },
  'programmes.period': {
    en: '{from} – {to}',
    nl: '{from} – {to}',
    fr: 'du {from} au {to}',
  },

  // List
  'programmes.filters': {
    en: 'Find programmes',
    nl: 'Programma’s zoeken',
    fr: 'Rechercher des programmes',
  },
  'programmes.filter.text': { en: 'Name', nl: 'Naam', fr: 'Nom' },
  'programmes.filter.role': {
    en: 'Our organisation’s role',
    nl: 'Rol van onze organisatie',
    fr: 'Rôle de notre organisation',
  },
  'programmes.filter.role.all': {
    en: 'Owner or partner',
    nl: 'Eigenaar of partner',
    fr: 'Propriétaire ou partenaire',
  },
  'programmes.filter.role.owner': {
    en: 'Our own programmes',
    nl: 'Eigen programma’s',
    fr: 'Nos propres programmes',
  },
  'programmes.filter.role.partner': {
    en: 'Programmes we partner in',
    nl: 'Programma’s waarin we partner zijn',
    fr: 'Programmes dont nous sommes partenaires',
  },
  'programmes.filter.apply': {
    en: 'Show programmes',
    nl: 'Programma’s tonen',
    fr: 'Afficher les programmes',
  },
  'programmes.caption': {
    en: '{total, plural, one {# programme} other {# programmes}}',
    nl: '{total, plural, one {# programma} other {# programma’s}}',
    fr: '{total, plural, one {# programme} other {# programmes}}',
  },
  'programmes.empty': {
    en: 'No programmes yet.',
    nl: 'Nog geen programma’s.',
    fr: 'Pas encore de programmes.',
  },

  // Fields
  'programmes.field.name': { en: 'Name', nl: 'Naam', fr: 'Nom' },
  'programmes.field.description': { en: 'Description', nl: 'Beschrijving', fr: 'Description' },
  'programmes.field.owner': { en: 'Owner', nl: 'Eigenaar', fr: 'Propriétaire' },
  'programmes.field.period': { en: 'Period', nl: 'Periode', fr: 'Période' },
  'programmes.field.periodStart': { en: 'Start date', nl: 'Begindatum', fr: 'Date de début' },
  'programmes.field.periodEnd': { en: 'End date', nl: 'Einddatum', fr: 'Date de fin' },
  'programmes.field.budget': {
    en: 'Budget (€)',
    nl: 'Budget (€)',
    fr: 'Budget (€)',
  },
  'programmes.field.budget.hint': {
    en: 'In euros, e.g. 250000 or 1250.50. Leave empty if there is none.',
    nl: 'In euro, bv. 250000 of 1250,50. Leeg laten als er geen is.',
    fr: 'En euros, p. ex. 250000 ou 1250,50. Laissez vide s’il n’y en a pas.',
  },
  'programmes.field.partners': {
    en: 'Partner organisations',
    nl: 'Partnerorganisaties',
    fr: 'Organisations partenaires',
  },
  'programmes.field.targets': { en: 'Targets', nl: 'Doelstellingen', fr: 'Objectifs' },
  'programmes.field.funders': { en: 'Funders', nl: 'Financiers', fr: 'Financeurs' },
  'programmes.budget.none': { en: 'None given', nl: 'Niet opgegeven', fr: 'Non précisé' },

  // Partners
  'programmes.partners.hint': {
    en: 'They see the programme, its targets and its progress (figures only), without changing them.',
    nl: 'Zij zien het programma, de doelstellingen en de voortgang (enkel cijfers), zonder ze te wijzigen.',
    fr: 'Elles voient le programme, ses objectifs et son avancement (chiffres uniquement), sans les modifier.',
  },
  'programmes.partners.search': {
    en: 'Find an organisation',
    nl: 'Organisatie zoeken',
    fr: 'Chercher une organisation',
  },
  'programmes.partners.chosen': {
    en: '{count, plural, =0 {No partner chosen.} one {# partner chosen.} other {# partners chosen.}}',
    nl: '{count, plural, =0 {Geen partner gekozen.} one {# partner gekozen.} other {# partners gekozen.}}',
    fr: '{count, plural, =0 {Aucun partenaire choisi.} one {# partenaire choisi.} other {# partenaires choisis.}}',
  },
  'programmes.partners.noMatch': {
    en: 'No organisation matches.',
    nl: 'Geen organisatie gevonden.',
    fr: 'Aucune organisation ne correspond.',
  },
  'programmes.partners.none': {
    en: 'There are no other organisations to choose from.',
    nl: 'Er zijn geen andere organisaties om te kiezen.',
    fr: 'Il n’y a pas d’autre organisation à choisir.',
  },
  'programmes.partners.noneChosen': { en: 'None', nl: 'Geen', fr: 'Aucune' },

  // Funders
  'programmes.funders.hint': {
    en: 'Who pays for the programme, e.g. ESF+ co-financing, with the amount per year.',
    nl: 'Wie het programma betaalt, bv. ESF+-cofinanciering, met het bedrag per jaar.',
    fr: 'Qui finance le programme, p. ex. un cofinancement FSE+, avec le montant par année.',
  },
  'programmes.funders.funder': {
    en: 'Funder {number}',
    nl: 'Financier {number}',
    fr: 'Financeur {number}',
  },
  'programmes.funders.name': { en: 'Funder', nl: 'Financier', fr: 'Financeur' },
  'programmes.funders.amounts': {
    en: 'Amounts per year',
    nl: 'Bedragen per jaar',
    fr: 'Montants par année',
  },
  'programmes.funders.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'programmes.funders.amount': { en: 'Amount (€)', nl: 'Bedrag (€)', fr: 'Montant (€)' },
  'programmes.funders.addYear': { en: 'Add a year', nl: 'Jaar toevoegen', fr: 'Ajouter une année' },
  'programmes.funders.removeYear': { en: 'Remove', nl: 'Verwijderen', fr: 'Retirer' },
  'programmes.funders.yearRow': {
    en: 'year row {row} of funder {number}',
    nl: 'jaarrij {row} van financier {number}',
    fr: 'ligne d’année {row} du financeur {number}',
  },
  'programmes.funders.add': {
    en: 'Add a funder',
    nl: 'Financier toevoegen',
    fr: 'Ajouter un financeur',
  },
  'programmes.funders.remove': {
    en: 'Remove funder {number}',
    nl: 'Financier {number} verwijderen',
    fr: 'Retirer le financeur {number}',
  },
  'issue.invalid_amount': {
    en: 'Enter an amount in euros, with at most two decimals.',
    nl: 'Vul een bedrag in euro in, met ten hoogste twee decimalen.',
    fr: 'Saisissez un montant en euros, avec au plus deux décimales.',
  },

  // Funding on the detail page
  'programmes.funding.title': { en: 'Funding', nl: 'Financiering', fr: 'Financement' },
  'programmes.funding.none': {
    en: 'No funders recorded.',
    nl: 'Geen financiers ingevuld.',
    fr: 'Aucun financeur indiqué.',
  },
  'programmes.funding.total': {
    en: 'Funding in all: {total}.',
    nl: 'Financiering in totaal: {total}.',
    fr: 'Financement total : {total}.',
  },
  'programmes.funding.totalOfBudget': {
    en: 'Funding in all: {total}, for a budget of {budget}.',
    nl: 'Financiering in totaal: {total}, voor een budget van {budget}.',
    fr: 'Financement total : {total}, pour un budget de {budget}.',
  },
  'programmes.funding.caption': {
    en: 'Amounts per funder and per year',
    nl: 'Bedragen per financier en per jaar',
    fr: 'Montants par financeur et par année',
  },
  'programmes.funding.totalColumn': { en: 'Total', nl: 'Totaal', fr: 'Total' },
  'programmes.funding.perYear': {
    en: 'All funders',
    nl: 'Alle financiers',
    fr: 'Tous les financeurs',
  },
});
