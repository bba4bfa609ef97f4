import { useEffect, useId, useRef } from 'react';
import { CONTACT_TYPES, type ContactType } from '../../../core/contacts/model.ts';
import { useT } from '../../lib/i18n.tsx';

const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range']);

/** True while the user types somewhere a digit means something (a field, a select, an editor). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return false;
}

/** The shortcut of each type: 1 for the first, … 5 for the last. */
const shortcutOf = (index: number) => String(index + 1);

interface TypeButtonsProps {
  onRecord(type: ContactType): void;
  pending: ContactType | null;
}

/**
 * The five contact types as large buttons; a press records at once. Keys 1–5 do the same
 * anywhere on the page except while typing in a field or when a dialog is open.
 */
export function TypeButtons({ onRecord, pending }: TypeButtonsProps) {
  const t = useT();
  const id = useId();
  const record = useRef(onRecord);
  useEffect(() => {
    record.current = onRecord;
  }, [onRecord]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const index = CONTACT_TYPES.findIndex((_, i) => shortcutOf(i) === event.key);
      if (index < 0) return;
      event.preventDefault();
      record.current(CONTACT_TYPES[index]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="front-desk__types" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('frontDesk.types')}</h2>
      <p className="field__hint">{t('frontDesk.types.hint')}</p>
      <div className="type-buttons">
        {CONTACT_TYPES.map((type, index) => (
          <button
            key={type}
            type="button"
            className="type-button"
            aria-keyshortcuts={shortcutOf(index)}
            aria-busy={pending === type || undefined}
            onClick={() => onRecord(type)}
          >
            <kbd className="type-button__key">{shortcutOf(index)}</kbd>
            <span className="type-button__label">{t(`contactType.${type}`)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
