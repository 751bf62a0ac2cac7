// A synthetic corpus grown by preferential attachment: papers arrive in year order and each cites
// earlier papers, picked in proportion to the citations they already have (plus one), so a few
// papers become well cited and most stay obscure, as in real citation networks.
import type { DatasetBuilder } from './dataset';
import type { EdgeSource } from './edges';
import type { PaperFactory } from './paper-factory';
import type { WirePaper } from './wire-types';

export interface CorpusOptions {
  readonly size: number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly minReferences: number;
  readonly maxReferences: number;
  /** Share of papers with a null year (they keep their place in the order). */
  readonly nullYearRate: number;
  /** Share of papers with one or two unresolved reference entries. */
  readonly unresolvedRate: number;
  /** Fixed fields for papers at given positions (in year order). */
  readonly overridesAt?: ReadonlyMap<number, Partial<WirePaper>>;
  /** Positions whose papers are generated without nulls. */
  readonly completeAt?: ReadonlySet<number>;
  /** Fixed reference counts for papers at given positions. */
  readonly referencesAt?: ReadonlyMap<number, number>;
}

/** Publication years, ascending, with more papers in later years. */
export function corpusYears(factory: PaperFactory, options: CorpusOptions): number[] {
  const span = options.toYear - options.fromYear + 1;
  const years: number[] = [];
  for (let i = 0; i < options.size; i += 1) {
    years.push(options.fromYear + Math.min(span - 1, Math.floor(span * factory.rng.next() ** 0.6)));
  }
  return years.sort((a, b) => a - b);
}

export function growCorpus(
  builder: DatasetBuilder,
  factory: PaperFactory,
  nextEdge: EdgeSource,
  years: readonly number[],
  options: CorpusOptions,
): WirePaper[] {
  const { rng } = factory;
  const papers: WirePaper[] = [];
  // Each paper appears once, plus once per citation it has received.
  const pool: number[] = [];
  years.forEach((year, index) => {
    const overrides = options.overridesAt?.get(index) ?? {};
    const nullYear = !('year' in overrides) && rng.chance(options.nullYearRate);
    const complete = options.completeAt?.has(index) === true;
    const paper = builder.addPaper(
      factory.make({ year: nullYear ? null : year, ...overrides }, complete ? 0 : undefined),
    );
    const wanted = Math.min(
      index,
      options.referencesAt?.get(index) ?? rng.int(options.minReferences, options.maxReferences),
    );
    let made = 0;
    for (let tries = 0; made < wanted && tries < wanted * 8; tries += 1) {
      // Mostly preferential, sometimes uniform, so older obscure papers still get found.
      const target = rng.chance(0.8) ? pool[rng.int(0, pool.length - 1)] : rng.int(0, index - 1);
      const cited = target === undefined ? undefined : papers[target];
      if (cited && builder.link(paper.paperId, cited.paperId, nextEdge())) {
        pool.push(target ?? 0);
        made += 1;
      }
    }
    if (!complete && rng.chance(options.unresolvedRate)) {
      const count = rng.int(1, 2);
      for (let i = 0; i < count; i += 1) {
        builder.addUnresolvedReference(paper.paperId, factory.makeUnresolved(), nextEdge());
      }
    }
    papers.push(paper);
    pool.push(index);
  });
  return papers;
}
