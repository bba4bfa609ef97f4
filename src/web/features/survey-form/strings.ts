/**
 * The public form's interface texts in its six languages, one file per language (typed by
 * `FormStrings`, so a text missing in one language is a compile error).
 */
export * from './strings-base.ts';
import type { FormLanguage } from '../../../core/surveys/model.ts';
import type { FormStrings } from './strings-base.ts';
import { ar } from './strings/ar.ts';
import { en } from './strings/en.ts';
import { es } from './strings/es.ts';
import { fr } from './strings/fr.ts';
import { nl } from './strings/nl.ts';
import { uk } from './strings/uk.ts';

export const STRINGS: Record<FormLanguage, FormStrings> = { nl, fr, en, uk, ar, es };
