import type { Command } from 'commander';
import { systemActor } from '../../services/actor.ts';
import { ORGANISATION_KINDS } from '../../core/organisations/roles.ts';
import { listQuerySchema } from '../../shared/schemas/common.ts';
import { createOrganisationSchema } from '../../shared/schemas/organisations.ts';
import { action, withServices, type CommandContext } from '../context.ts';
import { parseInput } from '../input.ts';

interface AddOptions {
  slug: string;
  name: string;
  kind: string;
  language?: string;
  timeZone?: string;
}

const PAGE = 200;

/** `parcours org add|list`: organisations of the installation, as the installation. */
export function registerOrgCommands(program: Command, base: Omit<CommandContext, 'overrides'>) {
  const { out } = base;
  const org = program.command('org').description(out.t('cli.org.description'));

  org
    .command('add')
    .description(out.t('cli.org.add.description'))
    .requiredOption('--slug <slug>', out.t('cli.option.slug'))
    .requiredOption('--name <name>', out.t('cli.option.name'))
    .requiredOption(
      '--kind <kind>',
      out.t('cli.option.orgKind', { kinds: ORGANISATION_KINDS.join(', ') }),
    )
    .option('--language <lang>', out.t('cli.option.orgLanguage'))
    .option('--time-zone <zone>', out.t('cli.option.timeZone'))
    .action(
      action<AddOptions>(
        base,
        async (options, ctx) => {
          const input = parseInput(createOrganisationSchema, {
            slug: options.slug,
            name: options.name,
            kind: options.kind,
            defaultLanguage: options.language,
            timeZone: options.timeZone,
          });
          const created = await withServices(ctx, ({ services }) =>
            services.organisations.create(systemActor(), input),
          );
          ctx.out.say('cli.org.created', { slug: created.slug, name: created.name });
        },
        { defaultLanguage: 'language', timeZone: 'time-zone' },
      ),
    );

  org
    .command('list')
    .description(out.t('cli.org.list.description'))
    .action(
      action(base, async (_options, ctx) => {
        const items = await withServices(ctx, async ({ services }) => {
          const all = [];
          for (let offset = 0; ; offset += PAGE) {
            const page = await services.organisations.list(
              systemActor(),
              parseInput(listQuerySchema, { limit: PAGE, offset }),
            );
            all.push(...page.items);
            if (all.length >= page.total || page.items.length < PAGE) return all;
          }
        });
        if (!items.length) return ctx.out.say('cli.org.none');
        ctx.out.table(
          [
            'cli.column.slug',
            'cli.column.name',
            'cli.column.kind',
            'cli.column.language',
            'cli.column.timeZone',
          ],
          items.map((o) => [o.slug, o.name, o.kind, o.defaultLanguage, o.timeZone]),
        );
        ctx.out.say('cli.org.total', { count: items.length });
      }),
    );
}
