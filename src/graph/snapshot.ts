// A view snapshot: everything needed to draw the same view again without asking the API — the
// centre, both link lists as loaded, the filters, the layout, where each node stood and what was
// selected. The file format is a contract: `version` changes whenever its shape does, and
// reading a file validates every field, since a snapshot is as untrusted as an API response.
// Versions: 1 also held `apiBaseUrl`, the API the data came from; a snapshot now opens as a
// read-only view of its own, never filed under an API, so version 2 drops it and a version 1
// file opens with the field ignored. Version 3 adds the lists of the papers expanded in place;
// an older file opens with none.
import { z } from 'zod';
import { CitescopeError } from '../domain/errors';
import type { CitationLink, Paper } from '../domain/paper';
import type { Expansion } from './expansion';
import type { GraphFilters } from './filters';
import type { LayoutName, Point } from './layout/positions';
import {
  expansionsSchema,
  filtersSchema,
  layoutSchema,
  linksSchema,
  paperSchema,
  positionsSchema,
} from './snapshot-schema';

const SNAPSHOT_VERSION = 3;
const READABLE_VERSIONS: readonly number[] = [1, 2, SNAPSHOT_VERSION];

/**
 * The largest snapshot file Citescope opens, checked before a byte of it is read. Measured: the
 * snapshot of the twin's 10,000-citation neighbourhood (seed 4242, 500 references, as served by
 * `?twin=bench-10000`; the API's paging cap leaves 9,999 citations) is 18.3 MB. The twin's
 * abstracts are short (about 106 characters a paper); the recorded real API answers average
 * 1,218, and with those the same view measures 30.0 MB. 32 MiB opens the largest view Citescope
 * can load with real text, and refuses a file past it (such as a 47 MB one, which took 23 s and
 * 1.2 GB of memory to open) at once with a message instead.
 */
export const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;

export interface ViewSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** ISO 8601 timestamp of when the snapshot was taken. */
  readonly createdAt: string;
  readonly centre: Paper;
  readonly references: readonly CitationLink[];
  readonly citations: readonly CitationLink[];
  /** The papers expanded in place, each with its lists as loaded, in the order expanded. */
  readonly expansions: readonly Expansion[];
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  /** Node key → position on the canvas, for the nodes that were drawn. */
  readonly positions: Readonly<Record<string, Point>>;
  readonly selectedKey: string | null;
}

export type InvalidSnapshotReason =
  'too-large' | 'not-json' | 'unsupported-version' | 'wrong-shape';

/** A file that is not a snapshot this version of Citescope can open. The message says why. */
export class InvalidSnapshotError extends CitescopeError {
  readonly code = 'invalid-snapshot';
  readonly reason: InvalidSnapshotReason;

  constructor(reason: InvalidSnapshotReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Refuses a file by its size alone, so that an oversized one is never read. */
export function checkSnapshotSize(bytes: number): void {
  if (bytes <= MAX_SNAPSHOT_BYTES) return;
  throw new InvalidSnapshotError(
    'too-large',
    `This file is ${megabytes(bytes)}; Citescope opens view snapshots of up to ${megabytes(MAX_SNAPSHOT_BYTES)}.`,
  );
}

export interface SnapshotInput extends Omit<ViewSnapshot, 'version' | 'createdAt' | 'expansions'> {
  readonly createdAt?: Date;
  readonly expansions?: readonly Expansion[];
}

/** Takes a snapshot; positions that are not finite numbers are left out (JSON cannot hold them). */
export function toSnapshot(input: SnapshotInput): ViewSnapshot {
  const positions: Record<string, Point> = {};
  for (const [key, { x, y }] of Object.entries(input.positions)) {
    // `+ 0` turns -0 into 0, which is what JSON would make of it anyway.
    if (Number.isFinite(x) && Number.isFinite(y)) positions[key] = { x: x + 0, y: y + 0 };
  }
  return {
    version: SNAPSHOT_VERSION,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    centre: input.centre,
    references: input.references,
    citations: input.citations,
    expansions: input.expansions ?? [],
    filters: input.filters,
    layout: input.layout,
    positions,
    selectedKey: input.selectedKey,
  };
}

export function serializeSnapshot(snapshot: ViewSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

// Unknown keys, version 1's `apiBaseUrl` among them, are dropped by zod.
const snapshotSchema = z.object({
  createdAt: z.iso.datetime(),
  centre: paperSchema,
  references: linksSchema,
  citations: linksSchema,
  expansions: expansionsSchema.default([]),
  filters: filtersSchema,
  layout: layoutSchema,
  positions: positionsSchema,
  selectedKey: z.string().nullable(),
});

function where(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
}

const NOT_A_SNAPSHOT = 'This file is not a Citescope view snapshot';

export function parseSnapshot(text: string): ViewSnapshot {
  // A string never has more UTF-16 units than its UTF-8 bytes, so this refuses nothing that
  // `checkSnapshotSize` would let through.
  checkSnapshotSize(text.length);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidSnapshotError('not-json', `${NOT_A_SNAPSHOT}: it is not valid JSON.`, {
      cause: error,
    });
  }
  if (typeof json !== 'object' || json === null || !('version' in json)) {
    throw new InvalidSnapshotError('wrong-shape', `${NOT_A_SNAPSHOT}: it has no format version.`);
  }
  const { version } = json;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const which = typeof version === 'number' ? `format version ${version}` : 'an unknown format';
    throw new InvalidSnapshotError(
      'unsupported-version',
      `This snapshot has ${which}; this version of Citescope opens format versions ${READABLE_VERSIONS.join(' and ')}.`,
    );
  }
  const result = snapshotSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const detail = issue ? ` (${where(issue.path) || 'top level'}: ${issue.message})` : '';
    throw new InvalidSnapshotError('wrong-shape', `${NOT_A_SNAPSHOT}${detail}.`, {
      cause: result.error,
    });
  }
  return { version: SNAPSHOT_VERSION, ...result.data };
}
