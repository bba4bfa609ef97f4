import { defineMessages } from '../define.ts';

/** The contacts dashboard and its exports. */
export const webDashboardMessages = defineMessages({
  'dashboard.title': { en: 'Dashboard', nl: 'Dashboard', fr: 'Tableau de bord' },
});
