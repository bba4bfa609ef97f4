import type { Executor } from '../../db/client.ts';
import {
  programmeFunders,
  programmePartners,
  programmes,
  programmeTargets,
  reportNarratives,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { DEMO_ORGANISATIONS } from './data.ts';
import { WALK_IN_NARRATIVES } from './narratives.ts';
import { WALK_IN_CENTRE } from './walk-in-load.ts';

/**
 * The demo's programmes: Actiris's NEET partnership (seed 001) and the walk-in centre's
 * yearly targets (seed 000), with the walk-in centre's 2023 report introduction. Written
 * straight into the programme tables in the demo's transaction, as the programme service
 * would write them for the owner.
 */
export interface DemoTarget {
  indicator: string;
  target: number;
  periodStart: string;
  deadline: string;
  /** Slug of a partner of the programme, for a target of that partner alone. */
  partner?: string;
  year?: number;
}

export interface DemoProgramme {
  owner: string;
  name: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  budget: number | null;
  /** Slugs of partner organisations. */
  partners: string[];
  funders: { name: string; amounts: { year: number; amount: number }[] }[];
  targets: DemoTarget[];
}

const NEET_YEARS = [2024, 2025, 2026, 2027];
const perYear = (amount: number) => NEET_YEARS.map((year) => ({ year, amount }));
const whole = (indicator: string, target: number, extra: Partial<DemoTarget> = {}) => ({
  indicator,
  target,
  periodStart: '2024-01-01',
  deadline: '2027-12-31',
  ...extra,
});

/**
 * Seed 001: €1,650,000 a year from 2024 to 2027, co-financed by ESF+ (40% here), 3,000
 * young people in a NEET situation guided towards work with seven partners. Until the
 * trajectories issue brings participants and their trajectories, the only honest measure
 * of the partners' work is the contacts they record with those young people
 * (`contacts_total`); the targets move to a participant-based indicator then. The demo's
 * partners record such contacts (`neet-partners.ts`): together on track, 2024 met,
 * InBrussel ahead of its own target and JES a little short of its own.
 */
export const NEET_PROGRAMME: DemoProgramme = {
  owner: 'actiris',
  name: 'Partenariat NEET 2024–2027',
  description:
    'Accompagner 3 000 jeunes en situation NEET vers l’emploi avec sept partenaires, en cofinancement avec le FSE+.',
  periodStart: '2024-01-01',
  periodEnd: '2027-12-31',
  budget: 6_600_000,
  partners: DEMO_ORGANISATIONS.filter((o) => o.kind === 'partner').map((o) => o.slug),
  funders: [
    { name: 'ESF+', amounts: perYear(660_000) },
    { name: 'Actiris', amounts: perYear(990_000) },
  ],
  targets: [
    whole('contacts_total', 3_000),
    whole('contacts_total', 750, { periodStart: '2024-01-01', deadline: '2024-12-31', year: 2024 }),
    whole('contacts_total', 450, { partner: 'inbrussel' }),
    whole('contacts_total', 400, { partner: 'jes' }),
  ],
};

const WALK_IN_YEARS = [2023, 2024, 2025, 2026, 2027];
/** Yearly targets of contacts and of collective participants (demo 2023: 65,654 and 18,062). */
const YEARLY: Record<number, [contacts: number, collective: number]> = {
  2023: [65_000, 18_000],
  2024: [70_000, 20_000],
  2025: [70_000, 20_000],
  2026: [72_000, 20_000],
  2027: [72_000, 21_000],
};

/** The walk-in centre's yearly targets: some met, some missed, the current year under way. */
export const WALK_IN_PROGRAMME: DemoProgramme = {
  owner: WALK_IN_CENTRE,
  name: 'Jaardoelen / Objectifs annuels 2023–2027',
  description:
    'Contacten en deelnemers aan collectieve activiteiten per jaar; Formtruck-ritten over de hele periode. / Contacts et participants aux activités collectives par an ; sorties du Formtruck sur toute la période.',
  periodStart: '2023-01-01',
  periodEnd: '2027-12-31',
  budget: null,
  partners: [],
  funders: [
    { name: 'Actiris', amounts: [] },
    { name: 'Bruxelles Formation', amounts: [] },
    { name: 'VDAB Brussel', amounts: [] },
  ],
  targets: [
    ...WALK_IN_YEARS.flatMap((year) =>
      (['contacts_total', 'collective_participants'] as const).map((indicator, i) => ({
        indicator,
        target: YEARLY[year]![i]!,
        periodStart: `${year}-01-01`,
        deadline: `${year}-12-31`,
        year,
      })),
    ),
    { indicator: 'outreach_trips', target: 300, periodStart: '2023-01-01', deadline: '2027-12-31' },
  ],
};

export const DEMO_PROGRAMMES: DemoProgramme[] = [NEET_PROGRAMME, WALK_IN_PROGRAMME];

async function insertProgramme(
  tx: Executor,
  demo: DemoProgramme,
  created: ReadonlyMap<string, string>,
  at: Date,
  userId: string | null,
) {
  const ownerId = created.get(demo.owner)!;
  // Partners among the organisations the demo created: an installation's own organisation
  // that happens to bear a demo slug is never drawn into a demo programme.
  const partnerIds = new Map(
    demo.partners.flatMap((slug) => (created.has(slug) ? [[slug, created.get(slug)!]] : [])),
  );
  const [row] = await tx
    .insert(programmes)
    .values({
      organisationId: ownerId,
      name: demo.name,
      description: demo.description,
      periodStart: demo.periodStart,
      periodEnd: demo.periodEnd,
      budget: demo.budget,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: programmes.id });
  const programmeId = row!.id;
  const owned = { organisationId: ownerId, programmeId };
  if (partnerIds.size)
    // In the demo every partner has accepted the partnership (a real partner accepts in the app).
    await tx.insert(programmePartners).values(
      [...partnerIds.values()].map((partnerId) => ({
        ...owned,
        partnerId,
        createdAt: at,
        acceptedAt: at,
      })),
    );
  await tx
    .insert(programmeFunders)
    .values(demo.funders.map((funder, position) => ({ ...owned, ...funder, position })));
  // A partner's target only when the demo made that organisation a partner.
  const targets = demo.targets.filter((t) => !t.partner || partnerIds.has(t.partner));
  await tx.insert(programmeTargets).values(
    targets.map((t) => ({
      ...owned,
      indicatorCode: t.indicator,
      targetValue: t.target,
      periodStart: t.periodStart,
      deadline: t.deadline,
      partnerId: t.partner ? partnerIds.get(t.partner)! : null,
      year: t.year ?? null,
      createdAt: at,
      updatedAt: at,
    })),
  );
  await recordAudit(
    tx,
    { userId, organisationId: ownerId },
    {
      action: 'programme.created',
      entity: 'programme',
      entityId: programmeId,
      details: { name: demo.name, partners: partnerIds.size, demo: true },
    },
  );
}

/**
 * Adds the demo programmes of the organisations created in this run (`created`: slug →
 * id), and the walk-in centre's narratives, in the caller's transaction (installation
 * admin context), audited as `userId`. An organisation that existed before keeps what it has.
 */
export async function loadDemoProgrammes(
  tx: Executor,
  created: ReadonlyMap<string, string>,
  at: Date,
  userId: string | null,
): Promise<void> {
  for (const demo of DEMO_PROGRAMMES) {
    if (created.has(demo.owner)) await insertProgramme(tx, demo, created, at, userId);
  }
  const walkIn = created.get(WALK_IN_CENTRE);
  if (!walkIn) return;
  await tx
    .insert(reportNarratives)
    .values(WALK_IN_NARRATIVES.map((n) => ({ ...n, organisationId: walkIn, updatedAt: at })));
  for (const n of WALK_IN_NARRATIVES)
    await recordAudit(
      tx,
      { userId, organisationId: walkIn },
      {
        action: 'report.narrative_saved',
        entity: 'report_narrative',
        entityId: `${n.year}/${n.section}/${n.language}`,
        details: { year: n.year, section: n.section, language: n.language, demo: true },
      },
    );
}
