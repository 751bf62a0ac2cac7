import { useState } from 'react';
import type { CitationFacts, GraphNode } from '../../graph/citation-graph';
import styles from './citation-context.module.css';
import { InfluentialBadge, IntentChips } from './intent-chips';

/** Sentences shown before the list folds. */
const FOLD_AFTER = 5;

interface LinkContextsProps {
  readonly node: Pick<GraphNode, 'citesCentre' | 'citedByCentre'>;
}

/**
 * Why the selected neighbour and the centre cite each other: for each direction, the sentences
 * of the citing paper that mention the cited one, each with its intents. Every sentence is text:
 * contexts can hold markup and LaTeX fragments, shown as written.
 */
export function LinkContexts({ node }: LinkContextsProps) {
  const { citesCentre, citedByCentre } = node;
  if (!citesCentre && !citedByCentre) {
    return (
      <p className="muted" data-testid="no-link-facts">
        This paper is not linked to the centre directly, so there is no citation context.
      </p>
    );
  }
  return (
    <>
      {citesCentre && <LinkFacts heading="How it cites this paper" facts={citesCentre} />}
      {citedByCentre && <LinkFacts heading="How this paper cites it" facts={citedByCentre} />}
    </>
  );
}

function LinkFacts({
  heading,
  facts,
}: {
  readonly heading: string;
  readonly facts: CitationFacts;
}) {
  const [open, setOpen] = useState(false);
  const { contexts } = facts;
  const shown = open ? contexts : contexts.slice(0, FOLD_AFTER);
  return (
    <section className={styles.link} aria-label={heading}>
      <h3 className={styles.heading}>{heading}</h3>
      <p className={styles.facts}>
        {facts.isInfluential && <InfluentialBadge />}
        <IntentChips intents={facts.intents} />
        {!facts.isInfluential && facts.intents.length === 0 && (
          <span className="muted">No intent given</span>
        )}
      </p>
      {contexts.length === 0 ? (
        <p className="muted">No citation context available.</p>
      ) : (
        <ul className={styles.contexts}>
          {shown.map((context) => (
            <li key={context.text}>
              <q>{context.text}</q> <IntentChips intents={context.intents} />
            </li>
          ))}
        </ul>
      )}
      {contexts.length > FOLD_AFTER && (
        <button type="button" className={styles.more} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `Show all ${contexts.length} sentences`}
        </button>
      )}
    </section>
  );
}
