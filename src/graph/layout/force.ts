// Force-directed layout with d3-force: papers that cite each other pull together, every paper
// pushes its neighbours away, and no two overlap. It starts from the radial positions and
// draws its randomness from a generator seeded by the centre's id, so the same data always
// settles into the same picture. Nodes named `pinned` stay where they are, so papers added to a
// settled picture find their place without moving it. Pure (no DOM): it runs in a Web Worker.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Point } from './positions';

export interface ForceInput {
  readonly centreKey: string;
  readonly nodes: readonly {
    readonly key: string;
    readonly x: number;
    readonly y: number;
    readonly size: number;
  }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
  /** Nodes that keep the place they are given (placed by an earlier run); only the rest move. */
  readonly pinned?: readonly string[];
  readonly ticks?: number;
}

interface SimNode extends SimulationNodeDatum {
  readonly key: string;
  readonly size: number;
}

function seeded(seed: string): () => number {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function forceLayout(input: ForceInput): Record<string, Point> {
  const nodes: SimNode[] = input.nodes.map((n) => ({ key: n.key, size: n.size, x: n.x, y: n.y }));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const centre = byKey.get(input.centreKey);
  if (centre) {
    // The centre stays where every layout puts it.
    centre.fx = 0;
    centre.fy = 0;
  }
  for (const key of input.pinned ?? []) {
    const node = byKey.get(key);
    if (!node || node === centre) continue;
    node.fx = node.x;
    node.fy = node.y;
  }
  const links: SimulationLinkDatum<SimNode>[] = input.edges.flatMap((edge) => {
    const source = byKey.get(edge.source);
    const target = byKey.get(edge.target);
    return source && target ? [{ source, target }] : [];
  });
  const simulation = forceSimulation(nodes)
    .randomSource(seeded(input.centreKey))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).distance(90).strength(0.15),
    )
    .force('charge', forceManyBody<SimNode>().strength(-60).distanceMax(600))
    .force(
      'collide',
      forceCollide<SimNode>((n) => n.size / 2 + 3),
    )
    .force('x', forceX<SimNode>(0).strength(0.02))
    .force('y', forceY<SimNode>(0).strength(0.02))
    .stop();
  simulation.tick(input.ticks ?? 300);
  const positions: Record<string, Point> = {};
  for (const node of nodes) positions[node.key] = { x: node.x ?? 0, y: node.y ?? 0 };
  return positions;
}
