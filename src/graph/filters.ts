// What the researcher narrows the neighbourhood to. Pure: a filter is a predicate over nodes,
// so applying one never refetches and never touches the renderer's elements.
import type { Intent } from '../domain/paper';
import type { GraphNode } from './citation-graph';

/** An intent to keep, or 'none': links that give no intent at all. */
export type IntentFilter = Intent | 'none';
export const INTENT_FILTERS: readonly IntentFilter[] = [
  'background',
  'methodology',
  'result',
  'none',
];

export interface GraphFilters {
  readonly yearFrom: number | null;
  readonly yearTo: number | null;
  readonly minCitations: number;
  /** Matched against title, author names and venue, case-insensitively. */
  readonly text: string;
  readonly showReferences: boolean;
  readonly showCitations: boolean;
  /** Only papers whose link with the centre S2 marks influential. */
  readonly influentialOnly: boolean;
  /** Papers whose link with the centre has any of these; empty: no intent filter. */
  readonly intents: readonly IntentFilter[];
  /** With several seeds: papers linked to at least this many of them (0 or 1: no filter). */
  readonly minSeedLinks: number;
}

export const NO_FILTERS: GraphFilters = {
  yearFrom: null,
  yearTo: null,
  minCitations: 0,
  text: '',
  showReferences: true,
  showCitations: true,
  influentialOnly: false,
  intents: [],
  minSeedLinks: 0,
};

export function hasYearRange(filters: GraphFilters): boolean {
  return filters.yearFrom !== null || filters.yearTo !== null;
}

function matchesRelation(node: GraphNode, filters: GraphFilters): boolean {
  switch (node.relation) {
    case 'centre':
      return true;
    case 'both':
      return filters.showReferences || filters.showCitations;
    case 'citation':
      return filters.showCitations;
    case 'reference':
      return filters.showReferences;
    case 'unresolved':
      return node.unresolvedIn === 'citations' ? filters.showCitations : filters.showReferences;
  }
}

function searchableText(node: GraphNode): string {
  const { title, venue, authors } = node.paper;
  return [title ?? '', venue ?? '', ...authors.map((a) => a.name)].join('\n').toLowerCase();
}

function intentMatcher(wanted: readonly IntentFilter[]): (node: GraphNode) => boolean {
  if (wanted.length === 0) return () => true;
  const intents = new Set(wanted);
  const none = intents.has('none');
  return (node) =>
    node.intents.length === 0 ? none : node.intents.some((intent) => intents.has(intent));
}

/** Builds the predicate once per filter change; call it per node. */
export function nodeMatcher(filters: GraphFilters): (node: GraphNode) => boolean {
  const text = filters.text.trim().toLowerCase();
  const matchesIntent = intentMatcher(filters.intents);
  const ranged = hasYearRange(filters);
  const from = filters.yearFrom ?? -Infinity;
  const to = filters.yearTo ?? Infinity;
  return (node) => {
    if (node.relation === 'centre') return true;
    if (!matchesRelation(node, filters)) return false;
    const { year, citationCount } = node.paper;
    if (ranged && (year === null || year < from || year > to)) return false;
    if (filters.minCitations > 0 && (citationCount ?? 0) < filters.minCitations) return false;
    if (filters.influentialOnly && !node.isInfluential) return false;
    if (filters.minSeedLinks > 1 && (node.seedLinks ?? 0) < filters.minSeedLinks) return false;
    if (!matchesIntent(node)) return false;
    if (text && !searchableText(node).includes(text)) return false;
    return true;
  };
}

/** Papers hidden only because they have no year while a year range is set. */
export function countHiddenForNoYear(nodes: readonly GraphNode[], filters: GraphFilters): number {
  if (!hasYearRange(filters)) return 0;
  const unranged = nodeMatcher({ ...filters, yearFrom: null, yearTo: null });
  return nodes.filter((node) => node.paper.year === null && unranged(node)).length;
}
