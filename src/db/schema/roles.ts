import { pgRole } from 'drizzle-orm/pg-core';

/**
 * The non-superuser role that every application query runs as, so that row-level
 * security applies (the migration owner bypasses it). Created by migrate().
 */
export const APP_ROLE = 'parcours_app';
export const appRole = pgRole(APP_ROLE).existing();
