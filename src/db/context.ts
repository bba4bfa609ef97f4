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
