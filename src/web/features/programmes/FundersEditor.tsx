import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import { rowKey, type FunderDraft } from './programme-form.ts';

interface FundersEditorProps {
  id: string;
  funders: FunderDraft[];
  /** The new list; `path` names the one field typed in (its issue goes), none for a new or removed row. */
  onChange(funders: FunderDraft[], path?: string): void;
  /** The translated issue at an API path (`funders.0.amounts.1.year`). */
  issueAt(path: string): string | undefined;
}

/**
 * Funders (e.g. ESF+ co-financing), each a name and amounts per year; rows are added and
 * removed with buttons, and the focus goes to the new row or back to the add button.
 */
export function FundersEditor({ id, funders, onChange, issueAt }: FundersEditorProps) {
  const t = useT();
  // After adding or removing a row, the focus moves once the list has rendered.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const setFocusId = (focusId: string) => {
    focusNext.current = focusId;
  };

  const update = (f: number, change: Partial<FunderDraft>, path?: string) =>
    onChange(
      funders.map((funder, i) => (i === f ? { ...funder, ...change } : funder)),
      path,
    );
  const addFunder = () => {
    onChange([...funders, { key: rowKey(), name: '', amounts: [] }]);
    setFocusId(`${id}-${funders.length}-name`);
  };
  const removeFunder = (f: number) => {
    onChange(funders.filter((_, i) => i !== f));
    setFocusId(`${id}-add`);
  };

  return (
    <fieldset className="fieldset funders" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('programmes.field.funders')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('programmes.funders.hint')}
      </p>
      {funders.map((funder, f) => {
        const amounts = funder.amounts;
        const setAmount = (a: number, field: 'year' | 'amount', text: string) =>
          update(
            f,
            { amounts: amounts.map((row, i) => (i === a ? { ...row, [field]: text } : row)) },
            `funders.${f}.amounts.${a}.${field}`,
          );
        return (
          <fieldset className="fieldset funder" key={funder.key}>
            <legend className="funder__legend">
              {t('programmes.funders.funder', { number: f + 1 })}
            </legend>
            <TextField
              id={`${id}-${f}-name`}
              label={t('programmes.funders.name')}
              value={funder.name}
              required
              autoComplete="off"
              error={issueAt(`funders.${f}.name`)}
              onChange={(name) => update(f, { name }, `funders.${f}.name`)}
            />
            <fieldset className="fieldset funder__amounts">
              <legend className="field__label">{t('programmes.funders.amounts')}</legend>
              {amounts.map((row, a) => (
                <div className="funder__amount" key={row.key}>
                  <TextField
                    id={`${id}-${f}-${a}-year`}
                    label={t('programmes.funders.year')}
                    value={row.year}
                    inputMode="numeric"
                    autoComplete="off"
                    className="funder__year"
                    error={issueAt(`funders.${f}.amounts.${a}.year`)}
                    onChange={(text) => setAmount(a, 'year', text)}
                  />
                  <TextField
                    id={`${id}-${f}-${a}-amount`}
                    label={t('programmes.funders.amount')}
                    value={row.amount}
                    inputMode="decimal"
                    autoComplete="off"
                    error={issueAt(`funders.${f}.amounts.${a}.amount`)}
                    onChange={(text) => setAmount(a, 'amount', text)}
                  />
                  <Button
                    size="small"
                    variant="ghost"
                    onClick={() => {
                      update(f, { amounts: amounts.filter((_, i) => i !== a) });
                      setFocusId(`${id}-${f}-add-year`);
                    }}
                  >
                    {t('programmes.funders.removeYear')}
                    <span className="visually-hidden">
                      {' '}
                      {t('programmes.funders.yearRow', { row: a + 1, number: f + 1 })}
                    </span>
                  </Button>
                </div>
              ))}
              <Button
                id={`${id}-${f}-add-year`}
                size="small"
                onClick={() => {
                  update(f, {
                    amounts: [...amounts, { key: rowKey(), year: '', amount: '' }],
                  });
                  setFocusId(`${id}-${f}-${amounts.length}-year`);
                }}
              >
                {t('programmes.funders.addYear')}
                <span className="visually-hidden">
                  {' '}
                  {t('programmes.funders.funder', { number: f + 1 })}
                </span>
              </Button>
            </fieldset>
            <Button size="small" variant="danger" onClick={() => removeFunder(f)}>
              {t('programmes.funders.remove', { number: f + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <Button id={`${id}-add`} onClick={addFunder}>
        {t('programmes.funders.add')}
      </Button>
    </fieldset>
  );
}
