// bench-results.json at the repository root (git-ignored) for tools, and the generated part of
// docs/benchmarks.md for people: everything between the two markers is rewritten each run, the
// prose around them is kept. Both are formatted as the repository's Prettier config says.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { BundleReport } from './bundle';
import type { Machine } from './machine';
import { round } from './stats';
import type { SizeSummary, Target } from './summary';

export const RESULTS_FILE = 'bench-results.json';
export const DOCS_FILE = 'docs/benchmarks.md';
const START = '<!-- bench:results:start (written by npm run bench) -->';
const END = '<!-- bench:results:end -->';

export interface Results {
  readonly machine: Machine;
  readonly runs: number;
  readonly sizes: readonly SizeSummary[];
  readonly bundle: BundleReport;
  readonly targets: readonly Target[];
  readonly failedRuns: readonly string[];
}

function bySize(sizes: readonly SizeSummary[], pick: (s: SizeSummary) => number, digits = 1) {
  return Object.fromEntries(sizes.map((s) => [String(s.size), round(pick(s), digits)]));
}

export function resultsJson(results: Results): unknown {
  const { sizes } = results;
  return {
    generatedAt: new Date().toISOString(),
    machine: results.machine,
    runsPerSize: results.runs,
    requests: {
      measured: sizes.reduce((sum, s) => sum + s.requestsMeasured, 0),
      minimum: sizes.reduce((sum, s) => sum + s.requestsMinimum, 0),
      bySize: Object.fromEntries(
        sizes.map((s) => [
          String(s.size),
          { measured: s.requestsMeasured, minimum: s.requestsMinimum, ...s.requestsByEndpoint },
        ]),
      ),
    },
    overheadVsRawCytoscape: bySize(sizes, (s) => s.overhead.median, 2),
    overheadVsRawCytoscapeSameStyle: bySize(sizes, (s) => s.overheadSameStyle.median, 2),
    overheadWholeGraphVsRawCytoscape: bySize(sizes, (s) => s.overheadWholeGraph.median, 2),
    dataReadyToInteractiveMs: bySize(sizes, (s) => s.readyMs.median, 0),
    openToInteractiveMs: bySize(sizes, (s) => s.openMs.median, 0),
    rawCytoscapeMs: bySize(sizes, (s) => s.rawDefaultMs.median, 0),
    openToInteractiveVsRaw: bySize(sizes, (s) => s.openVsRaw.median, 2),
    yearFilterMs: bySize(sizes, (s) => s.filterApplyMs.median, 0),
    cytoscapeAloneFilterMs: bySize(sizes, (s) => s.filterDirectMs.median, 0),
    yearFilterVsCytoscapeAlone: bySize(sizes, (s) => s.filterVsAlone.median, 2),
    filterInputPaintMs: bySize(sizes, (s) => s.keystrokeP95Ms.median),
    filterInputPaintMaxMs: bySize(sizes, (s) => s.keystrokeMaxMs.median),
    filterKeydownPaintMs: bySize(sizes, (s) => s.keystrokeKeydownP95Ms.median),
    filterInputEventDurationMs: bySize(sizes, (s) => s.keystrokeEventP95Ms.median),
    renderer: Object.fromEntries(sizes.map((s) => [String(s.size), s.renderer])),
    frameMs: bySize(sizes, (s) => s.frameMs.median),
    initialJsGzipKB: round(results.bundle.initialGzipKB),
    heapMB: bySize(sizes, (s) => s.heapMB.median),
    targets: results.targets,
    failedRuns: results.failedRuns,
    details: sizes,
    chunks: results.bundle.chunks,
  };
}

async function formatted(path: string, text: string, parser: string): Promise<string> {
  const config = (await resolveConfig(path)) ?? {};
  return format(text, { ...config, parser });
}

export async function writeResults(results: Results, section: string): Promise<void> {
  const json = JSON.stringify(resultsJson(results), null, 2);
  writeFileSync(RESULTS_FILE, await formatted(RESULTS_FILE, json, 'json'));

  const template = `# Benchmarks\n\n${START}\n${END}\n`;
  const doc = existsSync(DOCS_FILE) ? readFileSync(DOCS_FILE, 'utf8') : template;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const body =
    start >= 0 && end > start
      ? `${doc.slice(0, start + START.length)}\n\n${section}\n\n${doc.slice(end)}`
      : `${doc.trimEnd()}\n\n${START}\n\n${section}\n\n${END}\n`;
  writeFileSync(DOCS_FILE, await formatted(DOCS_FILE, body, 'markdown'));
}
