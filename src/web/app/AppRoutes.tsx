import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ActivitiesPage } from '../features/activities/ActivitiesPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { ContactSettingsPage } from '../features/contact-settings/ContactSettingsPage.tsx';
import { ContactsPage } from '../features/contacts/ContactsPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { FrontDeskPage } from '../features/front-desk/FrontDeskPage.tsx';
import { ImportContactsPage } from '../features/imports/ImportContactsPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { LocationsPage } from '../features/locations/LocationsPage.tsx';
import { LoginPage } from '../features/login/LoginPage.tsx';
import { MembersPage } from '../features/members/MembersPage.tsx';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { ImportSurveyPage } from '../features/survey-import/ImportSurveyPage.tsx';
import { SurveyResultsPage } from '../features/survey-results/SurveyResultsPage.tsx';
import { SurveysPage } from '../features/surveys/SurveysPage.tsx';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage.tsx';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage.tsx';
import { AnnualReportPage } from '../features/reports/AnnualReportPage.tsx';
import type { Permission } from '../lib/session.tsx';
import { AppLayout } from './AppLayout.tsx';
import { PublicOnly, RequirePermission, RequireSession } from './guards.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { NotFoundPage } from './StatusPages.tsx';

const needs = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <PublicOnly>
            <PublicLayout>
              <LoginPage />
            </PublicLayout>
          </PublicOnly>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="front-desk" element={needs('contacts.record', <FrontDeskPage />)} />
        <Route path="dashboard" element={needs('aggregates.read', <DashboardPage />)} />
        <Route path="activities/*" element={needs('aggregates.read', <ActivitiesPage />)} />
        <Route path="contacts" element={needs('personal_data.read', <ContactsPage />)} />
        <Route path="import" element={needs('contacts.import', <ImportContactsPage />)} />
        <Route
          path="settings/contacts"
          element={needs('contacts.configure', <ContactSettingsPage />)}
        />
        <Route path="surveys/import" element={needs('surveys.import', <ImportSurveyPage />)} />
        <Route
          path="surveys/:id/results"
          element={needs('aggregates.read', <SurveyResultsPage />)}
        />
        <Route path="surveys/*" element={needs('aggregates.read', <SurveysPage />)} />
        <Route path="indicators/*" element={needs('aggregates.read', <IndicatorsPage />)} />
        <Route path="programmes/*" element={needs('aggregates.read', <ProgrammesPage />)} />
        <Route path="reports/annual" element={needs('aggregates.read', <AnnualReportPage />)} />
        <Route path="locations" element={needs('locations.read', <LocationsPage />)} />
        <Route path="members" element={needs('members.manage', <MembersPage />)} />
        <Route path="audit" element={needs('audit.read', <AuditPage />)} />
        <Route path="organisations" element={needs('organisation.manage', <OrganisationsPage />)} />
        <Route
          path="users"
          element={
            <RequirePermission installationAdmin>
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
