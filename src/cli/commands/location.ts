import type { Command } from 'commander';
import { LOCATION_KINDS } from '../../core/organisations/roles.ts';
import { systemActor } from '../../services/actor.ts';
import { createLocationSchema, locationListQuerySchema } from '../../shared/schemas/locations.ts';
import { action, organisationBySlug, withServices, type CommandContext } from '../context.ts';
import { parseInput } from '../input.ts';

interface AddOptions {
  org: string;
  slug: string;
  name: string;
  kind?: string;
  municipality?: string;
  address?: string;
}

const PAGE = 200;

/** `parcours location add|list`: places of one organisation, as the installation working in it. */
export function registerLocationCommands(
  program: Command,
  base: Omit<CommandContext, 'overrides'>,
) {
  const { out } = base;
  const location = program.command('location').description(out.t('cli.location.description'));

  location
    .command('add')
    .description(out.t('cli.location.add.description'))
    .requiredOption('--org <slug>', out.t('cli.option.org'))
    .requiredOption('--slug <slug>', out.t('cli.option.slug'))
    .requiredOption('--name <name>', out.t('cli.option.name'))
    .option('--kind <kind>', out.t('cli.option.locationKind', { kinds: LOCATION_KINDS.join(', ') }))
    .option('--municipality <nis>', out.t('cli.option.municipality'))
    .option('--address <address>', out.t('cli.option.address'))
    .action(
      action<AddOptions>(base, async (options, ctx) => {
        const { org, ...fields } = options;
        const input = parseInput(createLocationSchema, fields);
        const created = await withServices(ctx, async ({ services }) => {
          const organisation = await organisationBySlug(services, org);
          return services.locations.create(systemActor(organisation.id), input);
        });
        ctx.out.say('cli.location.created', { slug: created.slug, org, name: created.name });
      }),
    );

  location
    .command('list')
    .description(out.t('cli.location.list.description'))
    .requiredOption('--org <slug>', out.t('cli.option.org'))
    .action(
      action<{ org: string }>(base, async (options, ctx) => {
        const items = await withServices(ctx, async ({ services }) => {
          const actor = systemActor((await organisationBySlug(services, options.org)).id);
          const all = [];
          for (let offset = 0; ; offset += PAGE) {
            const page = await services.locations.list(
              actor,
              parseInput(locationListQuerySchema, { limit: PAGE, offset }),
            );
            all.push(...page.items);
            if (all.length >= page.total || page.items.length < PAGE) return all;
          }
        });
        if (!items.length) return ctx.out.say('cli.location.none', { org: options.org });
        ctx.out.table(
          [
            'cli.column.slug',
            'cli.column.name',
            'cli.column.kind',
            'cli.column.municipality',
            'cli.column.address',
          ],
          items.map((l) => [
            l.active ? l.slug : `${l.slug} (${ctx.out.t('cli.location.inactive')})`,
            l.name,
            l.kind,
            l.municipality ?? '',
            l.address ?? '',
          ]),
        );
      }),
    );
}
