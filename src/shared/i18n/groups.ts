import { auditMessages } from './messages/audit.ts';
import { cliCommandMessages } from './messages/cli-commands.ts';
import { cliProgramMessages } from './messages/cli-program.ts';
import { cliOutputMessages } from './messages/cli.ts';
import { commonMessages } from './messages/common.ts';
import { contactMessages } from './messages/contacts.ts';
import { importMessages } from './messages/imports.ts';
import { webActivityMessages } from './messages/web-activities.ts';
import { webActivityFormMessages } from './messages/web-activity-form.ts';
import { webContactSettingsMessages } from './messages/web-contact-settings.ts';
import { webDashboardMessages } from './messages/web-dashboard.ts';
import { webImportMessages } from './messages/web-import.ts';
import { webFrontDeskMessages } from './messages/web-front-desk.ts';
import { errorMessages } from './messages/errors.ts';
import { webAdminMessages } from './messages/web-admin.ts';
import { webAppMessages } from './messages/web-app.ts';
import { webAuditMessages } from './messages/web-audit.ts';
import { webAuthMessages } from './messages/web-auth.ts';
import { webLocationMessages } from './messages/web-locations.ts';
import { webProfileMessages } from './messages/web-profile.ts';
import { webSurveyMessages } from './messages/web-surveys.ts';
import { webSurveyBuilderMessages } from './messages/web-survey-builder.ts';
import { webSurveyResultsMessages } from './messages/web-survey-results.ts';
import { webSurveyImportMessages } from './messages/web-survey-import.ts';
import { indicatorMessages } from './messages/indicators.ts';
import { programmeMessages } from './messages/programmes.ts';
import { reportMessages } from './messages/reports.ts';
import { reportRenderMessages } from './messages/report-render.ts';
import { webIndicatorMessages } from './messages/web-indicators.ts';
import { webProgrammeMessages } from './messages/web-programmes.ts';
import { webReportMessages } from './messages/web-reports.ts';
import { webIndicatorBuilderMessages } from './messages/web-indicator-builder.ts';
import { webProgrammeProgressMessages } from './messages/web-programme-progress.ts';
import { surveyMessages } from './messages/surveys.ts';
import { surveyExportMessages } from './messages/survey-exports.ts';
import { disclosureMessages } from './messages/disclosure.ts';

/**
 * Every file of messages by name, for the catalog check: the catalog spreads them into one
 * object, where a key defined in two files would silently win.
 */
export const MESSAGE_GROUPS = {
  commonMessages,
  errorMessages,
  contactMessages,
  importMessages,
  webFrontDeskMessages,
  webActivityMessages,
  webActivityFormMessages,
  webDashboardMessages,
  webContactSettingsMessages,
  webImportMessages,
  auditMessages,
  cliProgramMessages,
  cliCommandMessages,
  cliOutputMessages,
  webAppMessages,
  webAuthMessages,
  webAdminMessages,
  webLocationMessages,
  webAuditMessages,
  webProfileMessages,
  surveyMessages,
  surveyExportMessages,
  disclosureMessages,
  webSurveyMessages,
  webSurveyBuilderMessages,
  webSurveyResultsMessages,
  webSurveyImportMessages,
  indicatorMessages,
  programmeMessages,
  reportMessages,
  reportRenderMessages,
  webIndicatorMessages,
  webProgrammeMessages,
  webReportMessages,
  webIndicatorBuilderMessages,
  webProgrammeProgressMessages,
};
