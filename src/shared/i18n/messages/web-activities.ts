import { defineMessages } from '../define.ts';

/** Activities pages and the contact settings (tags, kinds). */
export const webActivityMessages = defineMessages({
  'activities.title': { en: 'Activities', nl: 'Activiteiten', fr: 'Activités' },
  'activities.intro': {
    en: 'Collective sessions, fairs and events, and outreach trips such as the Formtruck. Times are shown in {timeZone}.',
    nl: 'Collectieve sessies, beurzen en evenementen, en outreachritten zoals de Formtruck. Tijden staan in {timeZone}.',
    fr: 'Séances collectives, salons et événements, et sorties outreach comme le Formtruck. Les heures sont affichées en {timeZone}.',
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

  'activities.field.title': { en: 'Title', nl: 'Titel', fr: 'Titre' },
  'activities.field.title.hint': {
    en: 'As colleagues will recognise it, e.g. “Formtruck at Clemenceau market”.',
    nl: 'Zoals collega’s ze herkennen, bv. “Formtruck op de Clemenceaumarkt”.',
    fr: 'Tel que vos collègues la reconnaîtront, p. ex. « Formtruck au marché Clemenceau ».',
  },
  'activities.field.kind': { en: 'Kind', nl: 'Soort', fr: 'Type' },
  'activities.field.kind.choose': {
    en: 'Choose a kind',
    nl: 'Kies een soort',
    fr: 'Choisissez un type',
  },
  'activities.field.category': { en: 'Category', nl: 'Categorie', fr: 'Catégorie' },
  'activities.field.when': { en: 'Date and time', nl: 'Datum en uur', fr: 'Date et heure' },
  'activities.field.place': { en: 'Place', nl: 'Plaats', fr: 'Lieu' },
  'activities.field.language': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'activities.field.language.none': {
    en: 'Not specified',
    nl: 'Niet opgegeven',
    fr: 'Non précisée',
  },
  'activities.field.theme': { en: 'Theme', nl: 'Thema', fr: 'Thème' },
  'activities.field.theme.none': { en: 'No theme', nl: 'Geen thema', fr: 'Aucun thème' },
  'activities.field.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'activities.field.attendance': {
    en: 'People reached',
    nl: 'Bereikte personen',
    fr: 'Personnes touchées',
  },
  'activities.field.startDate': { en: 'Date', nl: 'Datum', fr: 'Date' },
  'activities.field.startTime': { en: 'Start time', nl: 'Beginuur', fr: 'Heure de début' },
  'activities.field.endDate': { en: 'End date', nl: 'Einddatum', fr: 'Date de fin' },
  'activities.field.endDate.hint': {
    en: 'Only when it ends on another day.',
    nl: 'Enkel als ze op een andere dag eindigt.',
    fr: 'Seulement si elle se termine un autre jour.',
  },
  'activities.field.endTime': { en: 'End time', nl: 'Einduur', fr: 'Heure de fin' },
  'activities.field.location': { en: 'Location', nl: 'Locatie', fr: 'Lieu' },
  'activities.field.location.none': {
    en: 'None of our locations',
    nl: 'Geen van onze locaties',
    fr: 'Aucun de nos lieux',
  },
  'activities.field.municipality': { en: 'Municipality', nl: 'Gemeente', fr: 'Commune' },
  'activities.field.municipality.none': {
    en: 'Not specified',
    nl: 'Niet opgegeven',
    fr: 'Non précisée',
  },
  'activities.field.neighbourhood': {
    en: 'Neighbourhood or address',
    nl: 'Wijk of adres',
    fr: 'Quartier ou adresse',
  },
  'activities.field.partner': {
    en: 'Partner organisation',
    nl: 'Partnerorganisatie',
    fr: 'Organisation partenaire',
  },
  'activities.field.capacity': { en: 'Capacity', nl: 'Capaciteit', fr: 'Capacité' },
  'activities.field.capacity.hint': {
    en: 'Number of places, if limited.',
    nl: 'Aantal plaatsen, als dat beperkt is.',
    fr: 'Nombre de places, s’il est limité.',
  },
  'activities.field.notes': { en: 'Notes', nl: 'Opmerkingen', fr: 'Remarques' },
  'activities.field.externalId': { en: 'External id', nl: 'Externe id', fr: 'Identifiant externe' },
  'activities.field.externalId.hint': {
    en: 'The reference in another system (an agenda, a spreadsheet), unique in the organisation.',
    nl: 'De referentie in een ander systeem (een agenda, een rekenblad), uniek binnen de organisatie.',
    fr: 'La référence dans un autre système (un agenda, un tableur), unique dans l’organisation.',
  },
  'activities.field.held': {
    en: 'This activity has already taken place',
    nl: 'Deze activiteit heeft al plaatsgevonden',
    fr: 'Cette activité a déjà eu lieu',
  },
  'activities.field.held.hint': {
    en: 'Otherwise it is planned; recording attendance marks it as held.',
    nl: 'Anders is ze gepland; wie aanwezigheid registreert, markeert ze als gehouden.',
    fr: 'Sinon, elle est prévue ; enregistrer des présences la marque comme tenue.',
  },
  'activities.form.when': { en: 'When', nl: 'Wanneer', fr: 'Quand' },
  'activities.form.when.hint': {
    en: 'Local time in {timeZone}.',
    nl: 'Lokale tijd in {timeZone}.',
    fr: 'Heure locale en {timeZone}.',
  },
  'activities.form.where': { en: 'Where', nl: 'Waar', fr: 'Où' },
  'activities.form.where.hint': {
    en: 'One of your locations, or — for a trip or a fair elsewhere — the municipality and neighbourhood.',
    nl: 'Een van uw locaties, of — voor een rit of een beurs elders — de gemeente en de wijk.',
    fr: 'Un de vos lieux ou, pour une sortie ou un salon ailleurs, la commune et le quartier.',
  },

  'activities.plan': {
    en: 'Plan an activity',
    nl: 'Een activiteit plannen',
    fr: 'Planifier une activité',
  },
  'activities.plan.intro': {
    en: 'A collective session, a fair or event, or an outreach trip. Times are in {timeZone}.',
    nl: 'Een collectieve sessie, een beurs of evenement, of een outreachrit. Tijden in {timeZone}.',
    fr: 'Une séance collective, un salon ou événement, ou une sortie outreach. Heures en {timeZone}.',
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
    en: 'How many people were reached — no names. Add a line per group if you count them apart (e.g. per language).',
    nl: 'Hoeveel personen werden bereikt — zonder namen. Voeg een regel per groep toe als u ze apart telt (bv. per taal).',
    fr: 'Combien de personnes ont été touchées — sans noms. Ajoutez une ligne par groupe si vous les comptez à part (p. ex. par langue).',
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
    nl: 'Bepaalt hoe de aanwezigen meetellen: collectieve activiteit, beurs of evenement, of outreach.',
    fr: 'Détermine comment ses présences sont comptées : activité collective, salon ou événement, ou outreach.',
  },
  'contactSettings.kinds.origin': { en: 'Origin', nl: 'Herkomst', fr: 'Origine' },
  'contactSettings.kinds.builtIn': { en: 'Standard', nl: 'Standaard', fr: 'Standard' },
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
