// Command-line and environment options: `npm run bench -- --runs 5 --sizes 100,1000`, or
// BENCH_RUNS / BENCH_SIZES / BENCH_OUT_DIR. Flags win over the environment.
export interface BenchOptions {
  /** Runs per size; every figure is the median over them. */
  readonly runs: number;
  /** Citations of the generated paper (its references are a tenth, between 20 and 500). */
  readonly sizes: readonly number[];
  /** Where the app is built; removed afterwards unless `keepBuild`. */
  readonly outDir: string;
  /** Serve an existing build in `outDir` instead of building (for iterating on the benchmark). */
  readonly reuseBuild: boolean;
  readonly keepBuild: boolean;
  /** Write docs/benchmarks.md and bench-results.json (default); off for a quick look. */
  readonly write: boolean;
}

export const DEFAULT_SIZES = [100, 1_000, 5_000, 10_000] as const;

const USAGE = `Usage: npm run bench -- [--runs N] [--sizes 100,1000,5000,10000] [--out-dir DIR]
  [--reuse-build] [--keep-build] [--no-write]`;

function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer.`);
  return value;
}

function sizes(text: string): number[] {
  return text
    .split(',')
    .filter((s) => s.trim() !== '')
    .map((s) => positiveInt('Each size', s.trim()));
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const options = {
    runs: positiveInt('BENCH_RUNS', env.BENCH_RUNS ?? '3'),
    sizes: env.BENCH_SIZES ? sizes(env.BENCH_SIZES) : [...DEFAULT_SIZES],
    outDir: env.BENCH_OUT_DIR ?? 'dist-bench',
    reuseBuild: false,
    keepBuild: false,
    write: true,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${flag ?? ''} needs a value.\n${USAGE}`);
      return next;
    };
    if (flag === '--runs') options.runs = positiveInt('--runs', value());
    else if (flag === '--sizes') options.sizes = sizes(value());
    else if (flag === '--out-dir') options.outDir = value();
    else if (flag === '--reuse-build') options.reuseBuild = true;
    else if (flag === '--keep-build') options.keepBuild = true;
    else if (flag === '--no-write') options.write = false;
    else throw new Error(`Unknown option ${flag ?? ''}.\n${USAGE}`);
  }
  if (options.sizes.length === 0) throw new Error(`No sizes given.\n${USAGE}`);
  return options;
}
