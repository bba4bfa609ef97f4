import { useCallback, useState } from 'react';

/**
 * Runs one user action at a time (a button, not a form): the pending flag disables the
 * control, a failure is kept for an Alert, a success message for a status line.
 */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(async (action: () => Promise<void>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setPending(false);
    }
  }, []);

  return { run, pending, error, clear: useCallback(() => setError(null), []) };
}
