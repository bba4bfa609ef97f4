import { useId, type ReactNode } from 'react';
import { Badge } from '../../components/Badge.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { Programme } from '../../../shared/schemas/programmes.ts';
import { useProgrammeFormat } from './numbers.ts';

/**
 * The programme's description, owner, period, budget and partners (each with its answer:
 * invited or accepted) as a description list.
 */
export function ProgrammeFacts({ programme }: { programme: Programme }) {
  const t = useT();
  const format = useProgrammeFormat();
  const rows: (readonly [string, ReactNode])[] = [
    [t('programmes.field.owner'), programme.owner.name],
    [t('programmes.field.period'), format.period(programme.periodStart, programme.periodEnd)],
    [
      t('programmes.field.budget'),
      programme.budget === null ? t('programmes.budget.none') : format.money(programme.budget),
    ],
    [
      t('programmes.field.partners'),
      programme.partners.length ? (
        <ul className="programme-partners">
          {programme.partners.map((partner) => (
            <li key={partner.id}>
              {partner.name}{' '}
              <Badge tone={partner.status === 'accepted' ? 'success' : 'warning'}>
                {t(`programmes.partnerStatus.${partner.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        t('programmes.partners.noneChosen')
      ),
    ],
  ];
  return (
    <section className="card">
      {programme.description ? (
        <p className="programme-description">{programme.description}</p>
      ) : null}
      <dl className="programme-details">
        {rows.map(([label, value]) => (
          <div className="programme-details__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Funders with their amounts per year, a total per funder and a total row (funding per year). */
export function FundingSection({ programme }: { programme: Programme }) {
  const t = useT();
  const format = useProgrammeFormat();
  const headingId = useId();
  const captionId = useId();
  const years = programme.fundingByYear.map((entry) => entry.year).sort((a, b) => a - b);
  const amountIn = (amounts: readonly { year: number; amount: number }[], year: number) => {
    const found = amounts.find((entry) => entry.year === year);
    return found ? format.money(found.amount) : '—';
  };
  const total = programme.fundingByYear.reduce((sum, entry) => sum + entry.amount, 0);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('programmes.funding.title')}</h2>
      {programme.funders.length === 0 ? (
        <p className="muted">{t('programmes.funding.none')}</p>
      ) : (
        <>
          <p>
            {programme.budget === null
              ? t('programmes.funding.total', { total: format.money(total) })
              : t('programmes.funding.totalOfBudget', {
                  total: format.money(total),
                  budget: format.money(programme.budget),
                })}
          </p>
          <ScrollRegion labelledBy={captionId}>
            <table className="table table--figures">
              <caption id={captionId}>{t('programmes.funding.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('programmes.funders.name')}</th>
                  {years.map((year) => (
                    <th scope="col" key={year}>
                      {year}
                    </th>
                  ))}
                  <th scope="col">{t('programmes.funding.totalColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {programme.funders.map((funder, index) => (
                  <tr key={`${index}-${funder.name}`}>
                    <th scope="row">{funder.name}</th>
                    {years.map((year) => (
                      <td key={year}>{amountIn(funder.amounts, year)}</td>
                    ))}
                    <td>{format.money(funder.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('programmes.funding.perYear')}</th>
                  {years.map((year) => (
                    <td key={year}>{amountIn(programme.fundingByYear, year)}</td>
                  ))}
                  <td>{format.money(total)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
