import type { ReportSection } from '../../shared/schemas/reports.ts';

/**
 * The walk-in centre's own words in its 2023 annual report (seed 000), per section and
 * language, as an organisation writes them on the report page. The figures quoted are
 * the demo's 2023 figures, which are the report's.
 */
export interface DemoNarrative {
  year: number;
  section: ReportSection;
  language: 'nl' | 'fr' | 'en';
  body: string;
}

const INTRODUCTION = {
  nl: `In 2023 bereikte het Beroepenpunt 65.654 contacten, het hoogste aantal sinds de opening vijf jaar geleden en ruim 10.000 meer dan in 2022. Het ging om 28.977 individuele adviesgesprekken, 9.556 bezoeken aan de multimediaruimte en het documentatiecentrum en 18.062 deelnemers aan collectieve activiteiten, waarvan bijna 10% in het Nederlands. Nog eens 9.059 personen bereikten we op beurzen en evenementen en tijdens de 62 ritten van de Formtruck door de Brusselse wijken.

Het Beroepenpunt werkt rond vijf thema's: leren, werken, bewegen, ondernemen en kiezen. De toegang is gratis en anoniem, zonder afspraak. Wie wil, vult na het gesprek een anonieme vragenlijst in: 3.133 bezoekers deden dat in 2023.`,
  fr: `En 2023, la Cité des Métiers a atteint 65 654 contacts, le plus grand nombre depuis son ouverture il y a cinq ans et plus de 10 000 de plus qu'en 2022. Il s'agit de 28 977 entretiens de conseil individuels, de 9 556 visites de l'espace multimédia et du centre de documentation et de 18 062 participants aux activités collectives, dont près de 10 % en néerlandais. Nous avons encore rencontré 9 059 personnes lors de salons et d'événements et pendant les 62 sorties du Formtruck dans les quartiers bruxellois.

La Cité des Métiers travaille autour de cinq thèmes : apprendre, travailler, bouger, entreprendre et choisir. L'accès est gratuit et anonyme, sans rendez-vous. Qui le souhaite remplit après l'entretien un questionnaire anonyme : 3 133 visiteurs l'ont fait en 2023.`,
  en: `In 2023 the Cité des Métiers reached 65,654 contacts, the highest number since it opened five years ago and over 10,000 more than in 2022. They were 28,977 individual advice sessions, 9,556 visits to the multimedia area and documentation centre, and 18,062 participants in collective activities, almost 10% of them in Dutch. We met another 9,059 people at fairs and events and on the Formtruck's 62 trips into Brussels neighbourhoods.

The centre works on five themes: learning, working, moving, starting a business and choosing. Access is free and anonymous, without an appointment. Visitors who wish to fill in an anonymous questionnaire after their visit: 3,133 did so in 2023.`,
};

/** The walk-in centre's narratives: the 2023 introduction in Dutch, French and English. */
export const WALK_IN_NARRATIVES: DemoNarrative[] = (['nl', 'fr', 'en'] as const).map(
  (language) => ({ year: 2023, section: 'introduction', language, body: INTRODUCTION[language] }),
);
