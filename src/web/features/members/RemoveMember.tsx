import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormActions } from '../../components/Form.tsx';
import { useAction } from '../../lib/action.ts';
import { api } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import type { Member } from '../../../shared/schemas/organisations.ts';

/** Confirms the removal; a LAST_ADMIN refusal is shown here, in the dialog. */
export function RemoveMember({
  member,
  organisation,
  onRemoved,
  onCancel,
}: {
  member: Member;
  organisation: string;
  onRemoved(): void;
  onCancel(): void;
}) {
  const t = useT();
  const action = useAction();
  return (
    <div>
      <p>{t('members.remove.confirm', { name: member.name, organisation })}</p>
      <ErrorAlert error={action.error} />
      <FormActions>
        <Button
          variant="danger"
          pending={action.pending}
          onClick={() =>
            void action.run(async () => {
              await api.delete(`/api/members/${member.userId}`);
              onRemoved();
            })
          }
        >
          {t('members.remove')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('action.cancel')}
        </Button>
      </FormActions>
    </div>
  );
}
