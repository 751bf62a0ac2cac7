// The contract of the Semantic Scholar client, as the rest of the app sees it.
// Everything returned here is already validated and mapped to domain types.
import type {
  ApiPaperId,
  CitationLink,
  Direction,
  LinkPage,
  Paper,
  PaperId,
} from '../domain/paper';

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface PageOptions extends RequestOptions {
  readonly offset?: number;
  /** 1..1000; the API refuses more. */
  readonly limit?: number;
}

export interface ListAllOptions extends RequestOptions {
  /** Stop after this many items (the API itself stops near 10,000 citations). */
  readonly max?: number;
  /** Page size, 1..1000 (default 1000, the fewest requests). */
  readonly pageSize?: number;
  /**
   * Called with each page as it lands, before the next one is asked for. Its `links` are the
   * ones kept from that page: entries already seen on an earlier page are left out.
   */
  readonly onPage?: (page: LinkPage) => void;
  /** Called after each page with everything collected so far, for streaming into the UI. */
  readonly onProgress?: (list: LinkList) => void;
  /**
   * A list loaded earlier up to a smaller `max`: paging continues from its `next` offset, so
   * loading more never asks for a page twice.
   */
  readonly resume?: LinkList;
}

export interface LinkList {
  readonly links: readonly CitationLink[];
  /**
   * Entries dropped because an earlier page (or the resumed list) already had them: the same
   * `paperId`, or for unresolved entries the same title, year and first author.
   */
  readonly duplicatesRemoved: number;
  /** True when paging stopped at `max` or the API's cap before the list ended. */
  readonly truncated: boolean;
  /** Requests this call made (a resumed list counts only the new ones). */
  readonly requests: number;
  /** The offset to continue from, or null when the list has ended or hit the API's cap. */
  readonly next: number | null;
}

export interface SearchOptions extends RequestOptions {
  readonly offset?: number;
  /** 1..100 */
  readonly limit?: number;
  /** `2019` or `2015-2020` or `2015-` or `-2010` */
  readonly year?: string;
}

export interface SearchResult {
  readonly total: number;
  readonly offset: number;
  readonly next: number | null;
  readonly papers: readonly Paper[];
}

export interface AutocompleteMatch {
  readonly id: string;
  readonly title: string;
  readonly authorsYear: string | null;
}

export interface RecommendationOptions extends RequestOptions {
  /** 1..500 (default 100). */
  readonly limit?: number;
}

export interface PaperRecommendationOptions extends RecommendationOptions {
  /** The pool to recommend from: recent papers (the API's default when absent) or all of CS. */
  readonly from?: 'recent' | 'all-cs';
}

export interface RecommendationSeeds {
  /** Papers to find more like (at least one). */
  readonly positive: readonly string[];
  /** Papers the reader marked "Not relevant". */
  readonly negative?: readonly string[];
}

export interface S2Client {
  /** The base URL this client talks to, e.g. `https://api.semanticscholar.org/graph/v1`. */
  readonly baseUrl: string;
  getPaper(id: ApiPaperId | string, options?: RequestOptions): Promise<Paper>;
  getLinkPage(
    id: ApiPaperId | string,
    direction: Direction,
    options?: PageOptions,
  ): Promise<LinkPage>;
  /** Follows `next` from offset 0 until the end, `max`, or the API's cap, without duplicates. */
  getAllLinks(
    id: ApiPaperId | string,
    direction: Direction,
    options?: ListAllOptions,
  ): Promise<LinkList>;
  /** Batch lookup (chunks of 500); the answer keeps input order with `null` for unknown ids. */
  getPapers(ids: readonly string[], options?: RequestOptions): Promise<(Paper | null)[]>;
  /**
   * The resolved reference ids of each paper (batch, chunks of 500, `references.paperId` only),
   * for the links among a neighbourhood. Keyed by the id as asked; unknown ids get no entry;
   * unresolved and repeated references are left out. Lists past 1,000 may be cut by the API.
   */
  getReferenceIds(
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<Map<string, readonly PaperId[]>>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** The single best title match, or `null` when the API finds none. */
  matchTitle(query: string, options?: RequestOptions): Promise<Paper | null>;
  autocomplete(query: string, options?: RequestOptions): Promise<readonly AutocompleteMatch[]>;
  /**
   * Semantic Scholar's recommendations for one paper, in its order, without the paper itself;
   * an empty list when it has none. A RecommendationsAddressError when the base URL does not
   * end in `/graph/v1`.
   */
  recommendForPaper(
    id: ApiPaperId | string,
    options?: PaperRecommendationOptions,
  ): Promise<readonly Paper[]>;
  /** Recommendations like the positive papers and unlike the negative ones, without either. */
  recommendForPapers(
    seeds: RecommendationSeeds,
    options?: RecommendationOptions,
  ): Promise<readonly Paper[]>;
}
