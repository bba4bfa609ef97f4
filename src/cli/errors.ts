import { CommanderError } from 'commander';
import { loggableError } from '../services/db-errors.ts';
import { ConfigError } from '../api/config.ts';
import { AppError, isAppError } from '../core/common/errors.ts';
import type { UiLanguage } from '../core/common/languages.ts';
import type { MessageKey } from '../shared/i18n/catalog.ts';
import { translate, translateDynamic, type MessageParams } from '../shared/i18n/translate.ts';

/** A failure of the command line itself (an unknown slug or e-mail), with a catalog message. */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'CliError';
  }
}

/** Exit statuses: 1 for a refused or failed operation, 2 for a command used wrongly. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const USAGE_KEYS: Record<string, MessageKey> = {
  'commander.unknownOption': 'cli.usage.unknownOption',
  'commander.unknownCommand': 'cli.usage.unknownCommand',
  'commander.missingMandatoryOptionValue': 'cli.usage.missingOption',
  'commander.optionMissingArgument': 'cli.usage.missingValue',
  'commander.missingArgument': 'cli.usage.missingValue',
  'commander.excessArguments': 'cli.usage.excessArguments',
};

/** Commander's messages are English; we keep only the quoted token (`'--slug <slug>'`) and translate the rest. */
function usageMessage(lang: UiLanguage, error: CommanderError): string {
  const key = USAGE_KEYS[error.code] ?? 'cli.usage.invalid';
  const token = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  return `${translate(lang, key, { option: token, command: token })} ${translate(lang, 'cli.usage.hint')}`;
}

function appErrorMessage(lang: UiLanguage, error: AppError): string {
  const head = translate(
    lang,
    `error.${error.code}`,
    error.code === 'INTERNAL' ? { requestId: '-' } : error.params,
  );
  // Field issues explain a validation failure; other errors (SLUG_TAKEN…) say it all in their message.
  const issues = error.issues
    .filter(() => error.code === 'VALIDATION_FAILED')
    .map(
      (issue) =>
        `${issue.path}: ${translateDynamic(lang, `issue.${issue.code}`, issue.params, translate(lang, 'issue.invalid'))}`,
    );
  return [head, ...issues].join(' ');
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '3D000',
  '28P01',
  '28000',
]);

/** The one line printed for any failure, and the exit status that goes with it. */
export function describeFailure(
  error: unknown,
  lang: UiLanguage,
  verbose: boolean,
): { line: string; detail?: string; code: number } {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  if (error instanceof CommanderError) return { line: usageMessage(lang, error), code: EXIT_USAGE };
  if (error instanceof CliError)
    return { line: translate(lang, error.key, error.params), code: EXIT_FAILURE };
  if (isAppError(error)) return { line: appErrorMessage(lang, error), code: EXIT_FAILURE };
  if (error instanceof ConfigError) {
    return {
      line: `${translate(lang, 'error.CONFIG_INVALID')} ${error.problems.join('; ')}`,
      code: EXIT_FAILURE,
    };
  }
  // Never a query's parameters: they hold personal data, password hashes and tokens.
  const safe = loggableError(error);
  const message = oneLine(safe.message || safe.type);
  const detail = verbose ? safe.stack : undefined;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    const { address, port } = error as { address?: string; port?: number };
    const line = translate(lang, 'cli.error.addressInUse', {
      address: `${address ?? ''}:${port ?? ''}`,
    });
    return { line, ...(detail ? { detail } : {}), code: EXIT_FAILURE };
  }
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    return {
      line: translate(lang, 'cli.error.databaseUnavailable', { message }),
      ...(detail ? { detail } : {}),
      code: EXIT_FAILURE,
    };
  }
  return {
    line: translate(lang, 'cli.error.unexpected', { message }),
    ...(detail ? { detail } : {}),
    code: EXIT_FAILURE,
  };
}

/**
 * Rewrites the field paths of a validation error into the command's option names
 * (`organisation.slug` → `org-slug`, `roles.0` → `role`), so the user sees what to fix.
 */
export function withOptionNames(error: unknown, names: Record<string, string>): unknown {
  if (!isAppError(error) || !error.issues.length) return error;
  const keys = Object.keys(names).sort((a, b) => b.length - a.length);
  const issues = error.issues.map((issue) => {
    const key = keys.find((k) => issue.path === k || issue.path.startsWith(`${k}.`));
    return key ? { ...issue, path: names[key]! } : issue;
  });
  return new AppError(error.code, { params: error.params, issues, cause: error });
}
