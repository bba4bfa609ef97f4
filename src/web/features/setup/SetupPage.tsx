import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { focusMainHeading } from '../../lib/focus.ts';
import { useT } from '../../lib/i18n.tsx';
import type { SessionInfo } from '../../lib/session.tsx';
import { DemoAccounts, type DemoData } from './DemoAccounts.tsx';
import { SetupForm } from './SetupForm.tsx';

export interface SetupResult {
  session: SessionInfo;
  demo: DemoData | null;
}

/**
 * First run: the first organisation and its administrator (an installation admin),
 * optionally with the demo organisations. The demo password is shown here once.
 */
export function SetupPage({ onComplete }: { onComplete(session: SessionInfo): void }) {
  const t = useT();
  const [result, setResult] = useState<SetupResult | null>(null);

  if (result?.demo) {
    return (
      <>
        <PageHeader title={t('setup.done.title')} intro={t('setup.done.intro')} />
        <DemoAccounts demo={result.demo} onContinue={() => onComplete(result.session)} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('setup.title')} intro={t('setup.intro')} />
      <SetupForm
        onDone={(done) => {
          if (done.demo) {
            setResult(done);
            focusMainHeading();
          } else {
            onComplete(done.session);
          }
        }}
      />
    </>
  );
}
