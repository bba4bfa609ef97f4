import { defineMessages } from '../define.ts';

/** Activities pages and the contact settings (tags, kinds). */
export const webActivityMessages = defineMessages({
  'activities.title': { en: 'Activities', nl: 'Activiteiten', fr: 'Activités' },
});
