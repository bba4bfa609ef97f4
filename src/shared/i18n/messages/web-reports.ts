import { defineMessages } from '../define.ts';

/** Web: the annual report page and its narrative editor. */
export const webReportMessages = defineMessages({});
