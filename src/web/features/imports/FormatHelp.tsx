import { useId } from 'react';
import { ScrollingPre } from '../../components/ScrollRegion.tsx';
import { Table } from '../../components/Table.tsx';
import { useT } from '../../lib/i18n.tsx';

const COLUMNS = [
  'date',
  'type',
  'count',
  'theme',
  'language',
  'channel',
  'time',
  'location',
  'municipality',
  'tags',
  'activity',
  'external_id',
] as const;

const EXAMPLE = [
  ['date', 'type', 'count', 'theme', 'language', 'location', 'tags', 'activity', 'external_id'],
  ['14/03/2025', 'individual_advice', '1', 'work', 'fr', 'onthaal', 'ukrainian', '', 'BP-0001'],
  ['14/03/2025', 'collective_activity', '12', 'learn', 'nl', '', '', 'WS-2025-03', 'BP-0002'],
  ['2025-03-15', 'outreach', '35', '', 'fr', '', 'neet_referral|ukrainian', 'TRUCK-7', 'BP-0003'],
];

/** How the file must look: the columns, and one example in each delimiter. */
export function FormatHelp() {
  const t = useT();
  const id = useId();
  return (
    <section className="card stack" aria-labelledby="import-format-title">
      <h2 id="import-format-title">{t('import.format.title')}</h2>
      <p>{t('import.format.intro')}</p>
      <Table
        caption={t('import.format.caption')}
        captionHidden
        columns={[
          {
            key: 'column',
            header: t('import.format.column'),
            rowHeader: true,
            cell: (c) => (
              <>
                <code>{c}</code>
                {c === 'date' || c === 'type' ? ` ${t('import.format.required')}` : ''}
              </>
            ),
          },
          {
            key: 'meaning',
            header: t('import.format.meaning'),
            cell: (c) => t(`import.format.col.${c}`),
          },
        ]}
        rows={COLUMNS}
        rowKey={(c) => c}
        empty=""
      />
      <p id={`${id}-semicolon`}>{t('import.format.exampleSemicolon')}</p>
      <ScrollingPre className="csv-example" labelledBy={`${id}-semicolon`}>
        {EXAMPLE.map((row) => row.join(';')).join('\n')}
      </ScrollingPre>
      <p id={`${id}-comma`}>{t('import.format.exampleComma')}</p>
      <ScrollingPre className="csv-example" labelledBy={`${id}-comma`}>
        {EXAMPLE.map((row) => row.join(',')).join('\n')}
      </ScrollingPre>
    </section>
  );
}
