// A snapshot being opened, handed from the explorer that opened it to the explorer that will
// show it: opening a snapshot of another paper re-centres, which mounts a new explorer.
import type { ViewSnapshot } from '../graph/snapshot';

let pending: ViewSnapshot | null = null;

export function offerRestore(snapshot: ViewSnapshot): void {
  pending = snapshot;
}

/** The pending snapshot if it is for this paper (once: it is consumed). */
export function takeRestore(apiId: string): ViewSnapshot | null {
  if (pending?.centre.id !== apiId) return null;
  const snapshot = pending;
  pending = null;
  return snapshot;
}
