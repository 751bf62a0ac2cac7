import type { Example } from './demo-mode';
import {
  loadExplorer,
  loadGraphCanvas,
  loadLibraryPanels,
  usePreloadWhenIdle,
} from './lazy-chunks';
import { useLibraryActions } from './library-context';
import styles from './welcome.module.css';

interface WelcomeProps {
  readonly demo: boolean;
  readonly examples: readonly Example[];
  readonly onOpen: (paper: string) => void;
}

// The explorer first: it is what a click on a paper needs before anything else. A failed
// preload costs nothing: the part is asked for again when it is drawn, and says so there.
const preloadNextSteps = () => {
  loadExplorer()
    .then(() => Promise.all([loadGraphCanvas(), loadLibraryPanels()]))
    .catch(() => undefined);
};

export function Welcome({ demo, examples, onOpen }: WelcomeProps) {
  const library = useLibraryActions();
  const collections = library?.collections.slice(0, 5) ?? [];
  // The explorer and the graph are most of the app's weight: fetch them while the researcher
  // is typing (the collections' inside too, a click away in the header).
  usePreloadWhenIdle(preloadNextSteps);
  return (
    <section className={styles.welcome} aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Explore a paper’s citation network</h1>
      <p>
        Paste a DOI, an arXiv id or URL, a PubMed id, a Semantic Scholar link, or type a title.
        Citescope draws the paper with its references and the papers that cite it. Starting from a
        reference manager? <strong>Import</strong> (above) takes a .bib, RIS or CSL-JSON file and
        draws its papers together as seeds.
      </p>
      {library && collections.length > 0 && (
        <>
          <h2>Your collections</h2>
          <ul>
            {collections.map((collection) => (
              <li key={collection.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => library.open(collection)}
                >
                  {collection.name}
                </button>
                <span className="muted">
                  {' '}
                  — {collection.seeds.length} {collection.seeds.length === 1 ? 'seed' : 'seeds'}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {demo ? (
        <>
          <p>
            You are exploring the offline sample: generated papers served inside your browser, no
            network needed.
          </p>
          <ul>
            {examples.map((example) => (
              <li key={example.id}>
                <button type="button" className="link-button" onClick={() => onOpen(example.id)}>
                  {example.label}
                </button>
                {example.description && <span className="muted"> — {example.description}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          No network, or just looking around? <a href="?demo=1">Explore the offline sample</a>.
        </p>
      )}
    </section>
  );
}
