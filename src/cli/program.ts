import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { MessageKey } from '../shared/i18n/catalog.ts';
import type { CliIo, Output } from './output.ts';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The root `parcours` command with translated help, output on the given streams, and
 * errors thrown (never `process.exit`) so that main() decides the exit status.
 * Subcommands made with `.command()` inherit all of this.
 */
export function createProgram(io: CliIo, out: Output): Command {
  const program = new Command('parcours');
  program
    .description(out.t('cli.program.description'))
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => (TITLES[title] ? out.t(TITLES[title]) : title),
    })
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // main() prints one translated line instead of commander's English message.
      outputError: () => undefined,
    })
    .exitOverride()
    .helpOption('-h, --help', out.t('cli.option.help'))
    .helpCommand('help [command]', out.t('cli.command.help'))
    .version(version(), '-V, --version', out.t('cli.option.version'))
    .option('--data <dir>', out.t('cli.option.data'))
    .option('--lang <lang>', out.t('cli.option.lang'))
    .option('--verbose', out.t('cli.option.verbose'));
  return program;
}
