import { describe, expect, it } from 'vitest';
import { loggableError } from './db-errors.ts';

describe('loggableError', () => {
  it("never keeps a failed query's parameters or a constraint's detail", () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_key"'),
      {
        code: '23505',
        detail: 'Key (email)=(jan.peeters@example.be) already exists.',
      },
    );
    const error = Object.assign(
      new Error(
        'Failed query: insert into "users" values ($1, $2)\nparams: jan.peeters@example.be,$argon2id$v=19$m=19456',
      ),
      { name: 'DrizzleQueryError', cause },
    );
    const logged = loggableError(error);
    expect(logged).toEqual({ type: 'DrizzleQueryError', code: '23505', message: cause.message });
    expect(JSON.stringify(logged)).not.toContain('jan.peeters');
    expect(JSON.stringify(logged)).not.toContain('argon2');
  });

  it('keeps name, code, message and a short stack of other errors', () => {
    const logged = loggableError(Object.assign(new Error('boom'), { code: 'EADDRINUSE' }));
    expect(logged).toMatchObject({ type: 'Error', code: 'EADDRINUSE', message: 'boom' });
    expect(logged.stack).toBeDefined();
  });
});
