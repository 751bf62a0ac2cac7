export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Node key → position. The centre is always at (0, 0). */
export type Positions = ReadonlyMap<string, Point>;

export type LayoutName = 'radial' | 'force' | 'timeline';

const LAYOUTS: readonly LayoutName[] = ['radial', 'force', 'timeline'];

export function isLayoutName(value: string | null): value is LayoutName {
  return value !== null && (LAYOUTS as readonly string[]).includes(value);
}
