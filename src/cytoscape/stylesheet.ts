// How the graph looks. Colours carry the relation (grey centre, green citations, blue
// references), taken from the theme's palette; size carries the chosen measure (set per node as
// data). Interaction state is expressed by classes (`is-selected`, `is-hidden`, `is-faded`,
// `has-label` with its zoom step) so changing it never rebuilds elements. Only the papers the
// label placement chose carry text (see label-steps.ts and use-graph-labels.ts), and edges are
// cheap haystacks: both matter at thousands of nodes.
import type { StylesheetJson } from 'cytoscape';
import { labelMetricsRule } from './label-steps';
import { PALETTES, type Theme } from './palette';

/** The font labels are drawn and measured in. */
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Labels drawn smaller than this on screen are skipped (while zooming, before relabelling). */
export const MIN_LABEL_PX = 12;

export function graphStylesheet(theme: Theme): StylesheetJson {
  const colours = PALETTES[theme];
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        // One mapper for every relation (cheaper than a selector per relation at 10,000 nodes).
        'background-color': theme === 'dark' ? 'data(colourDark)' : 'data(colour)',
        'border-width': 1,
        'border-color': colours.halo,
        'font-family': LABEL_FONT_FAMILY,
        'font-size': 11,
        'min-zoomed-font-size': MIN_LABEL_PX,
        color: colours.label,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': colours.halo,
        'text-outline-width': 2,
      },
    },
    // Labelled papers draw above the others, so no unlabelled dot covers their text.
    { selector: 'node.has-label', style: { label: 'data(label)', 'z-index': 5 } },
    {
      selector: 'node[relation = "both"]',
      style: { 'border-width': 4, 'border-color': colours.bothRing },
    },
    // With several seeds, a paper linked to two or more wears a ring as thick as their number:
    // the papers connecting seeds are the ones a researcher is looking for.
    {
      selector: 'node[seedLinks >= 2]',
      style: {
        'border-width': 'mapData(seedLinks, 2, 6, 3, 8)',
        'border-color': colours.centreBorder,
      },
    },
    // New since the last check of a collection's citations: a dashed ring.
    {
      selector: 'node[?isNew]',
      style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': colours.label },
    },
    // Papers an expansion brought are drawn lighter, so the centre's own neighbourhood stands out;
    // an expanded paper wears a double ring.
    { selector: 'node[hop = 2]', style: { 'background-opacity': 0.55 } },
    {
      selector: 'node[?expanded]',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': colours.label },
    },
    // Seeds are ringed and bold; the centre's label is always drawn, large. With several seeds
    // the others are labelled like any paper, so forty seeds never pile up forty large labels.
    {
      selector: 'node[relation = "centre"]',
      style: {
        'border-width': 3,
        'border-color': colours.centreBorder,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'node[?main]',
      style: { label: 'data(label)', 'font-size': 24, 'min-zoomed-font-size': 0 },
    },
    labelMetricsRule(),
    // Where the placement put a label when below the node was taken (see label-boxes.ts).
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': 0 } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0 },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0 },
    },
    {
      selector: 'edge',
      style: {
        width: 1,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'line-color': colours.edge,
        opacity: 0.45,
      },
    },
    {
      // Arrows (citing → cited) need a non-haystack curve; draw them only while edges are few.
      selector: 'edge.with-arrow',
      style: {
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': colours.edge,
        'arrow-scale': 0.8,
      },
    },
    // Why it cites: the edge's class names its intent and influence, set once when it is added.
    ...(['methodology', 'result', 'background'] as const).map((intent) => ({
      selector: `edge.intent-${intent}`,
      style: {
        'line-color': colours[intent],
        'target-arrow-color': colours[intent],
        opacity: 0.7,
      },
    })),
    {
      selector: 'edge.influential',
      style: { width: 3, opacity: 0.95, 'z-index': 2 },
    },
    {
      selector: 'edge.influential.no-intent',
      style: { 'line-color': colours.influential, 'target-arrow-color': colours.influential },
    },
    { selector: '.is-hidden', style: { display: 'none' } },
    { selector: '.is-faded', style: { opacity: 0.15 } },
    {
      selector: 'node.is-selected',
      style: {
        'border-width': 5,
        'border-color': colours.selected,
        'z-index': 20,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge.is-highlighted',
      style: { 'line-color': colours.selected, opacity: 0.9, width: 2, 'z-index': 5 },
    },
  ];
}
