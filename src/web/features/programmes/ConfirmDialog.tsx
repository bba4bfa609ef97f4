import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormActions } from '../../components/Form.tsx';
import { useAction } from '../../lib/action.ts';
import { useT } from '../../lib/i18n.tsx';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** Asks before deleting; a refusal (e.g. a 403 or 409) is shown in the dialog, translated. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, message, confirmLabel, onConfirm, onClose } = props;
  const t = useT();
  const action = useAction();
  const close = () => {
    action.clear();
    onClose();
  };
  return (
    <Dialog open={open} title={title} onClose={close}>
      <p>{message}</p>
      <ErrorAlert error={action.error} />
      <FormActions>
        <Button
          variant="danger"
          pending={action.pending}
          onClick={() => void action.run(onConfirm)}
        >
          {confirmLabel}
        </Button>
        <Button variant="ghost" onClick={close}>
          {t('programmes.confirm.keep')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
