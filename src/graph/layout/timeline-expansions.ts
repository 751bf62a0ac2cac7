// Second-hop papers in the timeline: each expansion is a block of rows beyond the drawing, below
// it when the paper it was expanded from stands on or below the axis, above it otherwise. Every
// paper keeps its year's x on the unchanged scale (papers without a year go to the no-year lane),
// so the axis reads true for them too. A year with more papers than fit side by side stacks them
// in rows; a later expansion whose block would overlap an earlier one's goes further out.
import type { GraphNode } from '../citation-graph';
import { canBeDrawn } from '../year-histogram';
import { byCitationsThenKey, placeInOrder, type ExpansionGroup } from './expansion-placement';
import type { Point } from './positions';
import { ROW } from './spacing';
import { yearX, type TimelineScale } from './timeline-scale';

interface Block {
  readonly below: boolean;
  readonly left: number;
  readonly right: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

interface Column {
  readonly x: number;
  /** Papers side by side in one row: as many as fit ROW apart within the column's width. */
  readonly across: number;
  readonly nodes: GraphNode[];
}

function columnsOf(nodes: readonly GraphNode[], scale: TimelineScale): Column[] {
  const columns = new Map<number | 'none', Column>();
  const lane = scale.noYearLane;
  for (const node of nodes) {
    if (!canBeDrawn(node)) continue;
    const year = node.paper.year;
    const key = year ?? 'none';
    let column = columns.get(key);
    if (!column) {
      // A drawn paper without a year always has a lane (the scale opens one for it).
      const x = year === null ? (lane ? (lane.left + lane.right) / 2 : 0) : yearX(scale, year);
      const width = year === null && lane ? lane.right - lane.left : scale.yearWidth;
      column = { x, across: Math.max(1, Math.floor(width / ROW)), nodes: [] };
      columns.set(key, column);
    }
    column.nodes.push(node);
  }
  return [...columns.values()];
}

function overlaps(a: Block, b: Omit<Block, 'firstRow' | 'lastRow'>): boolean {
  return a.below === b.below && a.left < b.right + ROW && b.left < a.right + ROW;
}

/** Adds a position for every drawable second-hop paper to `positions` (the base drawing). */
export function placeTimelineExpansions(
  positions: Map<string, Point>,
  groups: readonly ExpansionGroup[],
  scale: TimelineScale,
): void {
  if (groups.length === 0) return;
  let top = 0;
  let bottom = 0;
  for (const { y } of positions.values()) {
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  const blocks: Block[] = [];
  placeInOrder(groups, positions, (group, via) => {
    const columns = columnsOf(group.nodes, scale);
    if (columns.length === 0) return;
    const below = !via || via.y >= 0;
    let left = Infinity;
    let right = -Infinity;
    let rows = 0;
    for (const column of columns) {
      const half = ((Math.min(column.across, column.nodes.length) - 1) * ROW) / 2;
      left = Math.min(left, column.x - half);
      right = Math.max(right, column.x + half);
      rows = Math.max(rows, Math.ceil(column.nodes.length / column.across));
    }
    const shape = { below, left, right };
    let firstRow = 0;
    for (const block of blocks) {
      if (overlaps(block, shape)) firstRow = Math.max(firstRow, block.lastRow + 2);
    }
    blocks.push({ ...shape, firstRow, lastRow: firstRow + rows - 1 });
    for (const column of columns) {
      const sorted = column.nodes.sort(byCitationsThenKey);
      const across = Math.min(column.across, sorted.length);
      sorted.forEach((node, i) => {
        const row = firstRow + Math.floor(i / across);
        const x = column.x + ((i % across) - (across - 1) / 2) * ROW;
        const y = below ? bottom + ROW * (row + 1) : top - ROW * (row + 1);
        positions.set(node.key, { x, y });
      });
    }
  });
}
