import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { ProgrammeDetailPage } from './ProgrammeDetailPage.tsx';
import { ProgrammeFormPage } from './ProgrammeFormPage.tsx';
import { ProgrammeListPage } from './ProgrammeListPage.tsx';
import './programmes.css';

/**
 * Programmes: /programmes (list), /programmes/new, /programmes/:id (detail, funders,
 * targets, progress) and /programmes/:id/edit. Reading needs aggregates.read (the route
 * guard), changing programmes.manage; a partner organisation only reads.
 */
export function ProgrammesPage() {
  const { can } = useSession();
  const manage = can('programmes.manage');
  const back = <Navigate to="/programmes" replace />;
  return (
    <Routes>
      <Route index element={<ProgrammeListPage />} />
      <Route path="new" element={manage ? <ProgrammeFormPage /> : back} />
      <Route path=":id" element={<ProgrammeDetailPage />} />
      <Route path=":id/edit" element={manage ? <ProgrammeFormPage /> : back} />
      <Route path="*" element={back} />
    </Routes>
  );
}
