import { webActivityMessages } from './web-activities.ts';
import { webActivityFormMessages } from './web-activity-form.ts';
import { webAdminMessages } from './web-admin.ts';
import { webContactSettingsMessages } from './web-contact-settings.ts';
import { webImportMessages } from './web-import.ts';
import { webAppMessages } from './web-app.ts';
import { webAuditMessages } from './web-audit.ts';
import { webAuthMessages } from './web-auth.ts';
import { webDashboardMessages } from './web-dashboard.ts';
import { webFrontDeskMessages } from './web-front-desk.ts';
import { webLocationMessages } from './web-locations.ts';
import { webProfileMessages } from './web-profile.ts';
import { webSurveyMessages } from './web-surveys.ts';
import { webSurveyBuilderMessages } from './web-survey-builder.ts';
import { webSurveyResultsMessages } from './web-survey-results.ts';
import { webSurveyImportMessages } from './web-survey-import.ts';
import { webIndicatorMessages } from './web-indicators.ts';
import { webProgrammeMessages } from './web-programmes.ts';
import { webReportMessages } from './web-reports.ts';
import { webIndicatorBuilderMessages } from './web-indicator-builder.ts';
import { webProgrammeProgressMessages } from './web-programme-progress.ts';

/** Every message of the web app, one file per area. */
export const webMessages = {
  ...webAppMessages,
  ...webAuthMessages,
  ...webAdminMessages,
  ...webLocationMessages,
  ...webAuditMessages,
  ...webProfileMessages,
  ...webFrontDeskMessages,
  ...webActivityMessages,
  ...webActivityFormMessages,
  ...webDashboardMessages,
  ...webContactSettingsMessages,
  ...webImportMessages,
  ...webSurveyMessages,
  ...webSurveyBuilderMessages,
  ...webSurveyResultsMessages,
  ...webSurveyImportMessages,
  ...webIndicatorMessages,
  ...webProgrammeMessages,
  ...webReportMessages,
  ...webIndicatorBuilderMessages,
  ...webProgrammeProgressMessages,
} as const;
