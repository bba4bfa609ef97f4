import {
  ESF_EDUCATION_GROUPS,
  ESF_GROUP_LABELS,
  esfEducationGroup,
  ISCED_LABELS,
  ISCED_LEVELS,
} from '../core/reference/isced.ts';
import { BRUSSELS_MUNICIPALITIES } from '../core/reference/municipalities.ts';
import { SERVICE_LANGUAGE_LABELS } from '../core/reference/service-languages.ts';
import { THEME_LABELS, THEMES } from '../core/reference/themes.ts';
import { LOCATION_KINDS, ORGANISATION_KINDS, ROLES } from '../core/organisations/roles.ts';
import type { Reference } from '../shared/schemas/reference.ts';

/** The reference data every client needs, with labels in nl, fr and en. */
export function referenceData(): Reference {
  return {
    themes: THEMES.map((key) => ({ key, labels: THEME_LABELS[key] })),
    serviceLanguages: Object.entries(SERVICE_LANGUAGE_LABELS).map(([code, labels]) => ({
      code,
      labels,
    })),
    municipalities: BRUSSELS_MUNICIPALITIES.map((m) => ({ ...m, postalCodes: [...m.postalCodes] })),
    iscedLevels: ISCED_LEVELS.map((level) => ({
      level,
      group: esfEducationGroup(level),
      labels: ISCED_LABELS[level],
    })),
    esfEducationGroups: ESF_EDUCATION_GROUPS.map((key) => ({ key, labels: ESF_GROUP_LABELS[key] })),
    organisationKinds: [...ORGANISATION_KINDS],
    locationKinds: [...LOCATION_KINDS],
    roles: [...ROLES],
  };
}
