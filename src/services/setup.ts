import { count, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../core/common/errors.ts';
import { withContext } from '../db/context.ts';
import { gatherStatistics } from '../db/statistics.ts';
import { memberships, users } from '../db/schema/index.ts';
import type { setupSchema } from '../shared/schemas/auth.ts';
import { recordAudit } from './audit.ts';
import { loadDemoData, type DemoResult } from './demo/load.ts';
import type { ServiceDeps } from './deps.ts';
import { insertOrganisation } from './organisations.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';

const SETUP_LOCK = 727_002;
const INSTALLATION = { organisationId: null, userId: null, isAdmin: true };

/** First run: with no user yet, creates the first organisation and its admin (an installation admin). */
export function createSetupService({ db, clock }: ServiceDeps) {
  async function needed(): Promise<boolean> {
    const [row] = await db.select({ n: count() }).from(users);
    return Number(row?.n ?? 0) === 0;
  }

  return {
    needed,

    async run(
      input: z.output<typeof setupSchema>,
    ): Promise<{ userId: string; demo: DemoResult | null }> {
      assertStrongPassword(input.admin.password, 'admin.password', {
        email: input.admin.email,
      });
      const passwordHash = await hashPassword(input.admin.password);
      const done = await withContext(db, INSTALLATION, async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
        const [row] = await tx.select({ n: count() }).from(users);
        if (Number(row?.n ?? 0) > 0) throw new AppError('SETUP_ALREADY_DONE');
        const at = clock();
        const org = await insertOrganisation(tx, input.organisation, at);
        const [user] = await tx
          .insert(users)
          .values({
            email: input.admin.email,
            name: input.admin.name,
            language: input.admin.language,
            passwordHash,
            isInstallationAdmin: true,
            createdAt: at,
            updatedAt: at,
          })
          .returning();
        await tx.insert(memberships).values({
          organisationId: org.id,
          userId: user!.id,
          roles: ['org_admin'],
          createdAt: at,
        });
        await recordAudit(
          tx,
          { userId: user!.id, organisationId: org.id },
          { action: 'setup.completed', entity: 'organisation', entityId: org.id },
        );
        const demo = input.demo ? await loadDemoData(tx, at, user!.id) : null;
        return { userId: user!.id, demo };
      });
      // The demo is a bulk load: statistics once it has committed (PGlite has no autovacuum).
      if (done.demo) await gatherStatistics(db);
      return done;
    },

    /** `parcours demo`: loads the demo organisations into an existing or empty installation. */
    async loadDemo(): Promise<DemoResult> {
      const demo = await withContext(db, INSTALLATION, (tx) => loadDemoData(tx, clock(), null));
      await gatherStatistics(db);
      return demo;
    },
  };
}
