import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Spinner } from '../components/Spinner.tsx';
import { useSession, type Permission } from '../lib/session.tsx';
import { ForbiddenPage } from './StatusPages.tsx';

/** Pages behind log-in: without a session, go to /login and come back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, endReason } = useSession();
  const location = useLocation();
  if (session === undefined) return <Spinner />;
  if (session === null) {
    const from = endReason === 'LOGGED_OUT' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from ? { from } : null} />;
  }
  return children;
}

/** The log-in page only for visitors; a logged-in user goes where they were heading. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) return <Spinner />;
  if (session) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from.startsWith('/') ? from : '/'} replace />;
  }
  return children;
}

/** A page that needs a permission (or the installation admin flag). */
export function RequirePermission({
  permission,
  installationAdmin,
  children,
}: {
  permission?: Permission;
  installationAdmin?: boolean;
  children: ReactNode;
}) {
  const { session, can } = useSession();
  const allowed = installationAdmin
    ? Boolean(session?.user.isInstallationAdmin)
    : permission
      ? can(permission)
      : true;
  return allowed ? children : <ForbiddenPage />;
}
