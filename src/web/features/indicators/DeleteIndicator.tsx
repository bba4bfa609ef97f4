import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormActions } from '../../components/Form.tsx';
import { useAction } from '../../lib/action.ts';
import { api } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';

/**
 * "Delete" and its confirmation dialog. The server refuses an indicator that programme
 * targets use (INDICATOR_IN_USE): the translated refusal shows in the dialog.
 */
export function DeleteIndicator({ id, label }: { id: string; label: string }) {
  const t = useT();
  const navigate = useNavigate();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const close = () => {
    action.clear();
    setOpen(false);
  };
  const remove = async () => {
    await api.delete(`/api/indicators/${id}`);
    setOpen(false);
    navigate('/indicators', { state: { notice: t('indicators.deleted', { label }) } });
  };
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('indicators.delete')}
      </Button>
      <Dialog open={open} title={t('indicators.delete.title')} onClose={close}>
        <p>{t('indicators.delete.message', { label })}</p>
        <ErrorAlert error={action.error} />
        <FormActions>
          <Button variant="danger" pending={action.pending} onClick={() => void action.run(remove)}>
            {t('indicators.delete.confirm')}
          </Button>
          <Button variant="ghost" onClick={close}>
            {t('indicators.delete.keep')}
          </Button>
        </FormActions>
      </Dialog>
    </>
  );
}
