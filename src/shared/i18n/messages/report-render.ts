import { defineMessages } from '../define.ts';

/** The annual report's HTML page and PDF: headings, captions, chart texts. */
export const reportRenderMessages = defineMessages({});
