import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/common/errors.ts';
import { systemActor } from '../../services/actor.ts';
import type { ImportProgress, ImportReport } from '../../services/imports/service.ts';
import { action, organisationBySlug, withServices, type CommandContext } from '../context.ts';
import { CliError } from '../errors.ts';
import type { CliIo, Output } from '../output.ts';

interface ImportCliOptions {
  org: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
  /** survey only: the questionnaire's short name (default: the visitor profile). */
  survey?: string;
}

/** The file, or standard input for `-`, with its size when known (for the progress). */
async function openSource(file: string, io: CliIo) {
  if (file === '-') return { source: io.stdin, size: 0 };
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError('import.cli.fileNotFound', { file });
  return { source: createReadStream(file, { highWaterMark: 1 << 20 }), size: info.size };
}

/**
 * Progress on standard error: one line rewritten in place on a terminal, otherwise a line
 * at most every ten seconds (logs of a long import stay short).
 */
function progressPrinter(io: CliIo, out: Output, size: number) {
  const terminal = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  const every = terminal ? 250 : 10_000;
  let last = Date.now();
  let shown = false;
  return {
    update({ bytes, rows }: ImportProgress) {
      if (Date.now() - last < every) return;
      last = Date.now();
      const line = out.t('import.cli.progress', { rows, percent: size ? bytes / size : 0 });
      io.stderr.write(terminal ? `\r${line}` : `${line}\n`);
      shown = terminal;
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}

/** The report's figures and problems; `updates`: whether the import can update rows. */
function printReport(out: Output, report: ImportReport, updates: boolean) {
  const number = new Intl.NumberFormat(out.lang);
  const counts = [
    ['import.count.rowsRead', report.rowsRead],
    ['import.count.inserted', report.inserted],
    ...(updates ? [['import.count.updated', report.updated] as const] : []),
    ['import.count.unchanged', report.unchanged],
    ...(report.skipInvalid ? [['import.count.skipped', report.skipped] as const] : []),
    ['import.count.invalidRows', report.invalidRows],
  ] as const;
  const say = (label: string, value: string) =>
    out.line(`  ${out.t('import.count.line', { label, value })}`);
  if (report.fileError) return;
  for (const [key, value] of counts) say(out.t(key), number.format(value));
  if (report.newTags.length) say(out.t('import.count.newTags'), report.newTags.join(', '));
  if (report.newActivityCount) {
    const more = report.newActivityCount - report.newActivities.length;
    const list = report.newActivities.join(', ');
    const tail = more > 0 ? ` ${out.t('import.summary.moreActivities', { count: more })}` : '';
    say(out.t('import.count.newActivities'), `${list}${tail}`);
  }
  if (report.withoutExternalId)
    out.say('import.summary.withoutExternalId', { count: report.withoutExternalId });
  if (report.errorCount) {
    out.line();
    out.table(
      ['import.column.line', 'import.column.column', 'import.column.reason'],
      report.errors.map((e) => [String(e.line), e.column ?? '', e.message]),
    );
    if (report.errorCount > report.errors.length)
      out.say('import.errors.truncated', {
        shown: report.errors.length,
        total: report.errorCount,
      });
  }
}

type Kind = 'contacts' | 'survey';

/**
 * The action of `parcours import <kind> FILE --org SLUG`: the import, its progress, the
 * report, and the exit status (1 when the file or a row is refused and nothing written).
 */
function importAction(base: Omit<CommandContext, 'overrides'>, kind: Kind) {
  return (file: string, options: ImportCliOptions, cmd: Command) =>
    action<ImportCliOptions>(base, async (opts, ctx) => {
      const { source, size } = await openSource(file, ctx.io);
      const progress = progressPrinter(ctx.io, ctx.out, size);
      const report = await withServices(ctx, async ({ services }) => {
        const organisation = await organisationBySlug(services, opts.org);
        const common = {
          skipInvalid: Boolean(opts.skipInvalid),
          dryRun: Boolean(opts.dryRun),
          lang: ctx.out.lang,
          onProgress: (p: ImportProgress) => progress.update(p),
        };
        const actor = systemActor(organisation.id);
        if (kind === 'contacts') return services.imports.contacts(actor, source, common);
        return services.imports
          .survey(actor, source, { ...common, survey: opts.survey })
          .catch((error: unknown) => {
            if (isAppError(error) && error.code === 'NOT_FOUND')
              throw new CliError('import.cli.surveyNotFound', {
                survey: opts.survey ?? '',
                org: opts.org,
              });
            throw error;
          });
      }).finally(() => progress.done());
      ctx.out.say('import.cli.heading', {
        file: file === '-' ? '-' : basename(file),
        org: opts.org,
      });
      printReport(ctx.out, report, kind === 'contacts');
      if (report.fileError) {
        const reason = report.errors.map((e) => e.message).join(' ');
        throw new AppError('IMPORT_FAILED', { params: { reason } });
      }
      if (!report.skipInvalid && report.invalidRows)
        throw new CliError('import.cli.rowErrors', {
          invalid: report.invalidRows,
          rows: report.rowsRead,
        });
      if (report.dryRun) ctx.out.say('import.outcome.dryRun');
      else if (report.skipped)
        ctx.out.say('import.outcome.committedSkipping', { skipped: report.skipped });
      else ctx.out.say('import.outcome.committed');
    })(options, cmd);
}

/**
 * `parcours import contacts FILE --org SLUG` and `parcours import survey FILE --org SLUG
 * [--survey SLUG]`: the same imports as the web upload pages.
 */
export function registerImportCommands(program: Command, base: Omit<CommandContext, 'overrides'>) {
  const { out } = base;
  const command = program.command('import').description(out.t('import.cli.description'));
  const withOptions = (sub: Command) =>
    sub
      .argument('<file>', out.t('import.cli.argument.file'))
      .requiredOption('--org <slug>', out.t('cli.option.org'))
      .option('--skip-invalid', out.t('import.cli.option.skipInvalid'))
      .option('--dry-run', out.t('import.cli.option.dryRun'));
  withOptions(
    command.command('contacts').description(out.t('import.cli.contacts.description')),
  ).action(importAction(base, 'contacts'));
  withOptions(command.command('survey').description(out.t('import.cli.survey.description')))
    .option('--survey <slug>', out.t('import.cli.option.survey'))
    .action(importAction(base, 'survey'));
}
