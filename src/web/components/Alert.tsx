import { forwardRef, type ReactNode } from 'react';

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
  /** Lets a form focus its summary (tabIndex -1). */
  focusable?: boolean;
  className?: string;
}

/** Errors are role="alert" (assertive); everything else role="status" (polite). */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { tone = 'info', title, children, focusable, className },
  ref,
) {
  return (
    <div
      ref={ref}
      className={`alert alert--${tone} ${className ?? ''}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={focusable ? -1 : undefined}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
});
