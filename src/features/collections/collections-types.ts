// What the app gives the collections panel besides the collections themselves.
import type { Collection } from '../../domain/collection';
import type { PaperId } from '../../domain/paper';

/** The files a collection exports to (the Export feature makes them). */
export type CollectionFormat = 'bibtex' | 'ris' | 'csv' | 'ids';

/** The new citing papers of one check, as the app has loaded them. */
export interface NewCitationsView {
  /** When the compared baseline was taken (ISO 8601). */
  readonly since: string;
  readonly papers: readonly {
    readonly id: PaperId;
    readonly title: string | null;
    readonly year: number | null;
  }[];
  /** No baseline before this check: nothing can be called new yet. */
  readonly firstCheck: boolean;
}

export interface WhatsNewControls {
  readonly onCheck: (collection: Collection) => void;
  /** The collection that `checking` and `result` are about; null: none checked this session. */
  readonly collectionId: string | null;
  readonly checking: boolean;
  readonly result: NewCitationsView | null;
}

/** An ISO 8601 instant as the person's own calendar day, yyyy-mm-dd. */
export function calendarDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
