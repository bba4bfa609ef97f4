import { auditMessages } from './messages/audit.ts';
import { cliMessages } from './messages/cli.ts';
import { commonMessages } from './messages/common.ts';
import { errorMessages } from './messages/errors.ts';
import { webMessages } from './messages/web.ts';

/** The message groups by name, for the catalog check (a key in two groups would silently win). */
export const MESSAGE_GROUPS = {
  commonMessages,
  errorMessages,
  auditMessages,
  cliMessages,
  webMessages,
};
