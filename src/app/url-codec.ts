// The URL holds the view, so a copied link reproduces what the user sees: the centre paper
// (any id the parser accepts) or a title search, the layout, the filters, how many citations
// were loaded, whether a snapshot is shown, and whether the offline sample is on.
import { isPaperId, type PaperId } from '../domain/paper';
import { INTENT_FILTERS, NO_FILTERS, type GraphFilters, type IntentFilter } from '../graph/filters';
import { isLayoutName, type LayoutName } from '../graph/layout/positions';
import type { SizeBy } from '../graph/node-size';

/** How many citations of the centre to load unless the link says otherwise. */
export const DEFAULT_CITATION_CAP = 5_000;
/** "Load all": more than the API will page through (it stops near 10,000). */
export const ALL_CITATIONS = 1_000_000;

export interface ViewState {
  readonly paper: string | null;
  /** A title search whose results are shown instead of a paper (`?search=`; `q` filters text). */
  readonly search: string | null;
  /**
   * Several seed papers drawn together (`seeds=id,id`, paperIds); empty for one centre, which is
   * always `paper=`. `name` names the collection a shared link came from.
   */
  readonly seeds: readonly PaperId[];
  readonly name: string | null;
  readonly layout: LayoutName;
  readonly sizeBy: SizeBy;
  readonly filters: GraphFilters;
  /** Draw the links among the neighbours (fetched on demand). */
  readonly showLinks: boolean;
  /** Papers whose own references and citations are added to the graph (`expand=id,id`). */
  readonly expanded: readonly PaperId[];
  /** How many citations of the centre to load ("Load more" raises it, "Load all" is Infinity). */
  readonly citationCap: number;
  /** When set, the view shows the snapshot taken at this time (ISO 8601), read-only. */
  readonly snapshot: string | null;
  readonly demo: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  paper: null,
  search: null,
  seeds: [],
  name: null,
  layout: 'radial',
  sizeBy: 'citations',
  filters: NO_FILTERS,
  showLinks: false,
  expanded: [],
  citationCap: DEFAULT_CITATION_CAP,
  snapshot: null,
  demo: false,
};

function year(value: string | null): number | null {
  if (value === null || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

function citationCap(value: string | null): number {
  if (value === 'all') return ALL_CITATIONS;
  if (value === null || !/^\d{1,9}$/.test(value)) return DEFAULT_CITATION_CAP;
  const cap = Number(value);
  return cap > 0 ? Math.min(cap, ALL_CITATIONS) : DEFAULT_CITATION_CAP;
}

const text = (value: string | null): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** `intents=methodology,none`: the known names, each once, in one order whatever the link's. */
function intents(value: string | null): IntentFilter[] {
  const given = new Set(value?.split(',') ?? []);
  return INTENT_FILTERS.filter((intent) => given.has(intent));
}

/** A small positive count (`minSeeds=2`); anything else is no filter. */
function count(value: string | null): number {
  return value !== null && /^\d{1,4}$/.test(value) ? Number(value) : 0;
}

function sizeBy(value: string | null): SizeBy {
  return value === 'cited-here' || value === 'rank' ? value : 'citations';
}

/** `expand=a,b` and `seeds=a,b`: paperIds only (40 hex characters), each once, in the order given. */
function idList(value: string | null): PaperId[] {
  const ids = (value ?? '').split(',').filter(isPaperId);
  return [...new Set(ids)];
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const layout = params.get('layout');
  const min = Number(params.get('minCitations') ?? '0');
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const seeds = idList(params.get('seeds'));
  // One seed is one centre: the link names it as a paper.
  const paper = text(params.get('paper')) ?? (seeds.length === 1 ? (seeds[0] ?? null) : null);
  return {
    paper: seeds.length > 1 ? null : paper,
    search: text(params.get('search')),
    seeds: seeds.length > 1 ? seeds : [],
    name: text(params.get('name'))?.slice(0, 120) ?? null,
    layout: isLayoutName(layout) ? layout : DEFAULT_VIEW.layout,
    sizeBy: sizeBy(params.get('size')),
    filters: {
      yearFrom: from,
      yearTo: to,
      minCitations: Number.isInteger(min) && min > 0 ? min : 0,
      text: params.get('q') ?? '',
      showReferences: params.get('references') !== '0',
      showCitations: params.get('citations') !== '0',
      influentialOnly: params.get('influential') === '1',
      intents: intents(params.get('intents')),
      minSeedLinks: count(params.get('minSeeds')),
    },
    showLinks: params.get('links') === '1',
    expanded: idList(params.get('expand')),
    citationCap: citationCap(params.get('cites')),
    snapshot: text(params.get('snapshot')),
    demo: params.get('demo') === '1',
  };
}

export function formatView(view: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = view;
  if (view.paper) params.set('paper', view.paper);
  if (view.search) params.set('search', view.search);
  if (view.seeds.length > 0) params.set('seeds', view.seeds.join(','));
  if (view.name) params.set('name', view.name);
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set('size', view.sizeBy);
  if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
  if (filters.minCitations > 0) params.set('minCitations', String(filters.minCitations));
  if (filters.text.trim() !== '') params.set('q', filters.text);
  if (!filters.showReferences) params.set('references', '0');
  if (!filters.showCitations) params.set('citations', '0');
  if (filters.influentialOnly) params.set('influential', '1');
  if (filters.intents.length > 0) params.set('intents', intents(filters.intents.join()).join());
  if (filters.minSeedLinks > 1) params.set('minSeeds', String(filters.minSeedLinks));
  if (view.showLinks) params.set('links', '1');
  if (view.expanded.length > 0) params.set('expand', view.expanded.join(','));
  if (view.citationCap !== DEFAULT_CITATION_CAP) {
    params.set('cites', view.citationCap === ALL_CITATIONS ? 'all' : String(view.citationCap));
  }
  if (view.snapshot) params.set('snapshot', view.snapshot);
  if (view.demo) params.set('demo', '1');
  // Keep ids and lists readable in the address bar: / : and , need no escaping in a query.
  const query = params
    .toString()
    .replaceAll('%2F', '/')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/**
 * The view after moving to a new centre, the one way every part of the app re-centres: a new
 * paper has its own years, counts and words, so ranges, minimum and text go; what to show,
 * the layout and the links stay. Searches, snapshots, raised caps and expansions belonged to the
 * old view.
 */
export function centredOn(view: ViewState, paper: string): ViewState {
  return {
    ...view,
    paper,
    search: null,
    seeds: [],
    name: null,
    snapshot: null,
    citationCap: DEFAULT_CITATION_CAP,
    expanded: [],
    filters: {
      ...view.filters,
      yearFrom: null,
      yearTo: null,
      minCitations: 0,
      text: '',
      minSeedLinks: 0,
    },
  };
}

/** The view showing the results of a title search. */
export function searchingFor(view: ViewState, query: string): ViewState {
  return {
    ...DEFAULT_VIEW,
    layout: view.layout,
    sizeBy: view.sizeBy,
    demo: view.demo,
    search: query,
  };
}

/** The view drawing several seeds together (one seed is simply that paper). */
export function seededWith(
  view: ViewState,
  seeds: readonly PaperId[],
  name: string | null,
): ViewState {
  const unique = [...new Set(seeds)];
  if (unique.length === 1 && unique[0]) return centredOn(view, unique[0]);
  return { ...centredOn(view, ''), paper: null, seeds: unique, name };
}
