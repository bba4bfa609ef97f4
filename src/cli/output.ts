import type { UiLanguage } from '../core/common/languages.ts';
import type { MessageKey } from '../shared/i18n/catalog.ts';
import { translate, type MessageParams } from '../shared/i18n/translate.ts';

/** Where the command reads and writes; tests pass their own streams and environment. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<string | Buffer>;
  /** Extra environment, given to the configuration as overrides (tests set DATABASE_URL here). */
  env?: Record<string, string | undefined>;
}

/** Prints translated lines on standard output. */
export interface Output {
  lang: UiLanguage;
  t(key: MessageKey, params?: MessageParams): string;
  /** Prints one translated message. */
  say(key: MessageKey, params?: MessageParams): void;
  /** Prints text as is (a token, a table). */
  line(text?: string): void;
  table(header: MessageKey[], rows: string[][]): void;
}

export function createOutput(io: CliIo, lang: UiLanguage): Output {
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const line = (text = '') => void io.stdout.write(`${text}\n`);
  return {
    lang,
    t,
    line,
    say: (key, params) => line(t(key, params)),
    table(header, rows) {
      const all = [header.map((key) => t(key)), ...rows];
      const widths = all[0]!.map((_, column) =>
        Math.max(...all.map((row) => [...(row[column] ?? '')].length)),
      );
      for (const row of all) {
        line(
          row
            .map((cell, column) =>
              column === row.length - 1 ? cell : cell.padEnd(widths[column]!),
            )
            .join('  ')
            .trimEnd(),
        );
      }
    },
  };
}

/** Prints a generated password with the warning that it is shown only this once. */
export function printGeneratedPassword(out: Output, password: string): void {
  out.say('cli.password.generated', { password });
  out.say('cli.password.note');
}
