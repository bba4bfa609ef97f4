import { defineMessages } from '../define.ts';

/** Contact import: validation report, progress, web upload page and CLI. */
export const importMessages = defineMessages({
  'import.title': {
    en: 'Import contacts',
    nl: 'Contacten importeren',
    fr: 'Importer des contacts',
  },
});
