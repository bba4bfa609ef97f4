import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Permission } from '../../core/organisations/roles.ts';
import type { SessionInfo } from '../../shared/schemas/auth.ts';
import { api, isApiError, onSessionLost, setCsrfToken } from './api.ts';
import { useI18n, type UiLanguage } from './i18n.tsx';

export type { SessionInfo, Permission };

export interface SessionContextValue {
  /** undefined while loading, null when nobody is logged in. */
  session: SessionInfo | null | undefined;
  /** Why the last session ended: an error code (SESSION_EXPIRED …) or LOGGED_OUT; shown on the log-in page. */
  endReason: string | null;
  setSession(session: SessionInfo | null): void;
  login(email: string, password: string): Promise<SessionInfo>;
  logout(): Promise<void>;
  switchOrganisation(organisationId: string): Promise<void>;
  /** Reloads the session (after a change to the user's organisations or profile). */
  refresh(): Promise<void>;
  changeLanguage(language: UiLanguage): Promise<void>;
  /** True when the user may do `permission` in the current organisation. */
  can(permission: Permission): boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLang } = useI18n();
  const [session, setSessionState] = useState<SessionInfo | null | undefined>(undefined);
  const [endReason, setEndReason] = useState<string | null>(null);

  const setSession = useCallback(
    (next: SessionInfo | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      if (next) {
        setLang(next.user.language);
        setEndReason(null);
      }
      setSessionState(next);
    },
    [setLang],
  );

  useEffect(() => {
    let cancelled = false;
    api.get<SessionInfo>('/api/auth/session', undefined, { quiet401: true }).then(
      (loaded) => !cancelled && setSession(loaded),
      (error: unknown) => {
        if (cancelled) return;
        if (isApiError(error) && error.code === 'SESSION_EXPIRED') setEndReason(error.code);
        setSession(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [setSession]);

  useEffect(() => {
    onSessionLost((code) => {
      setEndReason(code);
      setSession(null);
    });
    return () => onSessionLost(null);
  }, [setSession]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      endReason,
      setSession,
      async login(email, password) {
        const loaded = await api.post<SessionInfo>(
          '/api/auth/login',
          { email, password },
          { quiet401: true },
        );
        setSession(loaded);
        return loaded;
      },
      async logout() {
        try {
          await api.post('/api/auth/logout');
        } finally {
          setEndReason('LOGGED_OUT');
          setSession(null);
        }
      },
      async switchOrganisation(organisationId) {
        setSession(await api.put<SessionInfo>('/api/auth/organisation', { organisationId }));
      },
      async refresh() {
        setSession(await api.get<SessionInfo>('/api/auth/session'));
      },
      async changeLanguage(language) {
        if (!session) return setLang(language);
        await api.patch('/api/me', { language });
        setSession({ ...session, user: { ...session.user, language } });
      },
      can: (permission) =>
        Boolean(
          session && (session.user.isInstallationAdmin || session.permissions.includes(permission)),
        ),
    }),
    [session, endReason, setSession, setLang],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The logged-in session, for pages behind the log-in guard. */
export function useRequiredSession(): SessionInfo {
  const { session } = useSession();
  if (!session) throw new Error('useRequiredSession without a session');
  return session;
}
