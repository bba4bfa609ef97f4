import type { Ref } from 'react';

/**
 * The trap for bots: a text field named "website" that people never see nor reach with
 * the keyboard (off-screen, hidden from assistive technology, out of the tab order, no
 * autofill). Anything typed in it is sent as `website`, and the server drops the answer.
 */
export function Honeypot({ ref, label }: { ref: Ref<HTMLInputElement>; label: string }) {
  return (
    <div className="sf-honeypot" aria-hidden="true">
      <label>
        {label}
        <input
          ref={ref}
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </label>
    </div>
  );
}
