import { defineMessages } from '../define.ts';

/** Programmes and targets: errors, issue codes and audit actions (server and web). */
export const programmeMessages = defineMessages({
  'error.PROGRAMME_READ_ONLY': {
    en: 'Your organisation is a partner of this programme: only the owning organisation can change it.',
    nl: 'Uw organisatie is partner in dit programma: alleen de eigenaar kan het wijzigen.',
    fr: 'Votre organisation est partenaire de ce programme : seule l’organisation propriétaire peut le modifier.',
  },
  'error.PARTNER_HAS_TARGETS': {
    en: 'This partner still has targets in the programme; remove those targets first.',
    nl: 'Deze partner heeft nog doelstellingen in het programma; verwijder die eerst.',
    fr: 'Ce partenaire a encore des objectifs dans le programme ; supprimez-les d’abord.',
  },

  'issue.unknown_partner': {
    en: 'Unknown partner organisation.',
    nl: 'Onbekende partnerorganisatie.',
    fr: 'Organisation partenaire inconnue.',
  },
  'issue.partner_is_owner': {
    en: 'The owning organisation cannot be its own partner.',
    nl: 'De eigenaar kan niet zijn eigen partner zijn.',
    fr: 'L’organisation propriétaire ne peut pas être son propre partenaire.',
  },
  'issue.duplicate_partner': {
    en: 'This partner is listed twice.',
    nl: 'Deze partner staat er twee keer in.',
    fr: 'Ce partenaire figure deux fois.',
  },
  'issue.duplicate_year': {
    en: 'This year is listed twice.',
    nl: 'Dit jaar staat er twee keer in.',
    fr: 'Cette année figure deux fois.',
  },
  'issue.deadline_before_start': {
    en: 'The deadline is before the start of the period.',
    nl: 'De streefdatum ligt voor het begin van de periode.',
    fr: 'L’échéance précède le début de la période.',
  },
  'issue.unknown_indicator': {
    en: 'Unknown indicator.',
    nl: 'Onbekende indicator.',
    fr: 'Indicateur inconnu.',
  },
  'issue.year_outside_period': {
    en: 'This year is outside the target’s period.',
    nl: 'Dit jaar valt buiten de periode van de doelstelling.',
    fr: 'Cette année est en dehors de la période de l’objectif.',
  },
  'issue.owner_cannot_answer': {
    en: 'Only the partner organisation can accept or decline its partnership, not the owner.',
    nl: 'Alleen de partnerorganisatie kan het partnerschap aanvaarden of weigeren, niet de eigenaar.',
    fr: 'Seule l’organisation partenaire peut accepter ou refuser le partenariat, pas le propriétaire.',
  },

  'audit.action.programme.created': {
    en: 'Programme created',
    nl: 'Programma aangemaakt',
    fr: 'Programme créé',
  },
  'audit.action.programme.updated': {
    en: 'Programme changed',
    nl: 'Programma gewijzigd',
    fr: 'Programme modifié',
  },
  'audit.action.programme.deleted': {
    en: 'Programme deleted',
    nl: 'Programma verwijderd',
    fr: 'Programme supprimé',
  },
  'audit.action.programme.target_added': {
    en: 'Programme target added',
    nl: 'Programmadoelstelling toegevoegd',
    fr: 'Objectif de programme ajouté',
  },
  'audit.action.programme.target_updated': {
    en: 'Programme target changed',
    nl: 'Programmadoelstelling gewijzigd',
    fr: 'Objectif de programme modifié',
  },
  'audit.action.programme.target_removed': {
    en: 'Programme target removed',
    nl: 'Programmadoelstelling verwijderd',
    fr: 'Objectif de programme supprimé',
  },
  'audit.action.programme.partnership_accepted': {
    en: 'Programme partnership accepted',
    nl: 'Programmapartnerschap aanvaard',
    fr: 'Partenariat de programme accepté',
  },
  'audit.action.programme.partnership_declined': {
    en: 'Programme partnership declined',
    nl: 'Programmapartnerschap geweigerd',
    fr: 'Partenariat de programme refusé',
  },
  'issue.target_outside_programme': {
    en: 'A target must lie within the programme’s period ({start} to {end}).',
    nl: 'Een doelstelling moet binnen de looptijd van het programma liggen ({start} tot {end}).',
    fr: 'Un objectif doit se situer dans la période du programme (du {start} au {end}).',
  },
});
