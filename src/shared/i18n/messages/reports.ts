import { defineMessages } from '../define.ts';

/** The annual report: section and table titles, labels used by JSON/XLSX and the CLI command. */
export const reportMessages = defineMessages({});
