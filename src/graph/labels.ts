// Which papers carry a label: greedy placement by rank. Candidates are taken most important
// first, and each is labelled at the first of its boxes (below the node, then above, right,
// left) that clears every label already placed, so a label is never dropped for a less
// important one and no two labels overlap. Pinned candidates (the centre) go first and always;
// obstacles (what covers the drawing) take no label but the centre's. Boxes live in a coarse
// grid, so one placement over thousands of candidates checks each against a handful of
// neighbours, not against every label so far.
// Pure and renderer-free: the canvas measures the boxes, this decides.

export interface LabelBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelCandidate {
  readonly key: string;
  /** Lower is more important. Ties go to the smaller key, so input order never matters. */
  readonly rank: number;
  /** Where the label would be drawn, in screen pixels. */
  readonly box: LabelBox;
  /** Other places the label may go, tried in order when `box` collides (not for pinned ones). */
  readonly alternatives?: readonly LabelBox[];
  /** Always labelled at `box`, placed before any other candidate. */
  readonly pinned?: boolean;
}

export interface PlacementOptions {
  /** Empty space kept between two labels, in the boxes' units. */
  readonly gap?: number;
  /** Most labels placed besides the pinned ones (drawing text is what costs at scale). */
  readonly limit?: number;
  /** Areas no label may meet (what covers the drawing, such as the legend). */
  readonly obstacles?: readonly LabelBox[];
}

const CELL = 96;
/** A box spanning more cells than this is kept in a short list checked against every box. */
const MAX_CELLS = 64;

/** True when the boxes come closer than `gap`; boxes that only touch (gap 0) do not collide. */
export function boxesCollide(a: LabelBox, b: LabelBox, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

function isFinite(box: LabelBox): boolean {
  return [box.x1, box.y1, box.x2, box.y2].every(Number.isFinite);
}

/** The candidates in placement order: pinned first, then by rank, then by key. */
export function placementOrder(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  return [...candidates].sort(
    (a, b) =>
      Number(b.pinned === true) - Number(a.pinned === true) ||
      a.rank - b.rank ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

class BoxGrid {
  private readonly cells = new Map<string, LabelBox[]>();
  private readonly large: LabelBox[] = [];

  constructor(private readonly gap: number) {}

  private span(box: LabelBox) {
    const pad = this.gap;
    return {
      cx1: Math.floor((box.x1 - pad) / CELL),
      cx2: Math.floor((box.x2 + pad) / CELL),
      cy1: Math.floor((box.y1 - pad) / CELL),
      cy2: Math.floor((box.y2 + pad) / CELL),
    };
  }

  collides(box: LabelBox): boolean {
    if (this.large.some((other) => boxesCollide(box, other, this.gap))) return true;
    const { cx1, cx2, cy1, cy2 } = this.span(box);
    if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > MAX_CELLS) {
      // Too big for the grid: check it against everything placed.
      for (const boxes of this.cells.values())
        if (boxes.some((other) => boxesCollide(box, other, this.gap))) return true;
      return false;
    }
    for (let cx = cx1; cx <= cx2; cx++)
      for (let cy = cy1; cy <= cy2; cy++)
        if (this.cells.get(`${cx},${cy}`)?.some((other) => boxesCollide(box, other, this.gap)))
          return true;
    return false;
  }

  add(box: LabelBox): void {
    const { cx1, cx2, cy1, cy2 } = this.span(box);
    if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > MAX_CELLS) {
      this.large.push(box);
      return;
    }
    for (let cx = cx1; cx <= cx2; cx++)
      for (let cy = cy1; cy <= cy2; cy++) {
        const key = `${cx},${cy}`;
        const boxes = this.cells.get(key);
        if (boxes) boxes.push(box);
        else this.cells.set(key, [box]);
      }
  }
}

export interface PlacedLabel {
  readonly key: string;
  /** 0: the candidate's `box`; i > 0: its alternatives[i - 1]. */
  readonly position: number;
}

/** The labels placed, in the order they were placed, each at the first of its boxes that fits. */
export function placeLabelsAt(
  candidates: readonly LabelCandidate[],
  { gap = 0, limit = Infinity, obstacles = [] }: PlacementOptions = {},
): PlacedLabel[] {
  const grid = new BoxGrid(gap);
  for (const box of obstacles) if (isFinite(box)) grid.add(box);
  const chosen: PlacedLabel[] = [];
  let placed = 0;
  for (const candidate of placementOrder(candidates)) {
    if (candidate.pinned) {
      chosen.push({ key: candidate.key, position: 0 });
      if (isFinite(candidate.box)) grid.add(candidate.box);
      continue;
    }
    if (placed >= limit) break;
    const boxes = [candidate.box, ...(candidate.alternatives ?? [])];
    const position = boxes.findIndex((box) => isFinite(box) && !grid.collides(box));
    const box = boxes[position];
    if (!box) continue;
    grid.add(box);
    chosen.push({ key: candidate.key, position });
    placed++;
  }
  return chosen;
}

/** The keys to label, in the order they were placed. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions = {},
): string[] {
  return placeLabelsAt(candidates, options).map((label) => label.key);
}
