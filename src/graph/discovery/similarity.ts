// How alike two papers are by what they cite and who cites them, within what Citescope has
// loaded: bibliographic coupling (shared references) and co-citation (papers citing both), each
// Salton-normalised (the cosine of the two sets) and averaged. See docs/decisions/0009.

/** |A ∩ B| / √(|A|·|B|): 0 when either is empty, 1 when they are the same set. */
export function salton(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const id of small) if (large.has(id)) shared += 1;
  return shared / Math.sqrt(a.size * b.size);
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  return shared;
}

/** What a paper cites and which loaded papers cite it. */
export interface CitationSets {
  readonly references: ReadonlySet<string>;
  readonly citers: ReadonlySet<string>;
}

export interface Similarity {
  /** References both cite. */
  readonly sharedReferences: number;
  /** Loaded papers citing both. */
  readonly coCitedBy: number;
  /** (coupling + co-citation) / 2, each Salton-normalised: from 0 to 1, symmetric. */
  readonly score: number;
}

export function similarity(a: CitationSets, b: CitationSets): Similarity {
  return {
    sharedReferences: sharedCount(a.references, b.references),
    coCitedBy: sharedCount(a.citers, b.citers),
    score: (salton(a.references, b.references) + salton(a.citers, b.citers)) / 2,
  };
}
