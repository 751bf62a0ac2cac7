// The URL holds the view, so a copied link reproduces what the user sees: the centre paper
// (any id the parser accepts), the layout, the filters, and whether the offline sample is on.
import { NO_FILTERS, type GraphFilters } from '../graph/filters';
import { isLayoutName, type LayoutName } from '../graph/layout/positions';

export interface ViewState {
  readonly paper: string | null;
  readonly layout: LayoutName;
  readonly filters: GraphFilters;
  /** Draw the links among the neighbours (fetched on demand). */
  readonly showLinks: boolean;
  readonly demo: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  paper: null,
  layout: 'radial',
  filters: NO_FILTERS,
  showLinks: false,
  demo: false,
};

function year(value: string | null): number | null {
  if (value === null || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const paper = params.get('paper')?.trim() ?? '';
  const layout = params.get('layout');
  const min = Number(params.get('minCitations') ?? '0');
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    paper: paper === '' ? null : paper,
    layout: isLayoutName(layout) ? layout : DEFAULT_VIEW.layout,
    filters: {
      yearFrom: from,
      yearTo: to,
      minCitations: Number.isInteger(min) && min > 0 ? min : 0,
      text: params.get('q') ?? '',
      showReferences: params.get('references') !== '0',
      showCitations: params.get('citations') !== '0',
    },
    showLinks: params.get('links') === '1',
    demo: params.get('demo') === '1',
  };
}

export function formatView(view: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = view;
  if (view.paper) params.set('paper', view.paper);
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
  if (filters.minCitations > 0) params.set('minCitations', String(filters.minCitations));
  if (filters.text.trim() !== '') params.set('q', filters.text);
  if (!filters.showReferences) params.set('references', '0');
  if (!filters.showCitations) params.set('citations', '0');
  if (view.showLinks) params.set('links', '1');
  if (view.demo) params.set('demo', '1');
  // Keep ids readable in the address bar: DOIs and prefixed ids need no escaping of / and :.
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}
