/** Timing and printing helpers shared by the bench cases. */

/** Mean time of `iterations` calls after a warm-up, in ms. */
export async function meanMs(iterations: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}

/** Median time of `iterations` calls after `warmUp` calls, in ms. */
export async function medianMs(
  iterations: number,
  fn: () => Promise<unknown>,
  warmUp = 2,
): Promise<number> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Wall time of one call, in ms, with its result. */
export async function once<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** One aligned result line: label, figure, and an optional ratio or note. */
export function line(label: string, figure: string, note = ''): void {
  console.log(`  ${label.padEnd(60)} ${figure.padStart(14)}   ${note}`.trimEnd());
}

export const fmt = {
  ms: (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`),
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
  ratio: (r: number) => `ratio ${r.toFixed(r >= 10 ? 0 : 2)}×`,
};

/** A whole-number option from `--name=value` on the command line or the environment variable. */
export function numberOption(arg: string, env: string, fallback: number): number {
  const flag = process.argv.find((a) => a.startsWith(`--${arg}=`));
  const text = flag?.slice(arg.length + 3) ?? process.env[env];
  if (text === undefined || text === '') return fallback;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`bench: bad --${arg} / ${env}: ${text}`);
  return value;
}
