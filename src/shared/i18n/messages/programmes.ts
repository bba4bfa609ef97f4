import { defineMessages } from '../define.ts';

/** Programmes and targets: errors, issue codes, target statuses (server and web). */
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
});
