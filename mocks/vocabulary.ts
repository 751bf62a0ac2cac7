// Our own word lists for synthetic papers. Nothing here names a real paper, venue or person on
// purpose; combinations are random, so any resemblance is an accident.

const words = (list: string): readonly string[] => list.split('|');

export const TITLE_OPENERS = words(
  'Towards|Revisiting|On|Learning|Scaling|Rethinking|Measuring|Understanding|Taming|Mapping',
);

export const ADJECTIVES = words(
  'Sparse|Adaptive|Robust|Latent|Hierarchical|Stochastic|Incremental|Federated|Causal|' +
    'Lightweight|Contrastive|Temporal|Spectral|Bayesian|Modular|Streaming',
);

export const NOUNS = words(
  'Embeddings|Lattices|Graphs|Kernels|Ensembles|Sketches|Manifolds|Schedulers|Tokenizers|' +
    'Estimators|Automata|Indexes|Planners|Codecs|Filters|Priors',
);

export const TOPICS = words(
  'Citation Drift|Protein Folding Surrogates|Coastal Sediment Models|Urban Traffic Forecasting|' +
    'Low-Resource Translation|Soil Moisture Retrieval|Sensor Network Calibration|' +
    'Epidemic Nowcasting|Quantum Circuit Layout|Wind Farm Control|Legal Document Retrieval|' +
    'Crop Yield Estimation|Galaxy Morphology|Energy Market Bidding|Speech Prosody|' +
    'Glacier Mass Balance|Code Review Triage|Microbiome Profiling',
);

export const GIVEN_NAMES = words(
  'Amara|Bjorn|Chen|Dalia|Emeka|Farah|Goran|Hana|Ines|Jun|Kofi|Lena|Mateo|Nadia|Oskar|Priya|' +
    'Quentin|Rosa|Sami|Tove|Uma|Viktor|Wen|Yara',
);

export const SURNAMES = words(
  'Abara|Brannigan|Castellano|Demir|Eriksen|Fontaine|Gallo|Haddad|Ivanova|Jaramillo|Kowalczyk|' +
    'Lindqvist|Moreau|Nakagawa|Okonkwo|Petrov|Quispe|Rahimi|Silvestri|Takahashi|Underhill|' +
    'Varga|Wojcik|Zhou',
);

export interface VenueWords {
  readonly name: string;
  readonly type: 'journal' | 'conference';
  readonly abbreviation: string;
}

/** Fictional venues. */
export const VENUES: readonly VenueWords[] = [
  { name: 'Journal of Synthetic Networks', type: 'journal', abbreviation: 'J Synth Netw' },
  { name: 'Transactions on Imaginary Systems', type: 'journal', abbreviation: 'Trans Imag Syst' },
  {
    name: 'Proceedings of the Workshop on Graph Tinkering',
    type: 'conference',
    abbreviation: 'WGT',
  },
  { name: 'Annals of Plausible Computation', type: 'journal', abbreviation: 'Ann Plaus Comput' },
  {
    name: 'International Conference on Made-Up Learning',
    type: 'conference',
    abbreviation: 'ICMUL',
  },
  { name: 'Letters in Fabricated Data Science', type: 'journal', abbreviation: 'Lett Fabr Data' },
  { name: 'Symposium on Pretend Algorithms', type: 'conference', abbreviation: 'SPA' },
  { name: 'Review of Hypothetical Sciences', type: 'journal', abbreviation: 'Rev Hypoth Sci' },
];

/** Category names as Semantic Scholar spells them. */
export const FIELDS_OF_STUDY = words(
  'Computer Science|Mathematics|Physics|Biology|Medicine|Economics|Environmental Science|Engineering',
);

export const INTENTS = words('background|methodology|result');

/** Citation contexts: clearly synthetic sentences, shared between edges to keep builds cheap. */
export const CONTEXTS = words(
  'We build on the synthetic estimator of [REF] to obtain our baseline.|' +
    'Earlier fabricated studies [REF] report a similar trend.|' +
    'Our generated results differ from those in [REF] by a small margin.|' +
    'The placeholder method of [REF] is used for comparison.|' +
    'Following [REF], the toy benchmark is split into three parts.|' +
    'See [REF] for a longer synthetic discussion.',
);
