// Summaries of a CPU profile of the built app: the main thread's time by package or source
// folder, by function and by the nearest caller in the app's own code, each traced back to its
// source file through the build's source maps (see profile.ts).
import { join } from 'node:path';
import { packageOf } from './bundle-sources';
import { sourceLocator } from './source-locator';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
}

export interface Profile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Milliseconds of samples per node, only those taken in [from, to] (profile clock, ms). */
function selfTimes(profile: Profile, from: number, to: number): Map<number, number> {
  const times = new Map<number, number>();
  let at = profile.startTime / 1000;
  profile.samples.forEach((id, i) => {
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    if (at < from || at > to) return;
    const next = profile.timeDeltas[i + 1] ?? 0;
    times.set(id, (times.get(id) ?? 0) + next / 1000);
  });
  return times;
}

/** For each node, the nearest frame (itself or a caller) in the app's own code. */
function appCallers(profile: Profile, label: (node: ProfileNode) => string): Map<number, string> {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node);
  const callers = new Map<number, string>();
  for (const node of profile.nodes) {
    let at: ProfileNode | undefined = node;
    while (at && !/(^|\/)(src|mocks)\//.test(label(at))) at = parent.get(at.id);
    callers.set(node.id, at ? label(at) : '(outside the app)');
  }
  return callers;
}

function sourceOf(url: string, line: number, column: number): string {
  const outDir = process.env.BENCH_OUT_DIR ?? 'dist-bench';
  const path = /\/assets\/[^?#]+\.js/.exec(url)?.[0];
  if (!path) return url === '' ? '(engine)' : url;
  const file = join(outDir, path);
  let locate = locators.get(file);
  if (!locate) {
    locate = sourceLocator(file);
    locators.set(file, locate);
  }
  return locate(line, column) || path;
}
const locators = new Map<string, (line: number, column: number) => string>();

function table(title: string, rows: ReadonlyMap<string, number>, total: number, top: number) {
  const sorted = [...rows.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.info(`\n${title}`);
  for (const [name, ms] of sorted) {
    const share = ((ms / total) * 100).toFixed(1).padStart(5);
    console.info(`${Math.round(ms).toString().padStart(7)} ms ${share} %  ${name}`);
  }
}

export function summarise(profile: Profile, from: number, to: number): void {
  const times = selfTimes(profile, from, to);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byCaller = new Map<string, number>();
  const label = ({ callFrame }: ProfileNode) =>
    `${callFrame.functionName || '(anonymous)'}  ${sourceOf(callFrame.url, callFrame.lineNumber, callFrame.columnNumber).replace(/^.*node_modules\//, '')}`;
  const callers = appCallers(profile, label);
  let total = 0;
  for (const node of profile.nodes) {
    const ms = times.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const source = sourceOf(url, lineNumber, columnNumber);
    const group = source.startsWith('(') ? source : packageOf(source);
    const special = /^\((idle|program|garbage collector)\)$/.test(functionName);
    const key = special ? functionName : group;
    byPackage.set(key, (byPackage.get(key) ?? 0) + ms);
    const name = label(node);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const caller = special ? functionName : (callers.get(node.id) ?? '');
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + ms);
  }
  console.info(`\n${Math.round(total)} ms sampled`);
  table('Self time by package or source folder', byPackage, total, 20);
  table('Functions with the most self time', byFunction, total, 30);
  table('Time by the nearest caller in the app (src/, mocks/)', byCaller, total, 30);
}
