import { useId, useState } from 'react';
import { useT } from '../lib/i18n.tsx';
import { Button } from './Button.tsx';

interface SearchBoxProps {
  label: string;
  value: string;
  onSearch(value: string): void;
}

/** A search landmark: labelled input plus a submit button (Enter works too). */
export function SearchBox({ label, value, onSearch }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(value);
  return (
    <form
      role="search"
      className="searchbox"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="searchbox__row">
        <input
          id={id}
          type="search"
          className="input"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit">{t('search.submit')}</Button>
      </div>
    </form>
  );
}
