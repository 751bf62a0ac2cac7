// How the graph looks. Colours carry the relation (grey centre, green citations, blue
// references); size carries the citation count (set per node as data). Interaction state is
// expressed by classes (`is-selected`, `is-hidden`, `is-faded`) so changing it never rebuilds
// elements. Labels only draw above a zoom level, and edges are cheap haystacks: both matter at
// thousands of nodes.
import type { StylesheetJson } from 'cytoscape';

export const COLOURS = {
  centre: '#6b7280',
  citation: '#16a34a',
  reference: '#2563eb',
  both: '#2563eb',
  bothRing: '#16a34a',
  selected: '#f59e0b',
  edge: '#94a3b8',
  label: '#111827',
} as const;

export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(colour)',
      'border-width': 1,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-size': 11,
      // Labels appear once they would render at 12 px or more: at overview zoom they are noise.
      'min-zoomed-font-size': 12,
      color: COLOURS.label,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  {
    selector: 'node[relation = "both"]',
    style: {
      'border-width': 4,
      'border-color': COLOURS.bothRing,
    },
  },
  {
    selector: 'node[relation = "centre"]',
    style: {
      'border-width': 3,
      'border-color': '#374151',
      'font-size': 24,
      'font-weight': 'bold',
      'min-zoomed-font-size': 0,
      'z-index': 10,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'line-color': COLOURS.edge,
      opacity: 0.45,
    },
  },
  {
    // Arrows (citing → cited) need a non-haystack curve; draw them only while edges are few.
    selector: 'edge.with-arrow',
    style: {
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': COLOURS.edge,
      'arrow-scale': 0.8,
    },
  },
  { selector: '.is-hidden', style: { display: 'none' } },
  { selector: '.is-faded', style: { opacity: 0.15 } },
  {
    selector: 'node.is-selected',
    style: {
      'border-width': 5,
      'border-color': COLOURS.selected,
      'z-index': 20,
      'min-zoomed-font-size': 0,
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge.is-highlighted',
    style: { 'line-color': COLOURS.selected, opacity: 0.9, width: 2, 'z-index': 5 },
  },
];
