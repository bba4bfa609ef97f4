import { CommanderError } from 'commander';
import { isUiLanguage, type UiLanguage } from '../core/common/languages.ts';
import { registerImportCommands } from './commands/import.ts';
import { registerLocationCommands } from './commands/location.ts';
import { registerOrgCommands } from './commands/org.ts';
import { registerServerCommands } from './commands/server.ts';
import { registerSetupCommands } from './commands/setup.ts';
import { registerTokenCommands } from './commands/token.ts';
import { registerUserCommands } from './commands/user.ts';
import { registerReportCommands } from './commands/report.ts';
import { configuredLanguage, languageArgument } from './context.ts';
import { describeFailure, EXIT_USAGE } from './errors.ts';
import { createOutput, type CliIo } from './output.ts';
import { createProgram } from './program.ts';

/**
 * The `parcours` command. `argv` is `process.argv` (node, script, arguments…). Returns
 * the exit status and never exits the process: bin/parcours.mjs sets `process.exitCode`.
 * A long-running command (`serve`) returns once it listens; the server keeps the process up.
 */
export async function main(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
): Promise<number> {
  const args = argv.slice(2);
  const env = io.env ?? {};
  const requested = languageArgument(args);
  const lang: UiLanguage =
    requested !== undefined && isUiLanguage(requested) ? requested : configuredLanguage(env);
  const out = createOutput(io, lang);
  const verbose = args.includes('--verbose');
  const fail = (line: string, detail?: string) => {
    io.stderr.write(`parcours: ${line}\n`);
    if (detail) io.stderr.write(`${detail}\n`);
  };

  if (requested !== undefined && !isUiLanguage(requested)) {
    fail(`${out.t('cli.usage.invalidLanguage', { lang: requested })} ${out.t('cli.usage.hint')}`);
    return EXIT_USAGE;
  }

  const program = createProgram(io, out);
  const base = { io: { ...io, env }, out };
  registerServerCommands(program, base);
  registerSetupCommands(program, base);
  registerOrgCommands(program, base);
  registerUserCommands(program, base);
  registerLocationCommands(program, base);
  registerTokenCommands(program, base);
  registerImportCommands(program, base);
  registerReportCommands(program, base);

  try {
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version were asked for (status 0); `parcours org` alone printed help on stderr.
      if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return 0;
      if (error.code === 'commander.help') return EXIT_USAGE;
    }
    const failure = describeFailure(error, lang, verbose);
    fail(failure.line, failure.detail);
    return failure.code;
  }
}
