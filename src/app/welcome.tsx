import type { Example } from './demo-mode';

interface WelcomeProps {
  readonly demo: boolean;
  readonly examples: readonly Example[];
  readonly onOpen: (paper: string) => void;
}

export function Welcome({ demo, examples, onOpen }: WelcomeProps) {
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Explore a paper’s citation network</h1>
      <p>
        Paste a DOI, an arXiv id or URL, a PubMed id, a Semantic Scholar link, or type a title.
        Citescope draws the paper with its references and the papers that cite it.
      </p>
      {demo ? (
        <>
          <p>
            You are exploring the offline sample: generated papers served inside your browser, no
            network needed.
          </p>
          <ul className="examples">
            {examples.map((example) => (
              <li key={example.id}>
                <button type="button" className="link-button" onClick={() => onOpen(example.id)}>
                  {example.label}
                </button>
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
