import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../components/Button.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { SetupPage } from '../features/setup/SetupPage.tsx';
import { api } from '../lib/api.ts';
import { focusMainHeading } from '../lib/focus.ts';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { PublicLayout } from './PublicLayout.tsx';

/** While the installation has no user yet, every address shows the first-run set-up. */
export function SetupGate({ children }: { children: ReactNode }) {
  const t = useT();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [needed, setNeeded] = useState<boolean | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api.get<{ needed: boolean }>('/api/setup').then(
      (status) => !cancelled && setNeeded(status.needed),
      (failure: unknown) => !cancelled && setError(failure),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  if (error) {
    return (
      <PublicLayout>
        <PageHeader title={t('app.unavailable.title')} />
        <ErrorAlert error={error} />
        <Button
          variant="primary"
          onClick={() => {
            setError(null);
            setAttempt((n) => n + 1);
          }}
        >
          {t('app.retry')}
        </Button>
      </PublicLayout>
    );
  }
  if (needed === undefined) return <Spinner />;
  if (!needed) return children;
  return (
    <PublicLayout>
      <SetupPage
        onComplete={(session) => {
          setSession(session);
          setNeeded(false);
          navigate('/', { replace: true });
          focusMainHeading();
        }}
      />
    </PublicLayout>
  );
}
