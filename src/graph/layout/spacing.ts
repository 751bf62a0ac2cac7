// The distances every computed layout keeps, shared by the base drawings and the second-hop
// papers placed around them, so an expansion never crowds closer than the drawing it joins.

/** Radius of the radial layout's first ring around the centre. */
export const FIRST_RING = 160;
/** Distance between successive rings of the radial layout. */
export const RING_GAP = 70;
/** Distance between neighbouring nodes along a radial ring. */
export const SPACING = 44;
/** Height of a timeline row (and the least gap between a second-hop paper and any other). */
export const ROW = 40;
