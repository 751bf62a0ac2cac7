// The results as Markdown tables: printed by `npm run bench` and written into
// docs/benchmarks.md. Each cell is a median with its range over the runs.
import type { BundleReport } from './bundle';
import type { Share } from './bundle-sources';
import type { Machine } from './machine';
import type { Spread } from './stats';
import type { SizeSummary, Target } from './summary';

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '–');
const dec = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function ms(s: Spread): string {
  return s.n > 1 ? `${int(s.median)} (${int(s.min)}–${int(s.max)})` : int(s.median);
}

function fixed(s: Spread, digits = 1): string {
  const d = (n: number) => dec(n, digits);
  return s.n > 1 ? `${d(s.median)} (${d(s.min)}–${d(s.max)})` : d(s.median);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function drawingTable(sizes: readonly SizeSummary[]): string {
  return table(
    [
      'Citations',
      'Nodes / edges',
      'Requests (min.)',
      'Open → interactive',
      'Data ready → interactive',
      'of which waiting for the graph chunk',
      'of which until laid out',
      'Raw Cytoscape',
      'of which add + layout',
      'Ratio (data ready)',
      'Ratio (open)',
    ],
    sizes.map((s) => [
      int(s.size),
      `${int(s.nodes)} / ${int(s.edges)}`,
      `${int(s.requestsMeasured)} (${int(s.requestsMinimum)})`,
      ms(s.openMs),
      ms(s.readyMs),
      ms(s.canvasWaitMs),
      ms(s.readyToLaidOutMs),
      ms(s.rawDefaultMs),
      ms(s.rawDefaultScriptMs),
      fixed(s.overhead, 2),
      fixed(s.openVsRaw, 2),
    ]),
  );
}

export function styleTable(sizes: readonly SizeSummary[]): string {
  return table(
    [
      'Citations',
      'Raw, app style',
      'Ratio vs raw, app style',
      'Raw, app style without labels',
      'Whole graph from memory (app)',
      'Ratio, whole graph vs raw',
    ],
    sizes.map((s) => [
      int(s.size),
      ms(s.rawAppMs),
      fixed(s.overheadSameStyle, 2),
      ms(s.rawAppNoLabelsMs),
      ms(s.reopenMs),
      fixed(s.overheadWholeGraph, 2),
    ]),
  );
}

export function filterTable(sizes: readonly SizeSummary[]): string {
  return table(
    [
      'Citations',
      'Year filter (nodes hidden)',
      'of which before Cytoscape',
      'Filter cleared',
      'Same classes, Cytoscape alone',
      'Ratio to Cytoscape alone',
      'Keystroke painted, p95 (worst)',
      'from keydown, p95',
      'Event Timing, p95',
    ],
    sizes.map((s) => [
      int(s.size),
      `${ms(s.filterApplyMs)} (${int(s.hidden)})`,
      ms(s.filterBeforeClassesMs),
      ms(s.filterClearMs),
      ms(s.filterDirectMs),
      fixed(s.filterVsAlone, 2),
      `${ms(s.keystrokeP95Ms)} (${int(s.keystrokeMaxMs.median)})`,
      ms(s.keystrokeKeydownP95Ms),
      ms(s.keystrokeEventP95Ms),
    ]),
  );
}

export function panZoomTable(sizes: readonly SizeSummary[]): string {
  return table(
    [
      'Citations',
      'Pan/zoom mean frame',
      'Median frame',
      'Worst frame',
      'Per input event',
      'Code-driven mean frame',
      'JS heap, MB',
      'Heap on Welcome before / after, MB',
    ],
    sizes.map((s) => [
      int(s.size),
      fixed(s.frameMs),
      fixed(s.frameMedianMs),
      ms(s.frameWorstMs),
      ms(s.msPerEvent),
      fixed(s.codeFrameMs),
      fixed(s.heapMB),
      `${fixed(s.heapWelcomeMB)} / ${fixed(s.heapLeftMB)}`,
    ]),
  );
}

export function targetTable(list: readonly Target[]): string {
  return table(
    ['Target', 'Limit', 'Measured (median)', 'Met'],
    list.map((t) => [t.name, t.limit, t.measured, t.met ? 'yes' : '**no**']),
  );
}

export function bundleTable(bundle: BundleReport, parts: ReadonlyMap<string, Share[]>): string {
  const kb = (bytes: number) => dec(bytes / 1024, 1);
  return table(
    ['Chunk', 'Loaded', 'Minified, KB', 'Gzip, KB', 'Made of (share of characters)'],
    bundle.chunks
      .filter((c) => c.gzipBytes > 2048 || c.initial)
      .map((c) => [
        c.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js'),
        c.initial ? 'at start' : 'lazily',
        kb(c.bytes),
        kb(c.gzipBytes),
        (parts.get(c.file) ?? [])
          .slice(0, 5)
          .map((p) => `${p.name} ${Math.round(p.fraction * 100)}%`)
          .join(', '),
      ]),
  );
}

/** Which Cytoscape renderer drew, once if every size agrees, else size by size. */
export function rendererText(sizes: readonly SizeSummary[]): string {
  const names = new Set(sizes.map((s) => s.renderer));
  if (names.size <= 1) return `Cytoscape's renderer: ${[...names][0] ?? '–'}.`;
  return `Cytoscape's renderer: ${sizes.map((s) => `${int(s.size)}: ${s.renderer}`).join(', ')}.`;
}

export function machineLine(machine: Machine, runs: number, sizes: readonly SizeSummary[]): string {
  const { graphics } = machine;
  const drawing = graphics.gpu
    ? `WebGL on ${graphics.webgl}`
    : `software rendering, no GPU; WebGL: ${graphics.webgl}`;
  return (
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.os}; ` +
    `headless ${machine.browser} (${drawing}); Node ${machine.node}. ${rendererText(sizes)} ` +
    `Load average ${machine.loadAverage.map((n) => n.toFixed(1)).join(' → ')} over the runs. ` +
    `${runs} ${runs === 1 ? 'run' : 'runs'} per size, medians (range).`
  );
}
