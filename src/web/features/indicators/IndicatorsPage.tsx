import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { EditIndicatorPage } from './EditIndicatorPage.tsx';
import { IndicatorListPage } from './IndicatorListPage.tsx';
import { IndicatorValuePage } from './IndicatorValuePage.tsx';
import { NewIndicatorPage } from './NewIndicatorPage.tsx';
import './indicators.css';

/**
 * Indicators: /indicators (list), /indicators/values/:code (definition and value for a
 * period, by a breakdown), /indicators/new and /indicators/:id/edit (builder, only with
 * indicators.manage). `values/:code` comes before `:id/edit` so that a code "edit" still
 * finds its value page (ids are UUIDs).
 */
export function IndicatorsPage() {
  const { can } = useSession();
  const manage = can('indicators.manage');
  const back = <Navigate to="/indicators" replace />;
  return (
    <Routes>
      <Route index element={<IndicatorListPage />} />
      <Route path="new" element={manage ? <NewIndicatorPage /> : back} />
      <Route path="values/:code" element={<IndicatorValuePage />} />
      <Route path=":id/edit" element={manage ? <EditIndicatorPage /> : back} />
      <Route path="*" element={back} />
    </Routes>
  );
}
