import { defineMessages } from '../define.ts';

/** Labels of enumerations shared by server, web and CLI. */
export const commonMessages = defineMessages({
  'language.nl': { en: 'Nederlands', nl: 'Nederlands', fr: 'Nederlands' },
  'language.fr': { en: 'Français', nl: 'Français', fr: 'Français' },
  'language.en': { en: 'English', nl: 'English', fr: 'English' },
  'role.org_admin': {
    en: 'Organisation admin',
    nl: 'Organisatiebeheerder',
    fr: "Administrateur de l'organisation",
  },
  'role.coordinator': { en: 'Coordinator', nl: 'Coördinator', fr: 'Coordinateur' },
  'role.counsellor': { en: 'Counsellor', nl: 'Consulent', fr: 'Conseiller' },
  'role.coach': { en: 'Coach', nl: 'Coach', fr: 'Coach' },
  'role.analyst': {
    en: 'Analyst (aggregates only)',
    nl: 'Analist (enkel totalen)',
    fr: 'Analyste (agrégats uniquement)',
  },
  'role.installation_admin': {
    en: 'Installation admin',
    nl: 'Installatiebeheerder',
    fr: "Administrateur de l'installation",
  },
  'orgKind.career_centre': {
    en: 'Career centre',
    nl: 'Loopbaancentrum',
    fr: 'Centre d’orientation',
  },
  'orgKind.employment_service': {
    en: 'Public employment service',
    nl: 'Openbare dienst voor arbeidsbemiddeling',
    fr: "Service public de l'emploi",
  },
  'orgKind.partner': {
    en: 'Partner organisation',
    nl: 'Partnerorganisatie',
    fr: 'Organisation partenaire',
  },
  'orgKind.mentoring': {
    en: 'Mentoring organisation',
    nl: 'Mentoringorganisatie',
    fr: 'Organisation de mentorat',
  },
  'orgKind.learning_guidance': {
    en: 'Learning guidance',
    nl: 'Leerloopbaanbegeleiding',
    fr: 'Orientation en formation',
  },
  'orgKind.other': { en: 'Other', nl: 'Andere', fr: 'Autre' },
  'locationKind.office': { en: 'Office', nl: 'Kantoor', fr: 'Bureau' },
  'locationKind.partner_site': { en: 'Partner site', nl: 'Partnerlocatie', fr: 'Site partenaire' },
  'locationKind.mobile_unit': { en: 'Mobile unit', nl: 'Mobiele unit', fr: 'Unité mobile' },
  'locationKind.pop_up': { en: 'Pop-up desk', nl: 'Pop-upbalie', fr: 'Guichet éphémère' },
});
