import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useRequiredSession } from '../../lib/session.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { TokensSection } from './TokensSection.tsx';

/** The signed-in user's name and language, password, and personal API tokens. */
export function ProfilePage() {
  const t = useT();
  const session = useRequiredSession();
  // A new password revokes the API tokens: the list is loaded afresh.
  const [tokensVersion, setTokensVersion] = useState(0);
  return (
    <>
      <PageHeader
        title={t('profile.title')}
        intro={t('profile.intro', { email: session.user.email })}
      />
      <div className="stack">
        <ProfileForm />
        <PasswordForm onChanged={() => setTokensVersion((v) => v + 1)} />
        <TokensSection key={tokensVersion} />
      </div>
    </>
  );
}
