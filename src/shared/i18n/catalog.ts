import { commonMessages } from './messages/common.ts';
import { errorMessages } from './messages/errors.ts';
import { contactMessages } from './messages/contacts.ts';
import { importMessages } from './messages/imports.ts';
import { surveyMessages } from './messages/surveys.ts';
import { surveyExportMessages } from './messages/survey-exports.ts';
import { disclosureMessages } from './messages/disclosure.ts';
import { indicatorMessages } from './messages/indicators.ts';
import { programmeMessages } from './messages/programmes.ts';
import { reportMessages } from './messages/reports.ts';
import { reportRenderMessages } from './messages/report-render.ts';
import { auditMessages } from './messages/audit.ts';
import { cliMessages } from './messages/cli.ts';
import { webMessages } from './messages/web.ts';

/** Every message of Parcours. Keys are namespaced: `error.*`, `issue.*`, `nav.*`, … */
export const MESSAGES = {
  ...commonMessages,
  ...errorMessages,
  ...contactMessages,
  ...importMessages,
  ...surveyMessages,
  ...surveyExportMessages,
  ...disclosureMessages,
  ...indicatorMessages,
  ...programmeMessages,
  ...reportMessages,
  ...reportRenderMessages,
  ...auditMessages,
  ...cliMessages,
  ...webMessages,
};

export type MessageKey = keyof typeof MESSAGES;
