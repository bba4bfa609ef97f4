import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { IndicatorValue } from '../../../shared/schemas/indicators.ts';
import { definitionOf, type Draft } from './builder-model.ts';
import { useIndicatorText } from './describe.ts';
import type { IndicatorBuilderState } from './use-indicator-builder.ts';
import { useDateText } from './ValueResult.tsx';

/**
 * "Preview": the draft evaluated for this year up to today without saving it. The figure
 * belongs to the draft it was computed for; any change hides it until the next preview.
 */
export function PreviewPanel({
  builder,
  today,
}: {
  builder: IndicatorBuilderState;
  today: string;
}) {
  const { t, format } = useI18n();
  const text = useIndicatorText();
  const dateText = useDateText();
  const [preview, setPreview] = useState<{ draft: Draft; result: IndicatorValue } | null>(null);
  const shown = preview?.draft === builder.draft ? preview.result : null;
  const run = () =>
    builder.preview(async (draft) => {
      const result = await api.post<IndicatorValue>('/api/indicators/evaluate', {
        ...definitionOf(draft, builder.hasList),
        from: `${today.slice(0, 4)}-01-01`,
        to: today,
      });
      setPreview({ draft, result });
    });
  return (
    <section className="card" aria-labelledby="ib-preview">
      <h2 id="ib-preview">{t('indicators.preview.title')}</h2>
      <p className="field__hint">{t('indicators.preview.hint')}</p>
      <p>
        <Button pending={builder.previewing} onClick={() => void run()}>
          {t('indicators.preview.run')}
        </Button>
      </p>
      <p role="status" className="indicator-preview">
        {shown ? (
          <>
            {t('indicators.value.total', { from: dateText(shown.from), to: dateText(shown.to) })}{' '}
            <strong data-testid="indicator-preview">{format.number(shown.value)}</strong>
            {builder.draft.unit ? ` ${text.unit(builder.draft.unit)}` : ''}
          </>
        ) : null}
      </p>
    </section>
  );
}
