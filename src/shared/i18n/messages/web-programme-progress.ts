import { defineMessages } from '../define.ts';

/** Web: a programme's targets (table, form) and progress (status and its rule, chart, per partner) and the partnership answer. */
export const webProgrammeProgressMessages = defineMessages({
  // Targets
  'programmes.targets.title': { en: 'Targets', nl: 'Doelstellingen', fr: 'Objectifs' },
  'programmes.targets.caption': {
    en: '{total, plural, one {# target} other {# targets}}',
    nl: '{total, plural, one {# doelstelling} other {# doelstellingen}}',
    fr: '{total, plural, one {# objectif} other {# objectifs}}',
  },
  'programmes.targets.empty': {
    en: 'No targets yet.',
    nl: 'Nog geen doelstellingen.',
    fr: 'Pas encore d’objectifs.',
  },
  'programmes.targets.add': {
    en: 'Add a target',
    nl: 'Doelstelling toevoegen',
    fr: 'Ajouter un objectif',
  },
  'programmes.targets.edit': {
    en: 'Change the target',
    nl: 'Doelstelling wijzigen',
    fr: 'Modifier l’objectif',
  },
  'programmes.targets.remove': { en: 'Remove', nl: 'Verwijderen', fr: 'Supprimer' },
  'programmes.targets.created': {
    en: 'Target “{indicator}” added.',
    nl: 'Doelstelling “{indicator}” toegevoegd.',
    fr: 'Objectif « {indicator} » ajouté.',
  },
  'programmes.targets.updated': {
    en: 'Target “{indicator}” saved.',
    nl: 'Doelstelling “{indicator}” bewaard.',
    fr: 'Objectif « {indicator} » enregistré.',
  },
  'programmes.targets.removed': {
    en: 'Target “{indicator}” removed.',
    nl: 'Doelstelling “{indicator}” verwijderd.',
    fr: 'Objectif « {indicator} » supprimé.',
  },
  'programmes.targets.confirmRemove.title': {
    en: 'Remove this target?',
    nl: 'Deze doelstelling verwijderen?',
    fr: 'Supprimer cet objectif ?',
  },
  'programmes.targets.confirmRemove.body': {
    en: 'The target “{indicator}” and its progress disappear from the programme; the figures themselves stay.',
    nl: 'De doelstelling “{indicator}” en de voortgang verdwijnen uit het programma; de cijfers zelf blijven.',
    fr: 'L’objectif « {indicator} » et son avancement disparaissent du programme ; les chiffres eux-mêmes restent.',
  },
  'programmes.target.indicator': { en: 'Indicator', nl: 'Indicator', fr: 'Indicateur' },
  'programmes.target.indicator.choose': {
    en: 'Choose an indicator',
    nl: 'Kies een indicator',
    fr: 'Choisissez un indicateur',
  },
  'programmes.target.value': { en: 'Target value', nl: 'Streefwaarde', fr: 'Valeur cible' },
  'programmes.target.periodStart': {
    en: 'Counting from',
    nl: 'Tellen vanaf',
    fr: 'Compter à partir du',
  },
  'programmes.target.periodStart.hint': {
    en: 'The programme’s start unless you choose another day.',
    nl: 'De start van het programma, tenzij u een andere dag kiest.',
    fr: 'Le début du programme, sauf si vous choisissez un autre jour.',
  },
  'programmes.target.deadline': { en: 'Deadline', nl: 'Streefdatum', fr: 'Échéance' },
  'programmes.target.partner': { en: 'For', nl: 'Voor', fr: 'Pour' },
  'programmes.target.partner.hint': {
    en: 'The whole programme, or one partner’s share.',
    nl: 'Het hele programma, of het aandeel van één partner.',
    fr: 'Tout le programme, ou la part d’un partenaire.',
  },
  'programmes.target.partner.all': {
    en: 'The whole programme',
    nl: 'Het hele programma',
    fr: 'Tout le programme',
  },
  'programmes.target.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'programmes.target.year.hint': {
    en: 'Optional: a target for one year (e.g. 1,000 adults a year).',
    nl: 'Optioneel: een doelstelling voor één jaar (bv. 1.000 volwassenen per jaar).',
    fr: 'Facultatif : un objectif pour une année (p. ex. 1 000 adultes par an).',
  },

  // Progress
  'programmes.progress.title': { en: 'Progress', nl: 'Voortgang', fr: 'Avancement' },
  'programmes.progress.asOf': { en: 'As of', nl: 'Op datum van', fr: 'À la date du' },
  'programmes.progress.asOf.hint': {
    en: 'Leave empty to see the progress as of today.',
    nl: 'Laat leeg om de voortgang van vandaag te zien.',
    fr: 'Laissez vide pour voir l’avancement à ce jour.',
  },
  'programmes.progress.show': {
    en: 'Show progress',
    nl: 'Voortgang tonen',
    fr: 'Afficher l’avancement',
  },
  'programmes.progress.asOfText': {
    en: 'Progress as of {date}.',
    nl: 'Voortgang op {date}.',
    fr: 'Avancement au {date}.',
  },
  'programmes.rule.title': {
    en: 'How the status is decided',
    nl: 'Hoe de status bepaald wordt',
    fr: 'Comment le statut est déterminé',
  },
  'programmes.rule': {
    en: 'A target is met once the actual reaches the target. Otherwise it is behind once the deadline has passed. Before that, the forecast extends the pace so far to the deadline: the target is on track when the forecast reaches it, at risk when the forecast falls short by less than {margin}%, and behind when it falls short by more.',
    nl: 'Een doelstelling is behaald zodra het resultaat de streefwaarde bereikt. Anders ligt ze achter zodra de streefdatum voorbij is. Daarvoor trekt de prognose het tempo tot nu door tot de streefdatum: de doelstelling ligt op schema als de prognose de streefwaarde haalt, loopt risico als de prognose minder dan {margin}% tekortschiet, en ligt achter als ze meer tekortschiet.',
    fr: 'Un objectif est atteint dès que le réalisé atteint la valeur cible. Sinon, il est en retard dès que l’échéance est passée. Avant cela, la prévision prolonge le rythme observé jusqu’à l’échéance : l’objectif est en bonne voie si la prévision atteint la cible, à risque si elle reste en deçà de moins de {margin} %, et en retard si elle reste plus loin.',
  },
  'programmes.status.met': { en: 'Met', nl: 'Behaald', fr: 'Atteint' },
  'programmes.status.on_track': { en: 'On track', nl: 'Op schema', fr: 'En bonne voie' },
  'programmes.status.at_risk': { en: 'At risk', nl: 'Risico', fr: 'À risque' },
  'programmes.status.behind': { en: 'Behind', nl: 'Achter', fr: 'En retard' },
  'programmes.progress.target': { en: 'Target', nl: 'Streefwaarde', fr: 'Cible' },
  'programmes.progress.actual': { en: 'Actual', nl: 'Resultaat', fr: 'Réalisé' },
  'programmes.progress.forecast': {
    en: 'Forecast at the deadline',
    nl: 'Prognose op de streefdatum',
    fr: 'Prévision à l’échéance',
  },
  'programmes.progress.notStarted': {
    en: 'None yet: counting starts on {date}',
    nl: 'Nog geen: het tellen begint op {date}',
    fr: 'Pas encore : le décompte commence le {date}',
  },
  'programmes.progress.done': { en: 'Done', nl: 'Gerealiseerd', fr: 'Réalisé' },
  'programmes.progress.elapsed': {
    en: 'Time elapsed',
    nl: 'Verstreken tijd',
    fr: 'Temps écoulé',
  },
  'programmes.progress.byOrganisation': {
    en: '{title}: actual per organisation',
    nl: '{title}: resultaat per organisatie',
    fr: '{title} : réalisé par organisation',
  },
  'programmes.progress.organisation': {
    en: 'Organisation',
    nl: 'Organisatie',
    fr: 'Organisation',
  },
  'programmes.progress.shareOfActual': {
    en: 'Share of the actual',
    nl: 'Aandeel in het resultaat',
    fr: 'Part du réalisé',
  },
  'programmes.progress.monthsSummary': {
    en: 'Figures per month',
    nl: 'Cijfers per maand',
    fr: 'Chiffres par mois',
  },
  'programmes.progress.months': {
    en: '{title}: per month',
    nl: '{title}: per maand',
    fr: '{title} : par mois',
  },
  'programmes.progress.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'programmes.progress.inMonth': {
    en: 'In the month',
    nl: 'In de maand',
    fr: 'Dans le mois',
  },
  'programmes.progress.cumulative': {
    en: 'Total so far',
    nl: 'Totaal tot dan',
    fr: 'Total cumulé',
  },
  'programmes.chart.summary': {
    en: 'Line chart, {title}: total so far at the end of each month, against a target of {target}. {items}.',
    nl: 'Lijndiagram, {title}: totaal tot dan aan het eind van elke maand, tegenover een streefwaarde van {target}. {items}.',
    fr: 'Graphique linéaire, {title} : total cumulé à la fin de chaque mois, face à une cible de {target}. {items}.',
  },
  'programmes.chart.item': {
    en: '{month}: {value}',
    nl: '{month}: {value}',
    fr: '{month} : {value}',
  },
  'programmes.chart.actual': {
    en: 'Total so far (solid line)',
    nl: 'Totaal tot dan (volle lijn)',
    fr: 'Total cumulé (trait plein)',
  },
  'programmes.chart.target': {
    en: 'Target: {target} (dashed line)',
    nl: 'Streefwaarde: {target} (streepjeslijn)',
    fr: 'Cible : {target} (tirets)',
  },
  'programmes.chart.forecast': {
    en: 'Forecast at the deadline: {forecast} (dotted line)',
    nl: 'Prognose op de streefdatum: {forecast} (stippellijn)',
    fr: 'Prévision à l’échéance : {forecast} (pointillés)',
  },

  'programmes.partnerStatus.invited': { en: 'Invited', nl: 'Uitgenodigd', fr: 'Invitée' },
  'programmes.partnerStatus.accepted': { en: 'Accepted', nl: 'Aanvaard', fr: 'Acceptée' },
  'programmes.partnerStatus.owner': { en: 'Owner', nl: 'Eigenaar', fr: 'Propriétaire' },
  'programmes.progress.partnerStatus': {
    en: 'Partnership',
    nl: 'Partnerschap',
    fr: 'Partenariat',
  },
  'programmes.progress.notCounted': {
    en: 'Not counted until it accepts',
    nl: 'Niet meegeteld tot de partner aanvaardt',
    fr: 'Non compté tant qu’elle n’a pas accepté',
  },
  'programmes.partnership.title': {
    en: '{owner} invites your organisation as a partner',
    nl: '{owner} nodigt uw organisatie uit als partner',
    fr: '{owner} invite votre organisation comme partenaire',
  },
  'programmes.partnership.body': {
    en: 'Your organisation is invited as a partner: accepting lets the owner see your figures for this programme’s indicators (numbers only).',
    nl: 'Uw organisatie is uitgenodigd als partner: als u aanvaardt, ziet de eigenaar uw cijfers voor de indicatoren van dit programma (alleen aantallen).',
    fr: 'Votre organisation est invitée comme partenaire : en acceptant, vous permettez au propriétaire de voir vos chiffres pour les indicateurs de ce programme (des nombres uniquement).',
  },
  'programmes.partnership.whoAnswers': {
    en: 'An org admin or coordinator of your organisation can accept or decline.',
    nl: 'Een beheerder of coördinator van uw organisatie kan aanvaarden of weigeren.',
    fr: 'Un administrateur ou un coordinateur de votre organisation peut accepter ou refuser.',
  },
  'programmes.partnership.accept': {
    en: 'Accept the partnership',
    nl: 'Partnerschap aanvaarden',
    fr: 'Accepter le partenariat',
  },
  'programmes.partnership.decline': {
    en: 'Decline the partnership',
    nl: 'Partnerschap weigeren',
    fr: 'Refuser le partenariat',
  },
  'programmes.partnership.confirmDecline.title': {
    en: 'Decline the partnership?',
    nl: 'Partnerschap weigeren?',
    fr: 'Refuser le partenariat ?',
  },
  'programmes.partnership.confirmDecline.body': {
    en: 'Your organisation leaves “{name}”: you no longer see it, and the targets {owner} set for your organisation are removed. {owner} can invite you again.',
    nl: 'Uw organisatie verlaat “{name}”: u ziet het niet meer, en de doelstellingen die {owner} voor uw organisatie vastlegde, worden verwijderd. {owner} kan u opnieuw uitnodigen.',
    fr: 'Votre organisation quitte « {name} » : vous ne le voyez plus, et les objectifs que {owner} a fixés pour votre organisation sont supprimés. {owner} peut vous inviter à nouveau.',
  },
  'programmes.partnership.accepted': {
    en: 'Partnership accepted: your figures now count towards this programme’s targets.',
    nl: 'Partnerschap aanvaard: uw cijfers tellen nu mee voor de doelstellingen van dit programma.',
    fr: 'Partenariat accepté : vos chiffres comptent désormais pour les objectifs de ce programme.',
  },
  'programmes.partnership.declined': {
    en: 'You declined the partnership in “{name}”.',
    nl: 'U hebt het partnerschap in “{name}” geweigerd.',
    fr: 'Vous avez refusé le partenariat dans « {name} ».',
  },
  'programmes.partnership.noProgress': {
    en: 'Progress is shown once your organisation has accepted the partnership.',
    nl: 'De voortgang verschijnt zodra uw organisatie het partnerschap heeft aanvaard.',
    fr: 'L’avancement s’affiche dès que votre organisation a accepté le partenariat.',
  },
});
