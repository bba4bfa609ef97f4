import type { Command } from 'commander';
import { addMemberSchema } from '../../shared/schemas/organisations.ts';
import { createTokenSchema } from '../../shared/schemas/auth.ts';
import {
  action,
  organisationBySlug,
  userByEmail,
  withServices,
  type CommandContext,
} from '../context.ts';
import { CliError } from '../errors.ts';
import { optionalNumber, parseInput } from '../input.ts';

interface CreateOptions {
  org: string;
  email: string;
  name: string;
  expiresDays?: string;
}

/** `parcours token create`: a personal API token, made as the user it belongs to. */
export function registerTokenCommands(program: Command, base: Omit<CommandContext, 'overrides'>) {
  const { out } = base;
  const token = program.command('token').description(out.t('cli.token.description'));

  token
    .command('create')
    .description(out.t('cli.token.create.description'))
    .requiredOption('--org <slug>', out.t('cli.option.org'))
    .requiredOption('--email <email>', out.t('cli.option.email'))
    .requiredOption('--name <name>', out.t('cli.option.tokenName'))
    .option('--expires-days <days>', out.t('cli.option.expiresDays'))
    .action(
      action<CreateOptions>(
        base,
        async (options, ctx) => {
          const { email } = parseInput(addMemberSchema.pick({ email: true }), {
            email: options.email,
          });
          const input = parseInput(createTokenSchema, {
            name: options.name,
            expiresInDays: optionalNumber(options.expiresDays),
          });
          const created = await withServices(ctx, async ({ services }) => {
            const organisation = await organisationBySlug(services, options.org);
            const user = await userByEmail(services, email);
            // The token acts for the user in this organisation, with the roles they hold there.
            const actor = await services.auth.actorFor(user, organisation.id);
            if (actor.organisationId !== organisation.id)
              throw new CliError('cli.error.notMember', { email, org: organisation.slug });
            return services.me.createToken({ ...actor, via: 'cli' }, input);
          });
          const params = { name: created.info.name, email, org: options.org };
          if (created.info.expiresAt)
            ctx.out.say('cli.token.created', {
              ...params,
              expires: new Date(created.info.expiresAt),
            });
          else ctx.out.say('cli.token.createdNoExpiry', params);
          ctx.out.say('cli.token.note');
          ctx.out.line(created.token);
        },
        { expiresInDays: 'expires-days' },
      ),
    );
}
