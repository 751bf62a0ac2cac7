// `npm run bench`: builds the app with the API twin, serves it, and measures it in headless
// Chromium at 100, 1,000, 5,000 and 10,000 citations (medians of 3 runs by default), next to raw
// Cytoscape drawing the same elements in the same page. Prints the tables, writes
// bench-results.json and the results section of docs/benchmarks.md. Missed targets are
// reported, not failed: the exit code is non-zero only when the benchmark itself breaks.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/browser';
import { measureBundle } from './bundle';
import { chunkComposition, type Share } from './bundle-sources';
import { describeGraphics, describeMachine } from './machine';
import { parseOptions } from './options';
import { writeResults, type Results } from './outputs';
import { runOnce, type RunResult } from './run-once';
import { buildApp, serveApp } from './serve';
import { summariseSize, targets } from './summary';
import {
  bundleTable,
  drawingTable,
  filterTable,
  machineLine,
  panZoomTable,
  styleTable,
  targetTable,
} from './tables';

const options = parseOptions(process.argv.slice(2), process.env);

function describeRun(run: RunResult): string {
  const r = (n: number) => Math.round(n).toLocaleString('en');
  return (
    `${r(run.open.nodes)} nodes, ${run.requestsMeasured}/${run.requestsMinimum} requests, ` +
    `open→interactive ${r(run.open.openToInteractiveMs)} ms, ` +
    `ready→interactive ${r(run.open.readyToInteractiveMs)} ms vs raw ${r(run.raw.default.ms)} ms, ` +
    `filter ${r(run.yearFilter.applyMs)} ms vs alone ${r(run.yearFilter.directMs)} ms, ` +
    `keystroke p95 ${r(run.inputPaint.p95Ms)} ms (worst ${r(run.inputPaint.maxMs)}), ` +
    `frame ${run.panZoom.input.meanMs.toFixed(1)} ms, renderer ${run.renderer}, ` +
    `heap ${run.heapMB.toFixed(1)} MB`
  );
}

function section(results: Results, parts: ReadonlyMap<string, Share[]>): string {
  const date = new Date().toISOString().slice(0, 10);
  const failed = results.failedRuns.length
    ? `\n\nFailed runs (left out): ${results.failedRuns.join('; ')}.`
    : '';
  return [
    `Measured on ${date}: ${machineLine(results.machine, results.runs, results.sizes)}${failed}`,
    `### Targets\n\n${targetTable(results.targets)}`,
    `### Opening a paper (ms)\n\n${drawingTable(results.sizes)}`,
    `### The same elements drawn other ways (ms)\n\n${styleTable(results.sizes)}`,
    `### Filtering and typing (ms)\n\n${filterTable(results.sizes)}`,
    `### Panning and zooming (ms), memory\n\n${panZoomTable(results.sizes)}`,
    `### JavaScript\n\nInitial JS (entry and preloaded chunks): ` +
      `${results.bundle.initialGzipKB.toFixed(1)} KB gzip.\n\n${bundleTable(results.bundle, parts)}`,
  ].join('\n\n');
}

async function main(): Promise<void> {
  const { outDir } = options;
  if (!options.reuseBuild) {
    console.info(`Building the app with the API twin into ${outDir}…`);
    await buildApp(outDir);
  }
  const bundle = measureBundle(outDir);
  const parts = new Map(bundle.chunks.map((c) => [c.file, chunkComposition(join(outDir, c.file))]));
  const served = await serveApp(outDir);
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const graphics = await describeGraphics(browser);
    const done: RunResult[] = [];
    const failedRuns: string[] = [];
    for (let run = 1; run <= options.runs; run += 1) {
      for (const size of options.sizes) {
        const label = `run ${run}/${options.runs}, ${size.toLocaleString('en')} citations`;
        try {
          const result = await runOnce(browser, served.url, size);
          done.push(result);
          console.info(`${label}: ${describeRun(result)}`);
          for (const error of result.errors) console.warn(`  page error: ${error}`);
        } catch (error) {
          failedRuns.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
          console.error(`${label} failed:`, error);
        }
      }
    }
    const sizes = options.sizes.map((size) =>
      summariseSize(
        size,
        done.filter((r) => r.size === size),
      ),
    );
    const results: Results = {
      machine: describeMachine(browser, graphics, loadAtStart),
      runs: options.runs,
      sizes,
      bundle,
      targets: targets(sizes, bundle.initialGzipKB),
      failedRuns,
    };
    const text = section(results, parts);
    console.info(`\n${text}\n`);
    if (options.write) {
      await writeResults(results, text);
      console.info('Wrote bench-results.json and docs/benchmarks.md.');
    }
    if (failedRuns.length > 0) process.exitCode = 1;
  } finally {
    await browser?.close();
    await served.close();
    if (!options.keepBuild && !options.reuseBuild) rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
