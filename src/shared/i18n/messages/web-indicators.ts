import { defineMessages } from '../define.ts';

/** Web: indicator list, builder and preview. */
export const webIndicatorMessages = defineMessages({});
