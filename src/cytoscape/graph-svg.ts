// The graph as shown, as SVG: visible nodes as circles in their drawn colours, visible edges as
// lines (with arrowheads where the canvas draws them), and the labels the canvas shows: the
// papers the label placement chose, at their size, with the halo that keeps them legible.
// Written here rather than through an extension: it is small, and it keeps every label as
// escaped text.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { MIN_LABEL_PX } from './stylesheet';

const PAD = 40;

const xml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

const num = (value: number): string => String(Math.round(value * 100) / 100);

/** Cytoscape types numeric styles loosely; read them as numbers (0 when unset). */
const style = (element: NodeSingular | EdgeSingular, name: string): number => {
  const value: unknown = element.numericStyle(name);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

function edgeSvg(edge: EdgeSingular): string {
  const { x: x1, y: y1 } = edge.source().position();
  const { x: x2, y: y2 } = edge.target().position();
  const colour = xml(String(edge.style('line-color')));
  const arrow = edge.hasClass('with-arrow') ? ' marker-end="url(#arrow)"' : '';
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${colour}" stroke-width="${num(style(edge, 'width'))}" stroke-opacity="${num(style(edge, 'opacity'))}"${arrow}/>`;
}

/** Where the canvas puts a node's label: below it, or above, right or left (label placement). */
function labelAnchor(node: NodeSingular, x: number, y: number, radius: number, size: number) {
  const valign = String(node.style('text-valign'));
  const halign = String(node.style('text-halign'));
  const marginY = style(node, 'text-margin-y');
  const marginX = style(node, 'text-margin-x');
  // Baselines: text sits about 0.8 of its size below its top.
  const baseline =
    valign === 'top'
      ? y - radius + marginY - size * 0.2
      : valign === 'center'
        ? y + marginY + size * 0.35
        : y + radius + marginY + size * 0.8;
  if (halign === 'right') return { x: x + radius + marginX, y: baseline, anchor: 'start' };
  if (halign === 'left') return { x: x - radius + marginX, y: baseline, anchor: 'end' };
  return { x: x + marginX, y: baseline, anchor: 'middle' };
}

function nodeSvg(node: NodeSingular, zoom: number): string {
  const { x, y } = node.position();
  const radius = style(node, 'width') / 2;
  const fill = xml(String(node.style('background-color')));
  const stroke = xml(String(node.style('border-color')));
  const circle = `<circle cx="${num(x)}" cy="${num(y)}" r="${num(radius)}" fill="${fill}" stroke="${stroke}" stroke-width="${num(style(node, 'border-width'))}"/>`;
  // The stylesheet gives text only to the papers the label placement chose (and the centre).
  const label = String(node.style('label') ?? '');
  const size = style(node, 'font-size');
  const minimum = style(node, 'min-zoomed-font-size');
  // The centre and the selection always show their label (a minimum of 0 in the stylesheet).
  const threshold = minimum === 0 ? 0 : Math.max(minimum, MIN_LABEL_PX);
  if (!label || size * zoom < threshold) return circle;
  const { x: textX, y: baseline, anchor } = labelAnchor(node, x, y, radius, size);
  const colour = xml(String(node.style('color')));
  const halo = xml(String(node.style('text-outline-color')));
  const weight = xml(String(node.style('font-weight')));
  return `${circle}<text x="${num(textX)}" y="${num(baseline)}" font-size="${num(size)}" font-weight="${weight}" fill="${colour}" stroke="${halo}" stroke-width="${num(2 * style(node, 'text-outline-width'))}" paint-order="stroke" text-anchor="${anchor}">${xml(label)}</text>`;
}

export function graphSvg(cy: Core): string {
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  const box = nodes.boundingBox({ includeLabels: true });
  const width = (Number.isFinite(box.w) ? box.w : 0) + 2 * PAD;
  const height = (Number.isFinite(box.h) ? box.h : 0) + 2 * PAD;
  const zoom = cy.zoom();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(box.x1 - PAD)} ${num(box.y1 - PAD)} ${num(width)} ${num(height)}" font-family="system-ui, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
    `<rect x="${num(box.x1 - PAD)}" y="${num(box.y1 - PAD)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    `<g>${edges.map(edgeSvg).join('')}</g>`,
    `<g>${nodes.map((node) => nodeSvg(node, zoom)).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
