import { defineMessages } from '../define.ts';

/** Activities pages and the contact settings (tags, kinds). */
export const webActivityMessages = defineMessages({
  'activities.title': { en: 'Activities', nl: 'Activiteiten', fr: 'Activités' },
  'activities.intro': {
    en: 'Collective sessions, fairs and events, and outreach trips such as the Formtruck. Times are shown in {timeZone}.',
    nl: 'Collectieve sessies, beurzen en evenementen, en mobiele acties zoals de Formtruck. Tijden staan in {timeZone}.',
    fr: 'Séances collectives, salons et événements, et sorties de proximité comme le Formtruck. Les heures sont affichées en {timeZone}.',
  },
  'activities.caption': {
    en: '{total, plural, one {# activity} other {# activities}}',
    nl: '{total, plural, one {# activiteit} other {# activiteiten}}',
    fr: '{total, plural, one {# activité} other {# activités}}',
  },
  'activities.empty': {
    en: 'No activities match these filters.',
    nl: 'Geen activiteiten die aan deze filters voldoen.',
    fr: 'Aucune activité ne correspond à ces filtres.',
  },
  'activities.attendanceOfCapacity': {
    en: '{attendance} / {capacity}',
    nl: '{attendance} / {capacity}',
    fr: '{attendance} / {capacity}',
  },

  'activities.filters': {
    en: 'Filter activities',
    nl: 'Activiteiten filteren',
    fr: 'Filtrer les activités',
  },
  'activities.filter.text': { en: 'Search', nl: 'Zoeken', fr: 'Rechercher' },
  'activities.filter.text.hint': {
    en: 'Title, partner, neighbourhood or external id.',
    nl: 'Titel, partner, wijk of externe id.',
    fr: 'Titre, partenaire, quartier ou identifiant externe.',
  },
  'activities.filter.from': { en: 'From', nl: 'Van', fr: 'Du' },
  'activities.filter.to': { en: 'To', nl: 'Tot en met', fr: 'Au' },
  'activities.filter.kind.all': { en: 'All kinds', nl: 'Alle soorten', fr: 'Tous les types' },
  'activities.filter.category.all': {
    en: 'All categories',
    nl: 'Alle categorieën',
    fr: 'Toutes les catégories',
  },
  'activities.filter.language.all': {
    en: 'All languages',
    nl: 'Alle talen',
    fr: 'Toutes les langues',
  },
  'activities.filter.status.all': { en: 'Any status', nl: 'Elke status', fr: 'Tous les statuts' },
  'activities.filter.sort': { en: 'Order', nl: 'Volgorde', fr: 'Ordre' },
  'activities.filter.sort.desc': {
    en: 'Latest first',
    nl: 'Recentste eerst',
    fr: 'Récentes d’abord',
  },
  'activities.filter.sort.asc': {
    en: 'Earliest first',
    nl: 'Oudste eerst',
    fr: 'Anciennes d’abord',
  },
  'activities.filter.apply': {
    en: 'Show activities',
    nl: 'Activiteiten tonen',
    fr: 'Afficher les activités',
  },
  'activities.filter.reset': {
    en: 'Clear filters',
    nl: 'Filters wissen',
    fr: 'Effacer les filtres',
  },

  'activities.plan': {
    en: 'Plan an activity',
    nl: 'Een activiteit plannen',
    fr: 'Planifier une activité',
  },
  'activities.plan.intro': {
    en: 'A collective session, a fair or event, or an outreach trip. Times are in {timeZone}.',
    nl: 'Een collectieve sessie, een beurs of evenement, of een mobiele actie. Tijden in {timeZone}.',
    fr: 'Une séance collective, un salon ou événement, ou une sortie de proximité. Heures en {timeZone}.',
  },
  'activities.plan.submit': {
    en: 'Plan the activity',
    nl: 'Activiteit plannen',
    fr: 'Planifier l’activité',
  },
  'activities.created': {
    en: 'Activity “{title}” saved.',
    nl: 'Activiteit “{title}” opgeslagen.',
    fr: 'Activité « {title} » enregistrée.',
  },
  'activities.updated': {
    en: 'Changes to “{title}” saved.',
    nl: 'Wijzigingen aan “{title}” opgeslagen.',
    fr: 'Modifications de « {title} » enregistrées.',
  },
  'activities.edit': { en: 'Edit', nl: 'Wijzigen', fr: 'Modifier' },
  'activities.edit.title': {
    en: 'Edit “{title}”',
    nl: '“{title}” wijzigen',
    fr: 'Modifier « {title} »',
  },
  'activities.edit.loading': {
    en: 'Edit an activity',
    nl: 'Activiteit wijzigen',
    fr: 'Modifier une activité',
  },
  'activities.detail.loading': { en: 'Activity', nl: 'Activiteit', fr: 'Activité' },
  'activities.detail.intro': {
    en: 'Times in {timeZone}.',
    nl: 'Tijden in {timeZone}.',
    fr: 'Heures en {timeZone}.',
  },
  'activities.backToList': {
    en: 'All activities',
    nl: 'Alle activiteiten',
    fr: 'Toutes les activités',
  },
  'activities.cancel': {
    en: 'Cancel the activity',
    nl: 'Activiteit annuleren',
    fr: 'Annuler l’activité',
  },
  'activities.cancelled': {
    en: 'Activity “{title}” cancelled.',
    nl: 'Activiteit “{title}” geannuleerd.',
    fr: 'Activité « {title} » annulée.',
  },
  'activities.delete': { en: 'Delete', nl: 'Verwijderen', fr: 'Supprimer' },
  'activities.deleted': {
    en: 'Activity “{title}” deleted.',
    nl: 'Activiteit “{title}” verwijderd.',
    fr: 'Activité « {title} » supprimée.',
  },

  'activities.confirm.keep': { en: 'Go back', nl: 'Terug', fr: 'Retour' },
  'activities.confirm.cancel.title': {
    en: 'Cancel this activity?',
    nl: 'Deze activiteit annuleren?',
    fr: 'Annuler cette activité ?',
  },
  'activities.confirm.cancel.body': {
    en: '“{title}” stays in the list as cancelled; it can no longer get attendance or be changed.',
    nl: '“{title}” blijft in de lijst als geannuleerd; er kan geen aanwezigheid meer op en ze kan niet meer gewijzigd worden.',
    fr: '« {title} » reste dans la liste comme annulée ; elle ne peut plus recevoir de présences ni être modifiée.',
  },
  'activities.confirm.cancel.submit': {
    en: 'Cancel the activity',
    nl: 'Activiteit annuleren',
    fr: 'Annuler l’activité',
  },
  'activities.confirm.delete.title': {
    en: 'Delete this activity?',
    nl: 'Deze activiteit verwijderen?',
    fr: 'Supprimer cette activité ?',
  },
  'activities.confirm.delete.body': {
    en: '“{title}” disappears for good. Use this for a mistake; for an activity that did not take place, cancel it instead.',
    nl: '“{title}” verdwijnt definitief. Doe dit bij een vergissing; annuleer een activiteit die niet doorging.',
    fr: '« {title} » disparaît définitivement. À utiliser pour une erreur ; une activité qui n’a pas eu lieu s’annule.',
  },
  'activities.confirm.delete.submit': {
    en: 'Delete the activity',
    nl: 'Activiteit verwijderen',
    fr: 'Supprimer l’activité',
  },
  'activities.confirm.remove.title': {
    en: 'Remove this attendance line?',
    nl: 'Deze aanwezigheidsregel verwijderen?',
    fr: 'Supprimer cette ligne de présence ?',
  },
  'activities.confirm.remove.body': {
    en: '{count, plural, one {# person reached} other {# people reached}} will no longer count for this activity or in the figures.',
    nl: '{count, plural, one {# bereikte persoon telt} other {# bereikte personen tellen}} niet meer mee voor deze activiteit en in de cijfers.',
    fr: '{count, plural, one {# personne touchée ne comptera} other {# personnes touchées ne compteront}} plus pour cette activité ni dans les chiffres.',
  },
  'activities.confirm.remove.submit': {
    en: 'Remove the line',
    nl: 'Regel verwijderen',
    fr: 'Supprimer la ligne',
  },

  'activities.attendance.title': { en: 'Attendance', nl: 'Aanwezigheid', fr: 'Présences' },
  'activities.attendance.summary': {
    en: '{attendance, plural, one {# person reached} other {# people reached}} ({lines, plural, =0 {no attendance recorded yet} one {# line} other {# lines}}).',
    nl: '{attendance, plural, one {# persoon bereikt} other {# personen bereikt}} ({lines, plural, =0 {nog geen aanwezigheid geregistreerd} one {# regel} other {# regels}}).',
    fr: '{attendance, plural, one {# personne touchée} other {# personnes touchées}} ({lines, plural, =0 {aucune présence enregistrée} one {# ligne} other {# lignes}}).',
  },
  'activities.attendance.capacity': {
    en: 'Capacity: {capacity}.',
    nl: 'Capaciteit: {capacity}.',
    fr: 'Capacité : {capacity}.',
  },
  'activities.attendance.record': {
    en: 'Record attendance',
    nl: 'Aanwezigheid registreren',
    fr: 'Enregistrer des présences',
  },
  'activities.attendance.record.intro': {
    en: 'How many people were reached — no names. Add a line per group if you count them apart (e.g. per language). Each line starts from the activity’s language and theme, without target groups.',
    nl: 'Hoeveel personen werden bereikt — zonder namen. Voeg een regel per groep toe als u ze apart telt (bv. per taal). Elke regel begint met de taal en het thema van de activiteit, zonder doelgroepen.',
    fr: 'Combien de personnes ont été touchées — sans noms. Ajoutez une ligne par groupe si vous les comptez à part (p. ex. par langue). Chaque ligne part de la langue et du thème de l’activité, sans public cible.',
  },
  'activities.capacity.title': {
    en: 'More people than the capacity?',
    nl: 'Meer mensen dan de capaciteit?',
    fr: 'Plus de personnes que la capacité ?',
  },
  'activities.capacity.confirm': {
    en: 'Yes, record them',
    nl: 'Ja, registreer ze',
    fr: 'Oui, les enregistrer',
  },
  'activities.capacity.change': {
    en: 'Change the number',
    nl: 'Aantal wijzigen',
    fr: 'Modifier le nombre',
  },
  'activities.attendance.count': {
    en: 'People reached',
    nl: 'Bereikte personen',
    fr: 'Personnes touchées',
  },
  'activities.attendance.date': { en: 'Date', nl: 'Datum', fr: 'Date' },
  'activities.attendance.tags': { en: 'Target groups', nl: 'Doelgroepen', fr: 'Publics cibles' },
  'activities.attendance.submit': {
    en: 'Add attendance',
    nl: 'Aanwezigheid toevoegen',
    fr: 'Ajouter les présences',
  },
  'activities.attendance.recorded': {
    en: 'Recorded: {count, plural, one {# person reached} other {# people reached}}.',
    nl: 'Geregistreerd: {count, plural, one {# bereikte persoon} other {# bereikte personen}}.',
    fr: 'Enregistré : {count, plural, one {# personne touchée} other {# personnes touchées}}.',
  },
  'activities.lines.caption': {
    en: 'Attendance lines ({total})',
    nl: 'Aanwezigheidsregels ({total})',
    fr: 'Lignes de présence ({total})',
  },
  'activities.lines.empty': {
    en: 'No attendance recorded yet.',
    nl: 'Nog geen aanwezigheid geregistreerd.',
    fr: 'Aucune présence enregistrée pour l’instant.',
  },
  'activities.lines.recordedBy': {
    en: 'Recorded by',
    nl: 'Geregistreerd door',
    fr: 'Enregistré par',
  },
  'activities.lines.remove': { en: 'Remove', nl: 'Verwijderen', fr: 'Supprimer' },
  'activities.lines.remove.which': {
    en: 'the line of {count} on {date}',
    nl: 'de regel van {count} op {date}',
    fr: 'la ligne de {count} du {date}',
  },
  'activities.lines.removed': {
    en: 'Attendance line of {count} removed.',
    nl: 'Aanwezigheidsregel van {count} verwijderd.',
    fr: 'Ligne de présence de {count} supprimée.',
  },
});
