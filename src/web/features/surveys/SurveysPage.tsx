import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { EditSurveyPage } from './EditSurveyPage.tsx';
import { NewSurveyPage } from './NewSurveyPage.tsx';
import { SurveyDetailPage } from './SurveyDetailPage.tsx';
import { SurveyListPage } from './SurveyListPage.tsx';
import { SurveyPosterPage } from './SurveyPosterPage.tsx';
import './surveys.css';

/**
 * Questionnaires: /surveys (list and privacy setting), /surveys/new, /surveys/:id (detail,
 * links, QR code), /surveys/:id/edit (builder) and /surveys/:id/poster. Building and
 * changing need surveys.manage. Results and import are pages of their own.
 */
export function SurveysPage() {
  const { can } = useSession();
  const manage = can('surveys.manage');
  const back = <Navigate to="/surveys" replace />;
  return (
    <Routes>
      <Route index element={<SurveyListPage />} />
      <Route path="new" element={manage ? <NewSurveyPage /> : back} />
      <Route path=":id" element={<SurveyDetailPage />} />
      <Route path=":id/edit" element={manage ? <EditSurveyPage /> : back} />
      <Route path=":id/poster" element={<SurveyPosterPage />} />
      <Route path="*" element={back} />
    </Routes>
  );
}
