import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormActions } from '../../components/Form.tsx';
import { useAction } from '../../lib/action.ts';
import { api } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import type { Contact } from '../../../shared/schemas/contacts.ts';

/** Confirms the removal of an entry; a refusal (correction window closed) shows here. */
export function DeleteContact({
  contact,
  onDeleted,
  onCancel,
}: {
  contact: Contact;
  onDeleted(): void;
  onCancel(): void;
}) {
  const t = useT();
  const action = useAction();
  return (
    <div>
      <p>
        {t('contacts.delete.confirm', {
          count: contact.count,
          type: t(`contactType.${contact.type}`),
        })}
      </p>
      <ErrorAlert error={action.error} />
      <FormActions>
        <Button
          variant="danger"
          pending={action.pending}
          onClick={() =>
            void action.run(async () => {
              await api.delete(`/api/contacts/${contact.id}`);
              onDeleted();
            })
          }
        >
          {t('contacts.delete')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('action.cancel')}
        </Button>
      </FormActions>
    </div>
  );
}
