import type { Command } from 'commander';
import { ROLES } from '../../core/organisations/roles.ts';
import { systemActor } from '../../services/actor.ts';
import { addMemberSchema, updateUserSchema } from '../../shared/schemas/organisations.ts';
import {
  action,
  organisationBySlug,
  userByEmail,
  withServices,
  type CommandContext,
} from '../context.ts';
import { collect, generatePassword, parseInput, readFirstLine } from '../input.ts';
import { printGeneratedPassword } from '../output.ts';

interface AddOptions {
  org: string;
  email: string;
  role: string[];
  name?: string;
  language?: string;
  passwordStdin?: boolean;
}

interface SetPasswordOptions {
  email: string;
  passwordStdin?: boolean;
}

/** `parcours user add|set-password`. */
export function registerUserCommands(program: Command, base: Omit<CommandContext, 'overrides'>) {
  const { out } = base;
  const user = program.command('user').description(out.t('cli.user.description'));

  user
    .command('add')
    .description(out.t('cli.user.add.description'))
    .requiredOption('--org <slug>', out.t('cli.option.org'))
    .requiredOption('--email <email>', out.t('cli.option.email'))
    .requiredOption('--role <role>', out.t('cli.option.role', { roles: ROLES.join(', ') }), collect)
    .option('--name <name>', out.t('cli.option.userName'))
    .option('--language <lang>', out.t('cli.option.userLanguage'))
    .option('--password-stdin', out.t('cli.option.passwordStdin'))
    .action(
      action<AddOptions>(
        base,
        async (options, ctx) => {
          const password = options.passwordStdin ? await readFirstLine(ctx.io.stdin) : undefined;
          const input = parseInput(addMemberSchema, {
            email: options.email,
            name: options.name,
            language: options.language,
            password,
            roles: options.role,
          });
          await withServices(ctx, async ({ services }) => {
            const organisation = await organisationBySlug(services, options.org);
            const existing = await services.users.findByEmail(input.email);
            // A new account needs a password: generate a strong one unless one was given.
            const generated =
              !existing && input.password === undefined ? generatePassword() : undefined;
            const member = await services.members.add(systemActor(organisation.id), {
              ...input,
              password: input.password ?? generated,
            });
            ctx.out.say('cli.user.added', {
              email: member.email,
              org: organisation.slug,
              roles: member.roles.join(', '),
            });
            if (existing) ctx.out.say('cli.user.existing', { email: member.email });
            if (generated) printGeneratedPassword(ctx.out, generated);
          });
        },
        { roles: 'role' },
      ),
    );

  user
    .command('set-password')
    .description(out.t('cli.user.setPassword.description'))
    .requiredOption('--email <email>', out.t('cli.option.email'))
    .option('--password-stdin', out.t('cli.option.passwordStdin'))
    .action(
      action<SetPasswordOptions>(base, async (options, ctx) => {
        const { email } = parseInput(addMemberSchema.pick({ email: true }), {
          email: options.email,
        });
        const password = options.passwordStdin
          ? await readFirstLine(ctx.io.stdin)
          : generatePassword();
        const input = parseInput(updateUserSchema, { password });
        await withServices(ctx, async ({ services }) => {
          const account = await userByEmail(services, email);
          await services.users.update(systemActor(), account.id, input);
        });
        ctx.out.say('cli.user.passwordSet', { email });
        if (!options.passwordStdin) printGeneratedPassword(ctx.out, password);
      }),
    );
}
