import type { Command } from 'commander';
import { AppError } from '../../core/common/errors.ts';
import { ORGANISATION_KINDS } from '../../core/organisations/roles.ts';
import type { DemoResult } from '../../services/demo/load.ts';
import { setupSchema } from '../../shared/schemas/auth.ts';
import { action, withServices, type CommandContext } from '../context.ts';
import { generatePassword, parseInput, readFirstLine } from '../input.ts';
import { printGeneratedPassword, type Output } from '../output.ts';

interface SetupOptions {
  orgSlug: string;
  orgName: string;
  orgKind: string;
  orgLanguage?: string;
  email: string;
  name: string;
  language?: string;
  demo?: boolean;
  passwordStdin?: boolean;
}

/** Schema paths of `setupSchema` named after the options of `parcours setup`. */
const SETUP_FIELDS = {
  'organisation.slug': 'org-slug',
  'organisation.name': 'org-name',
  'organisation.kind': 'org-kind',
  'organisation.defaultLanguage': 'org-language',
  'organisation.timeZone': 'org-time-zone',
  'admin.email': 'email',
  'admin.name': 'name',
  'admin.password': 'password',
  'admin.language': 'language',
};

/** Prints the demo users and their password: shown this once, stored nowhere. */
export function printDemo(out: Output, demo: DemoResult) {
  // Nothing new: the password would belong to no account, so it is not shown.
  if (!demo.organisationsCreated.length) return out.say('cli.demo.alreadyLoaded');
  out.say('cli.demo.created', { list: demo.organisationsCreated.join(', ') });
  if (demo.organisationsSkipped.length)
    out.say('cli.demo.skipped', { list: demo.organisationsSkipped.join(', ') });
  for (const renamed of demo.organisationsRenamed) out.say('cli.demo.renamed', renamed);
  out.say('cli.demo.users');
  out.table(
    ['cli.column.email', 'cli.column.organisation', 'cli.column.role'],
    demo.users.map((u) => [
      u.email,
      u.organisation === '*' ? out.t('cli.demo.allOrganisations') : u.organisation,
      u.role,
    ]),
  );
  out.say('cli.demo.password', { password: demo.password });
  out.say('cli.demo.passwordNote');
  if (demo.organisationsSkipped.length) out.say('cli.demo.existingUsers');
}

/** `parcours setup` (first run, non-interactive) and `parcours demo`. */
export function registerSetupCommands(program: Command, base: Omit<CommandContext, 'overrides'>) {
  const { out } = base;

  program
    .command('setup')
    .description(out.t('cli.setup.description'))
    .requiredOption('--org-slug <slug>', out.t('cli.setup.option.orgSlug'))
    .requiredOption('--org-name <name>', out.t('cli.setup.option.orgName'))
    .requiredOption(
      '--org-kind <kind>',
      out.t('cli.option.orgKind', { kinds: ORGANISATION_KINDS.join(', ') }),
    )
    .option('--org-language <lang>', out.t('cli.option.orgLanguage'))
    .requiredOption('--email <email>', out.t('cli.setup.option.email'))
    .requiredOption('--name <name>', out.t('cli.setup.option.name'))
    .option('--language <lang>', out.t('cli.option.userLanguage'))
    .option('--password-stdin', out.t('cli.option.passwordStdin'))
    .option('--demo', out.t('cli.setup.option.demo'))
    .action(
      action<SetupOptions>(
        base,
        async (options, ctx) => {
          await withServices(ctx, async ({ services }) => {
            // Refuse before asking for a password that would not be used.
            if (!(await services.setup.needed())) throw new AppError('SETUP_ALREADY_DONE');
            const password = options.passwordStdin
              ? await readFirstLine(ctx.io.stdin)
              : generatePassword();
            const input = parseInput(setupSchema, {
              organisation: {
                slug: options.orgSlug,
                name: options.orgName,
                kind: options.orgKind,
                defaultLanguage: options.orgLanguage,
              },
              admin: {
                email: options.email,
                name: options.name,
                password,
                language: options.language,
              },
              demo: options.demo ?? false,
            });
            const result = await services.setup.run(input);
            ctx.out.say('cli.setup.done', {
              org: input.organisation.slug,
              email: input.admin.email,
            });
            if (!options.passwordStdin) printGeneratedPassword(ctx.out, password);
            if (result.demo) printDemo(ctx.out, result.demo);
          });
        },
        SETUP_FIELDS,
      ),
    );

  program
    .command('demo')
    .description(out.t('cli.demo.description'))
    .action(
      action(base, async (_options, ctx) => {
        await withServices(ctx, async ({ services }) =>
          printDemo(ctx.out, await services.setup.loadDemo()),
        );
      }),
    );
}
