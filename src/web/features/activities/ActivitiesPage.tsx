import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { ActivityDetailPage } from './ActivityDetailPage.tsx';
import { ActivityFormPage } from './ActivityFormPage.tsx';
import { ActivityListPage } from './ActivityListPage.tsx';
import './activities.css';

/**
 * /activities (list), /activities/new (plan), /activities/:id (detail, attendance) and
 * /activities/:id/edit. Planning and changing need activities.manage.
 */
export function ActivitiesPage() {
  const { can } = useSession();
  const manage = can('activities.manage');
  const back = <Navigate to="/activities" replace />;
  return (
    <Routes>
      <Route index element={<ActivityListPage />} />
      <Route path="new" element={manage ? <ActivityFormPage /> : back} />
      <Route path=":id" element={<ActivityDetailPage />} />
      <Route path=":id/edit" element={manage ? <ActivityFormPage /> : back} />
      <Route path="*" element={back} />
    </Routes>
  );
}
