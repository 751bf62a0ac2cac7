// A change of view, told as a step of the exploration log: what the researcher did, in words a
// methods section can quote ("Year from 2018; at least 50 citations"), with the values in
// `detail`. Pure: the app calls it whenever the URL's view changes and logs what it returns.
// Moving to another paper, search or set of seeds is one step, whatever else the move reset;
// within one view, every change it made is named in one step, its kind that of the first.
import { clip, type LogDetail, type LogEntry, type LogKind } from '../domain/exploration-log';
import type { PaperId } from '../domain/paper';
import type { GraphFilters, IntentFilter } from '../graph/filters';
import type { LayoutName } from '../graph/layout/positions';
import type { SizeBy } from '../graph/node-size';
import { ALL_CITATIONS, type ViewState } from './url-codec';

export interface ViewStep {
  readonly kind: LogKind;
  readonly summary: string;
  readonly detail: LogDetail;
}

/** A view that may name several seeds (`?seeds=`); one without them shows none. */
type Seeded = Pick<ViewState, 'paper' | 'search'> & { readonly seeds?: readonly PaperId[] };
const seedsOf = (view: Seeded): readonly string[] => view.seeds ?? [];

/** Titles are quoted, and cut: the summary is one line of a log. */
const TITLE_LENGTH = 200;
const quoted = (text: string) => `“${clip(text, TITLE_LENGTH)}”`;
const count = new Intl.NumberFormat('en');
const plural = (n: number, one: string, many = `${one}s`) =>
  `${count.format(n)} ${n === 1 ? one : many}`;

const LAYOUTS: Record<LayoutName, string> = {
  radial: 'radial',
  force: 'force',
  timeline: 'timeline',
};
const SIZES: Record<SizeBy, string> = {
  citations: 'citations',
  'cited-here': 'cited here',
  rank: 'rank',
};
const INTENTS: Record<IntentFilter, string> = {
  background: 'background',
  methodology: 'methodology',
  result: 'result',
  none: 'no intent given',
};

const without = (list: readonly string[], other: readonly string[]) =>
  list.filter((item) => !other.includes(item));
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** "Year from 2018", "Any intent" → "Year from 2018; any intent". */
const sentence = (said: readonly string[]) =>
  said
    .map((part, index) => (index === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1)))
    .join('; ');

interface Part {
  readonly kind: LogKind;
  readonly summary: string;
  readonly detail: LogDetail;
}

function yearsPart(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? `Year ${from}` : `Years ${from}–${to}`;
  if (from !== null) return `Year from ${from}`;
  return to !== null ? `Year up to ${to}` : 'Any year';
}

/** One part naming every filter that changed, or null when none did. */
function filtersPart(prev: GraphFilters, next: GraphFilters): Part | null {
  const said: string[] = [];
  const changed: string[] = [];
  const detail: Record<string, LogDetail[string]> = {};
  if (prev.yearFrom !== next.yearFrom || prev.yearTo !== next.yearTo) {
    changed.push('years');
    said.push(yearsPart(next.yearFrom, next.yearTo));
    if (next.yearFrom !== null) detail.yearFrom = next.yearFrom;
    if (next.yearTo !== null) detail.yearTo = next.yearTo;
  }
  if (prev.minCitations !== next.minCitations) {
    changed.push('minCitations');
    said.push(
      next.minCitations > 0
        ? `At least ${plural(next.minCitations, 'citation')}`
        : 'Any number of citations',
    );
    detail.minCitations = next.minCitations;
  }
  if (prev.text.trim() !== next.text.trim()) {
    changed.push('text');
    said.push(next.text.trim() ? `Text ${quoted(next.text.trim())}` : 'No text filter');
    detail.text = next.text.trim();
  }
  for (const [name, shown] of [
    ['references', 'showReferences'],
    ['citations', 'showCitations'],
  ] as const) {
    if (prev[shown] === next[shown]) continue;
    changed.push(shown);
    said.push(
      `${name === 'references' ? 'References' : 'Citations'} ${next[shown] ? 'shown' : 'hidden'}`,
    );
    detail[shown] = next[shown];
  }
  if (prev.influentialOnly !== next.influentialOnly) {
    changed.push('influentialOnly');
    said.push(next.influentialOnly ? 'Influential links only' : 'Influential or not');
    detail.influentialOnly = next.influentialOnly;
  }
  if (!sameList(prev.intents, next.intents)) {
    changed.push('intents');
    const names = next.intents.map((intent) => INTENTS[intent]);
    said.push(names.length > 0 ? `Intents: ${names.join(', ')}` : 'Any intent');
    detail.intents = [...next.intents];
  }
  if (changed.length === 0) return null;
  return { kind: 'filter', summary: sentence(said), detail: { changed, ...detail } };
}

function papersPart(
  kind: 'expand' | 'collapse',
  ids: readonly string[],
  title: string | null | undefined,
): Part | null {
  if (ids.length === 0) return null;
  const verb = kind === 'expand' ? 'Expanded' : 'Collapsed';
  const one = ids.length === 1 ? ids[0] : undefined;
  const summary = one
    ? `${verb} ${title ? quoted(title) : `paper ${one}`}`
    : `${verb} ${plural(ids.length, 'paper')}`;
  const detail = { [kind === 'expand' ? 'expanded' : 'collapsed']: [...ids] };
  return { kind, summary, detail: one && title ? { ...detail, title } : detail };
}

/** The parts of a change within one view, most telling first. */
function viewParts(prev: ViewState, next: ViewState, title?: string | null): Part[] {
  const parts = [
    papersPart('expand', without(next.expanded, prev.expanded), title),
    papersPart('collapse', without(prev.expanded, next.expanded), title),
    filtersPart(prev.filters, next.filters),
  ];
  if (prev.showLinks !== next.showLinks) {
    const summary = `${next.showLinks ? 'Showed' : 'Hid'} the links among the papers`;
    parts.push({ kind: 'links', summary, detail: { showLinks: next.showLinks } });
  }
  if (prev.layout !== next.layout) {
    const summary = `Layout: ${LAYOUTS[next.layout]}`;
    parts.push({ kind: 'layout', summary, detail: { layout: next.layout } });
  }
  if (prev.sizeBy !== next.sizeBy) {
    const summary = `Size by ${SIZES[next.sizeBy]}`;
    parts.push({ kind: 'layout', summary, detail: { sizeBy: next.sizeBy } });
  }
  if (prev.citationCap !== next.citationCap) {
    const all = next.citationCap >= ALL_CITATIONS;
    const summary = all
      ? 'Citations loaded: all'
      : `Citations loaded: up to ${count.format(next.citationCap)}`;
    parts.push({
      kind: 'filter',
      summary,
      detail: { citationCap: all ? 'all' : next.citationCap },
    });
  }
  return parts.filter((part) => part !== null);
}

/**
 * The step that took the view from `prev` (null: the first view of the session) to `next`, or
 * null when nothing a reader would log changed (a snapshot shown, the sample switched on).
 * `title` names the paper the step is about: the paper opened, or the one expanded or collapsed.
 */
export function describeViewChange(
  prev: (ViewState & Seeded) | null,
  next: ViewState & Seeded,
  title?: string | null,
): ViewStep | null {
  if (next.paper !== null && next.paper !== prev?.paper) {
    const summary = `Opened ${title ? quoted(title) : `paper ${next.paper}`}`;
    return {
      kind: 'open',
      summary,
      detail: title ? { paper: next.paper, title } : { paper: next.paper },
    };
  }
  if (next.search !== null && next.search !== prev?.search) {
    return {
      kind: 'search',
      summary: `Searched for ${quoted(next.search)}`,
      detail: { query: next.search },
    };
  }
  const seeds = seedsOf(next);
  const before = prev ? seedsOf(prev) : [];
  if (seeds.length > 0 && !sameList(seeds, before)) return seedsStep(before, seeds, title);
  if (prev === null || (next.paper === null && next.search === null && seeds.length === 0)) {
    return null;
  }
  const parts = viewParts(prev, next, title);
  const [first] = parts;
  if (first === undefined) return null;
  const summary = sentence(parts.map((part) => part.summary));
  const detail = Object.assign({}, ...parts.map((part) => part.detail)) as LogDetail;
  return { kind: first.kind, summary, detail };
}

function seedsStep(
  before: readonly string[],
  seeds: readonly string[],
  title?: string | null,
): ViewStep {
  const added = without(seeds, before);
  const removed = without(before, seeds);
  const changes: string[] = [];
  const name = (ids: string[]) =>
    ids.length === 1 && title ? quoted(title) : count.format(ids.length);
  if (before.length > 0 && added.length > 0) changes.push(`added ${name(added)}`);
  if (removed.length > 0) changes.push(`removed ${name(removed)}`);
  const summary = `Seeds: ${plural(seeds.length, 'paper')}${changes.length > 0 ? ` (${changes.join(', ')})` : ''}`;
  return { kind: 'seeds', summary, detail: { seeds: seeds.length, added, removed } };
}

/** A filter step goes on the one before it (typing on, a slider dragged further) this long. */
export const CONTINUE_WITHIN_MS = 10_000;

/**
 * Whether `step`, taken at `at`, only carries on the last entry — both change the same one filter
 * and no more than CONTINUE_WITHIN_MS apart — so it should replace that entry, not follow it:
 * "Text “transformer”" rather than one step per pause in the typing.
 */
export function continuesLastStep(last: LogEntry | undefined, step: ViewStep, at: Date): boolean {
  if (last?.kind !== 'filter' || step.kind !== 'filter') return false;
  const a = last.detail?.changed;
  const b = step.detail.changed;
  const one = (value: unknown): value is readonly [string] =>
    Array.isArray(value) && value.length === 1;
  if (!one(a) || !one(b) || a[0] !== b[0]) return false;
  const elapsed = at.getTime() - Date.parse(last.at);
  return elapsed >= 0 && elapsed <= CONTINUE_WITHIN_MS;
}
