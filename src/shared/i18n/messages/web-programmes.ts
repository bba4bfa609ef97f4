import { defineMessages } from '../define.ts';

/** Web: programmes, targets and the progress page. */
export const webProgrammeMessages = defineMessages({});
