import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';

/**
 * `parcours report annual --org SLUG --year YYYY [--format json|html|pdf|xlsx] [--out FILE]`:
 * the annual report in the global `--lang` (default: the organisation's language).
 */
export function registerReportCommands(
  _program: Command,
  _base: Omit<CommandContext, 'overrides'>,
) {}
