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
  /** The way back (default "Go back"). */
  cancelLabel?: string;
  /** `danger` for what cannot be undone; `primary` to confirm something unusual. */
  confirmVariant?: 'danger' | 'primary';
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** Asks before a change that cannot be undone or is unusual; a refusal (e.g. a 409) is shown here, in the dialog. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel,
  confirmVariant = 'danger',
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
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
          variant={confirmVariant}
          pending={action.pending}
          onClick={() => void action.run(onConfirm)}
        >
          {confirmLabel}
        </Button>
        <Button variant="ghost" onClick={close}>
          {cancelLabel ?? t('activities.confirm.keep')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
