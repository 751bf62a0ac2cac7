// The `fields` we ask for. Asking for everything a view needs up front means opening a node in
// the graph costs no extra request.

/** Every paper field the graph, the list and the details panel show. */
const PAPER_FIELDS = [
  'title',
  'authors',
  'venue',
  'year',
  'publicationDate',
  'journal',
  'citationCount',
  'referenceCount',
  'influentialCitationCount',
  'abstract',
  'fieldsOfStudy',
  // Often filled where `fieldsOfStudy` is null; the two are merged when mapped.
  's2FieldsOfStudy',
  'publicationTypes',
  'isOpenAccess',
  'openAccessPdf',
  'url',
  'externalIds',
  'corpusId',
] as const;

/** GET /paper/{id}, POST /paper/batch, search and title match: the full paper, with its TLDR. */
export const PAPER_DETAIL_FIELDS = [...PAPER_FIELDS, 'tldr'].join(',');

/**
 * GET /paper/{id}/citations and /references. The neighbour is a "BasePaper" there: every paper
 * field above is accepted, but not `tldr` (the API documents no `tldr` for citingPaper /
 * citedPaper, and users report it unsupported). Abstracts on these endpoints are often null
 * where a publisher restricts them, even when /paper/batch has them. The edge's own fields
 * come last: `contextsWithIntent` gives each sentence its own intents; `contexts` and
 * `intents` are asked for too, since a sentence or an intent can appear in only one of them.
 */
export const LINK_FIELDS = [
  ...PAPER_FIELDS,
  'contexts',
  'intents',
  'contextsWithIntent',
  'isInfluential',
].join(',');

/**
 * POST /paper/batch for the links among a neighbourhood's papers: only the ids of each paper's
 * references. The other direction (`citations.paperId`) is not asked for: the embedded
 * `citations` list stops at 1,000 (recorded) and is reported to come back empty for many papers
 * of a batch, while reference lists rarely come near the cap.
 */
export const REFERENCE_ID_FIELDS = 'references.paperId';

/**
 * GET /recommendations/v1/papers/forpaper/{id} and POST /recommendations/v1/papers: the batch
 * lookup's paper fields without `tldr`, which users report these endpoints refuse (as the
 * citation lists do); a refused field would fail the whole request, a missing TLDR only hides a
 * line until the paper's details are loaded.
 */
export const RECOMMENDATION_FIELDS = PAPER_FIELDS.join(',');
