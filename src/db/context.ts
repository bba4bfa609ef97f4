import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';

/**
 * Who is asking, as row-level security sees it. `organisationId: null` means no
 * organisation: org-scoped tables then return nothing (unless `isAdmin`).
 */
export interface DbContext {
  organisationId: string | null;
  userId: string | null;
  isAdmin: boolean;
}

export const NO_CONTEXT: DbContext = { organisationId: null, userId: null, isAdmin: false };

/**
 * Runs `fn` in one transaction with the context set transaction-locally, so that it can
 * never leak to another request sharing the connection.
 */
export async function withContext<T>(
  db: Db,
  context: DbContext,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('app.org_id', ${context.organisationId ?? ''}, true),
                 set_config('app.user_id', ${context.userId ?? ''}, true),
                 set_config('app.admin', ${context.isAdmin ? 'on' : 'off'}, true)`,
    );
    return fn(tx);
  });
}

/**
 * Runs `fn` inside an open transaction as another organisation, then restores the caller's
 * organisation. Only for aggregate reads of a programme partner's data
 * (src/services/programmes/): the service checks the partnership first, and what `fn`
 * returns must be numbers, never rows.
 */
export async function asOrganisation<T>(
  tx: Tx,
  organisationId: string,
  fn: () => Promise<T>,
): Promise<T> {
  const before = await tx.execute(sql`SELECT current_setting('app.org_id', true) AS org`);
  const previous = (before as unknown as { rows: { org: string | null }[] }).rows[0]?.org ?? '';
  await tx.execute(sql`SELECT set_config('app.org_id', ${organisationId}, true)`);
  const restore = () => tx.execute(sql`SELECT set_config('app.org_id', ${previous}, true)`);
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    // Restore for a caller that handles the error and goes on; after a database error the
    // transaction is aborted (and rolls back with the setting), so the restore fails: the
    // original error is the one to report.
    await restore().catch(() => undefined);
    throw error;
  }
  await restore();
  return result;
}
