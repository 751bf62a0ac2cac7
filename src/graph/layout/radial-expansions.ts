// Second-hop papers in the radial layout: each expansion fills a sector of arcs beyond the
// outermost ring of the drawing, centred on the direction of the paper it was expanded from.
// The sector is about as deep as it is wide; a later expansion whose sector would overlap an
// earlier one's goes further out. Nodes along an arc keep SPACING apart (as chords), arcs keep
// RING_GAP apart, and each sector keeps half a slot free at its edges, so papers of two sectors
// side by side never come closer than two papers of one arc.
import type { ExpansionGroup } from './expansion-placement';
import { byCitationsThenKey, placeInOrder } from './expansion-placement';
import type { Point } from './positions';
import { RING_GAP, SPACING } from './spacing';

/** No expansion takes more than a third of the circle: a big one grows outward instead. */
const MAX_SECTOR = (2 * Math.PI) / 3;
/** Where an expansion goes when its paper has no direction (the centre, or a paper not drawn). */
const DOWN = Math.PI / 2;

interface Sector {
  readonly angle: number;
  readonly width: number;
  readonly inner: number;
  readonly outer: number;
}

/** The angle between two nodes SPACING apart (as a chord) on a ring of this radius. */
function slotAngle(radius: number): number {
  return 2 * Math.asin(Math.min(1, SPACING / (2 * radius)));
}

function capacity(width: number, radius: number): number {
  return Math.max(1, Math.floor(width / slotAngle(radius) + 1e-9));
}

function sectorWidth(count: number, radius: number): number {
  const squarish = Math.sqrt(count * SPACING * RING_GAP) / radius;
  return Math.min(MAX_SECTOR, Math.max(slotAngle(radius), squarish));
}

function outerRadius(count: number, inner: number, width: number): number {
  let radius = inner;
  for (let left = count - capacity(width, radius); left > 0; left -= capacity(width, radius)) {
    radius += RING_GAP;
  }
  return radius;
}

function angularDistance(a: number, b: number): number {
  return Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
}

function clashes(a: Sector, b: Sector): boolean {
  const side = angularDistance(a.angle, b.angle) < (a.width + b.width) / 2 + 1e-9;
  return side && a.inner < b.outer + RING_GAP && b.inner < a.outer + RING_GAP;
}

/** The innermost free sector for `count` papers towards `angle`, starting at radius `from`. */
function findSector(count: number, angle: number, from: number, taken: readonly Sector[]): Sector {
  let inner = from;
  for (;;) {
    const width = sectorWidth(count, inner);
    const sector = { angle, width, inner, outer: outerRadius(count, inner, width) };
    let further = -Infinity;
    for (const other of taken) if (clashes(sector, other)) further = Math.max(further, other.outer);
    if (further === -Infinity) return sector;
    inner = further + RING_GAP;
  }
}

/** Offset, in slots, of the i-th paper of an arc of `count`: the middle first, then outward. */
function slotOffset(i: number, count: number): number {
  const away = i % 2 === 0 ? 1 : -1;
  if (count % 2 === 0) return -away * (Math.floor(i / 2) + 0.5);
  return i === 0 ? 0 : away * -Math.ceil(i / 2);
}

function fill(group: ExpansionGroup, sector: Sector, out: Map<string, Point>): void {
  const nodes = [...group.nodes].sort(byCitationsThenKey);
  let index = 0;
  for (let radius = sector.inner; index < nodes.length; radius += RING_GAP) {
    const count = Math.min(capacity(sector.width, radius), nodes.length - index);
    const step = slotAngle(radius);
    for (let i = 0; i < count; i++, index++) {
      const node = nodes[index];
      if (!node) break;
      const angle = sector.angle + slotOffset(i, count) * step;
      out.set(node.key, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    }
  }
}

/** Adds a position for every second-hop paper to `positions` (which holds the base drawing). */
export function placeRadialExpansions(
  positions: Map<string, Point>,
  groups: readonly ExpansionGroup[],
): void {
  if (groups.length === 0) return;
  let reach = 0;
  for (const { x, y } of positions.values()) reach = Math.max(reach, Math.hypot(x, y));
  const taken: Sector[] = [];
  placeInOrder(groups, positions, (group, via) => {
    const angle = via && (via.x !== 0 || via.y !== 0) ? Math.atan2(via.y, via.x) : DOWN;
    const sector = findSector(group.nodes.length, angle, reach + RING_GAP, taken);
    taken.push(sector);
    fill(group, sector, positions);
  });
}
