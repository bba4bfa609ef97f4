import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../lib/i18n.tsx';

const FIRST_FIELD = '.dialog__body :is(input, select, textarea, button):not([disabled])';

interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal native <dialog>: the browser traps focus, Escape closes it and focus returns
 * to the control that opened it. Focus starts in the first field of the body.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start in the first field rather than on the close button.
      dialog.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <div className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="dialog__close"
              onClick={onClose}
              aria-label={t('dialog.close')}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="dialog__body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
