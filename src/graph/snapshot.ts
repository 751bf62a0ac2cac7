// A view snapshot: everything needed to draw the same view again without asking the API — the
// centre, both link lists as loaded, the filters, the layout, where each node stood and what was
// selected. The file format is a contract: `version` changes whenever its shape does, and
// reading a file validates every field, since a snapshot is as untrusted as an API response.
import { z } from 'zod';
import { CitescopeError } from '../domain/errors';
import type { CitationLink, Paper } from '../domain/paper';
import type { GraphFilters } from './filters';
import type { LayoutName, Point } from './layout/positions';
import {
  filtersSchema,
  layoutSchema,
  linkSchema,
  paperSchema,
  positionsSchema,
} from './snapshot-schema';

export const SNAPSHOT_VERSION = 1;

export interface ViewSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** ISO 8601 timestamp of when the snapshot was taken. */
  readonly createdAt: string;
  /** The API the data came from: restored data is filed under it. */
  readonly apiBaseUrl: string;
  readonly centre: Paper;
  readonly references: readonly CitationLink[];
  readonly citations: readonly CitationLink[];
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  /** Node key → position on the canvas, for the nodes that were drawn. */
  readonly positions: Readonly<Record<string, Point>>;
  readonly selectedKey: string | null;
}

export type InvalidSnapshotReason = 'not-json' | 'unsupported-version' | 'wrong-shape';

/** A file that is not a snapshot this version of Citescope can open. The message says why. */
export class InvalidSnapshotError extends CitescopeError {
  readonly code = 'invalid-snapshot';
  readonly reason: InvalidSnapshotReason;

  constructor(reason: InvalidSnapshotReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

export interface SnapshotInput extends Omit<ViewSnapshot, 'version' | 'createdAt'> {
  readonly createdAt?: Date;
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
    apiBaseUrl: input.apiBaseUrl,
    centre: input.centre,
    references: input.references,
    citations: input.citations,
    filters: input.filters,
    layout: input.layout,
    positions,
    selectedKey: input.selectedKey,
  };
}

export function serializeSnapshot(snapshot: ViewSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  createdAt: z.iso.datetime(),
  apiBaseUrl: z.string(),
  centre: paperSchema,
  references: z.array(linkSchema),
  citations: z.array(linkSchema),
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
  if (version !== SNAPSHOT_VERSION) {
    const which = typeof version === 'number' ? `format version ${version}` : 'an unknown format';
    throw new InvalidSnapshotError(
      'unsupported-version',
      `This snapshot has ${which}; this version of Citescope opens format version ${SNAPSHOT_VERSION}.`,
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
  return result.data;
}
