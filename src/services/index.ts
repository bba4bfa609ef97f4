import type { ServiceDeps } from './deps.ts';
import { createActivityService } from './activities.ts';
import { createContactSettingsService } from './activity-kinds.ts';
import { createAuditService } from './audit.ts';
import { createContactService } from './contacts/service.ts';
import { createContactStatsService } from './contacts/stats.ts';
import { createDashboardExportService } from './contacts/dashboard-export.ts';
import { createAuthService } from './auth.ts';
import { createImportService } from './imports/service.ts';
import { createLocationService } from './locations.ts';
import { createMeService } from './me.ts';
import { createMemberService } from './members.ts';
import { createOrganisationService } from './organisations.ts';
import { createSetupService } from './setup.ts';
import { createUserService } from './users.ts';
import { createPublicSurveyService } from './surveys/public.ts';
import { createSurveyResultsService } from './surveys/results.ts';
import { createSurveyService } from './surveys/service.ts';
import { createIndicatorService } from './indicators/service.ts';
import { createProgrammeService } from './programmes/service.ts';
import { createReportService } from './reports/service.ts';

/** The one wiring file: every use case, built from the same narrow dependencies. */
export function createServices(deps: ServiceDeps) {
  const auth = createAuthService(deps);
  return {
    auth,
    me: createMeService(deps, {
      endSessionsOf: (userId, except) => auth.endSessionsOf(userId, except),
      verifyCurrentPassword: (userId, password, address) =>
        auth.verifyCurrentPassword(userId, password, address),
    }),
    setup: createSetupService(deps),
    organisations: createOrganisationService(deps),
    members: createMemberService(deps),
    users: createUserService(deps, { endSessionsOf: (userId) => auth.endSessionsOf(userId) }),
    locations: createLocationService(deps),
    audit: createAuditService(deps),
    contacts: createContactService(deps),
    contactStats: createContactStatsService(deps),
    dashboardExport: createDashboardExportService(deps),
    activities: createActivityService(deps),
    contactSettings: createContactSettingsService(deps),
    imports: createImportService(deps),
    surveys: createSurveyService(deps),
    publicSurveys: createPublicSurveyService(deps),
    surveyResults: createSurveyResultsService(deps),
    indicators: createIndicatorService(deps),
    programmes: createProgrammeService(deps),
    reports: createReportService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { ServiceDeps } from './deps.ts';
