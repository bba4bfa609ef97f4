import type { LocationKind, OrganisationKind, Role } from '../../core/organisations/roles.ts';
import type { UiLanguage } from '../../core/common/languages.ts';

/**
 * Demo organisations for the five services of PRODUCT.md (seeds 000–004): the walk-in
 * career centre, Actiris with its seven NEET partners, the mentoring NGO and the
 * learning-guidance service, each with its places and a user per role.
 */
export interface DemoOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  defaultLanguage: UiLanguage;
  roles: Role[];
  locations: {
    slug: string;
    name: string;
    kind: LocationKind;
    address?: string;
    municipality?: string;
  }[];
}

const NEET_PARTNER_ROLES: Role[] = ['org_admin', 'coach'];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: 'beroepenpunt',
    name: 'Beroepenpunt / Cité des Métiers Brussel',
    kind: 'career_centre',
    defaultLanguage: 'fr',
    roles: ['org_admin', 'coordinator', 'counsellor', 'coach', 'analyst'],
    locations: [
      {
        slug: 'sterrenkunde',
        name: 'Beroepenpunt Sterrenkundelaan',
        kind: 'office',
        address: 'Sterrenkundelaan 14, 1210 Brussel',
        municipality: '21014',
      },
      { slug: 'formtruck', name: 'Formtruck', kind: 'mobile_unit' },
      { slug: 'beurzen', name: 'Beurzen en evenementen', kind: 'pop_up' },
    ],
  },
  {
    slug: 'actiris',
    name: 'Actiris',
    kind: 'employment_service',
    defaultLanguage: 'fr',
    roles: ['org_admin', 'coordinator', 'analyst'],
    locations: [
      {
        slug: 'hoofdzetel',
        name: 'Actiris hoofdzetel',
        kind: 'office',
        address: 'Sterrenkundelaan 14, 1210 Brussel',
        municipality: '21014',
      },
    ],
  },
  {
    slug: 'art2work',
    name: 'art2work',
    kind: 'partner',
    defaultLanguage: 'fr',
    roles: NEET_PARTNER_ROLES,
    locations: [
      {
        slug: 'ninoofsepoort',
        name: 'art2work Ninoofsepoort',
        kind: 'office',
        municipality: '21004',
      },
    ],
  },
  {
    slug: 'backstage-network',
    name: 'Backstage.Network – NicetoNEETyou',
    kind: 'partner',
    defaultLanguage: 'fr',
    roles: NEET_PARTNER_ROLES,
    locations: [
      { slug: 'brussel', name: 'Backstage.Network', kind: 'office', municipality: '21004' },
    ],
  },
  {
    slug: 'groep-intro',
    name: 'Groep INTRO Anderlecht',
    kind: 'partner',
    defaultLanguage: 'nl',
    roles: NEET_PARTNER_ROLES,
    locations: [
      { slug: 'anderlecht', name: 'Groep INTRO Anderlecht', kind: 'office', municipality: '21001' },
    ],
  },
  {
    slug: 'inbrussel',
    name: 'InBrussel',
    kind: 'partner',
    defaultLanguage: 'fr',
    roles: NEET_PARTNER_ROLES,
    locations: [
      { slug: 'kantoor', name: 'InBrussel', kind: 'office', municipality: '21004' },
      { slug: 'job-days', name: 'Job Days in de wijk', kind: 'pop_up' },
    ],
  },
  {
    slug: 'infor-jeunes-bruxelles',
    name: 'Infor Jeunes Bruxelles – Trec-One',
    kind: 'partner',
    defaultLanguage: 'fr',
    roles: NEET_PARTNER_ROLES,
    locations: [
      { slug: 'centre', name: 'Infor Jeunes Bruxelles', kind: 'office', municipality: '21004' },
    ],
  },
  {
    slug: 'jes',
    name: 'JES vzw',
    kind: 'partner',
    defaultLanguage: 'nl',
    roles: NEET_PARTNER_ROLES,
    locations: [
      { slug: 'brussel', name: 'JES Brussel', kind: 'office', municipality: '21004' },
      { slug: 'straathoekwerk', name: 'Straathoekwerk', kind: 'mobile_unit' },
    ],
  },
  {
    slug: 'orientaeuro',
    name: 'OrientaEuro',
    kind: 'partner',
    defaultLanguage: 'fr',
    roles: NEET_PARTNER_ROLES,
    locations: [
      { slug: 'etterbeek', name: 'OrientaEuro Etterbeek', kind: 'office', municipality: '21005' },
      {
        slug: 'kunst-wet',
        name: 'OrientaEuro Kunst-Wet',
        kind: 'partner_site',
        municipality: '21004',
      },
      {
        slug: 'molenbeek',
        name: 'OrientaEuro Molenbeek',
        kind: 'partner_site',
        municipality: '21012',
      },
    ],
  },
  {
    slug: 'duo-for-a-job',
    name: 'DUO for a JOB',
    kind: 'mentoring',
    defaultLanguage: 'fr',
    roles: ['org_admin', 'coordinator', 'coach', 'analyst'],
    locations: [
      { slug: 'brussel', name: 'DUO for a JOB Brussel', kind: 'office', municipality: '21004' },
      { slug: 'liege', name: 'DUO for a JOB Liège', kind: 'office' },
      { slug: 'antwerpen', name: 'DUO for a JOB Antwerpen', kind: 'office' },
      { slug: 'gent', name: 'DUO for a JOB Gent', kind: 'office' },
      { slug: 'aalst', name: 'DUO for a JOB Aalst', kind: 'office' },
      { slug: 'mechelen', name: 'DUO for a JOB Mechelen', kind: 'office' },
    ],
  },
  {
    slug: 'leerwinkel',
    name: 'Leerwinkel – Huis van het Leren',
    kind: 'learning_guidance',
    defaultLanguage: 'nl',
    roles: ['org_admin', 'coordinator', 'counsellor', 'analyst'],
    locations: [
      { slug: 'kortrijk-bib', name: 'Zitdag Kortrijk – bibliotheek', kind: 'partner_site' },
      { slug: 'kortrijk-cvo', name: 'Zitdag Kortrijk – CVO', kind: 'partner_site' },
      { slug: 'roeselare-bib', name: 'Zitdag Roeselare – bibliotheek', kind: 'partner_site' },
      { slug: 'roeselare-ocmw', name: 'Zitdag Roeselare – sociaal huis', kind: 'partner_site' },
      { slug: 'ieper-bib', name: 'Zitdag Ieper – bibliotheek', kind: 'partner_site' },
      { slug: 'ieper-vdab', name: 'Zitdag Ieper – VDAB-werkwinkel', kind: 'partner_site' },
      { slug: 'waregem-bib', name: 'Zitdag Waregem – bibliotheek', kind: 'partner_site' },
      { slug: 'waregem-gemeentehuis', name: 'Zitdag Waregem – stadhuis', kind: 'partner_site' },
      { slug: 'menen-bib', name: 'Zitdag Menen – bibliotheek', kind: 'partner_site' },
      { slug: 'menen-sociaal-huis', name: 'Zitdag Menen – sociaal huis', kind: 'partner_site' },
      { slug: 'menen-cvo', name: 'Zitdag Menen – CVO', kind: 'partner_site' },
      { slug: 'popup-beurzen', name: 'POP-up Leerwinkel (beurzen)', kind: 'pop_up' },
    ],
  },
];

/** E-mail address of the demo user holding `role` in the organisation `slug`. */
export function demoEmail(slug: string, role: Role): string {
  return `${role.replace('_', '-')}@${slug}.demo.parcours.example`;
}

export const DEMO_INSTALLATION_ADMIN = 'admin@demo.parcours.example';
