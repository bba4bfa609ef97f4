import { useId, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { api } from '../../lib/api.ts';
import { useAction } from '../../lib/action.ts';
import { useT } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import type { Programme } from '../../../shared/schemas/programmes.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

interface PartnershipNoticeProps {
  programme: Programme;
  /** After accepting: the page reloads the programme. */
  onAccepted(): void;
  /** After declining: the programme is out of reach, the page leaves. */
  onDeclined(): void;
}

/**
 * The owner's invitation, as the invited partner organisation sees it: what accepting
 * shares (numbers only) and, for its org admins and coordinators, Accept and Decline (decline
 * asks first). Other users are told who can answer.
 */
export function PartnershipNotice({ programme, onAccepted, onDeclined }: PartnershipNoticeProps) {
  const t = useT();
  const { can } = useSession();
  const headingId = useId();
  const action = useAction();
  const [declining, setDeclining] = useState(false);
  const answer = (accept: boolean) =>
    api.post(`/api/programmes/${programme.id}/partnership`, { accept });
  const owner = programme.owner.name;

  return (
    <section className="card partnership-notice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('programmes.partnership.title', { owner })}</h2>
      <p>{t('programmes.partnership.body')}</p>
      {can('programmes.manage') ? (
        <>
          <ErrorAlert error={action.error} />
          <div className="row-actions">
            <Button
              pending={action.pending}
              onClick={() =>
                void action.run(async () => {
                  await answer(true);
                  onAccepted();
                })
              }
            >
              {t('programmes.partnership.accept')}
            </Button>
            <Button variant="danger" onClick={() => setDeclining(true)}>
              {t('programmes.partnership.decline')}
            </Button>
          </div>
        </>
      ) : (
        <p className="muted">{t('programmes.partnership.whoAnswers')}</p>
      )}
      <ConfirmDialog
        open={declining}
        title={t('programmes.partnership.confirmDecline.title')}
        message={t('programmes.partnership.confirmDecline.body', {
          name: programme.name,
          owner,
        })}
        confirmLabel={t('programmes.partnership.decline')}
        onClose={() => setDeclining(false)}
        onConfirm={async () => {
          await answer(false);
          onDeclined();
        }}
      />
    </section>
  );
}
