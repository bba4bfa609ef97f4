import { writeFile } from 'node:fs/promises';
import { type Command, CommanderError } from 'commander';
import { isUiLanguage } from '../../core/common/languages.ts';
import { systemActor } from '../../services/actor.ts';
import { isExportFile } from '../../services/reports/service.ts';
import { annualReportQuerySchema } from '../../shared/schemas/reports.ts';
import { action, organisationBySlug, withServices, type CommandContext } from '../context.ts';
import { EXIT_USAGE } from '../errors.ts';
import { parseInput } from '../input.ts';

interface AnnualOptions {
  org: string;
  year: string;
  format?: string;
  out?: string;
}

/** Formats that are not text: they need a file. */
const BINARY = new Set(['pdf', 'xlsx']);

/**
 * `parcours report annual --org SLUG --year YYYY [--format json|html|pdf|xlsx] [--out FILE]`:
 * the annual report in the global `--lang` (default: the organisation's language).
 */
export function registerReportCommands(program: Command, base: Omit<CommandContext, 'overrides'>) {
  const { out } = base;
  const report = program.command('report').description(out.t('report.cli.description'));
  report
    .command('annual')
    .description(out.t('report.cli.annual.description'))
    .requiredOption('--org <slug>', out.t('cli.option.org'))
    .requiredOption('--year <year>', out.t('report.cli.option.year'))
    .option('--format <format>', out.t('report.cli.option.format'))
    .option('--out <file>', out.t('report.cli.option.out'))
    .action((options: AnnualOptions, command: Command) => {
      // The global --lang (already checked by main) chooses the report's language.
      const requested = command.optsWithGlobals<{ lang?: string }>().lang;
      const lang = isUiLanguage(requested) ? requested : undefined;
      return action<AnnualOptions>(base, async (opts, ctx) => {
        const query = parseInput(annualReportQuerySchema, {
          year: opts.year,
          ...(opts.format !== undefined ? { format: opts.format } : {}),
        });
        if (BINARY.has(query.format) && !opts.out) {
          const message = ctx.out.t('report.cli.outRequired', { format: query.format });
          ctx.io.stderr.write(`parcours: ${message} ${ctx.out.t('cli.usage.hint')}\n`);
          // Already explained: main() answers this code with the usage status and no message.
          throw new CommanderError(EXIT_USAGE, 'commander.help', message);
        }
        const result = await withServices(ctx, async ({ services }) => {
          const organisation = await organisationBySlug(services, opts.org);
          return services.reports.annual(systemActor(organisation.id), query, lang);
        });
        const body = isExportFile(result) ? result.body : `${JSON.stringify(result, null, 2)}\n`;
        if (!opts.out) {
          ctx.io.stdout.write(typeof body === 'string' ? body : body.toString('utf8'));
          return;
        }
        await writeFile(opts.out, body);
        ctx.out.say('report.cli.written', { year: query.year, org: opts.org, file: opts.out });
      })(options, command);
    });
}
