import { defineMessages } from '../define.ts';

/** Front desk quick entry and the contact list. */
export const webFrontDeskMessages = defineMessages({
  'frontDesk.title': { en: 'Front desk', nl: 'Onthaal', fr: 'Accueil' },
});
