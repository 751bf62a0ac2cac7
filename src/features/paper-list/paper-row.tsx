import { memo, type ReactNode } from 'react';
import type { GraphNode, Relation } from '../../graph/citation-graph';
import { classNames } from '../../ui/class-names';
import { formatAuthors, formatCount, paperTitle } from '../../ui/format';
import relationDot from '../../ui/relation-dot.module.css';
import styles from './paper-table.module.css';

export const RELATION_LABEL: Record<Relation, string> = {
  centre: 'Seed',
  reference: 'Reference',
  citation: 'Citation',
  both: 'Reference and citation',
  unresolved: 'Reference not in Semantic Scholar',
};

interface PaperRowProps {
  readonly node: GraphNode;
  readonly rowIndex: number;
  readonly selected: boolean;
  readonly onSelect: (key: string) => void;
  /** Papers of this neighbourhood citing it; null when links among papers are not shown. */
  readonly localCount: number | null;
  /** Position by PageRank (1 = highest), when ranks are shown; null for a paper without one. */
  readonly rankPosition?: number | null;
  /** Whether this paper is expanded in the graph; absent where the graph cannot grow. */
  readonly expanded?: boolean;
  readonly onExpand?: (key: string) => void;
  /** With several seeds: how many this paper links to (null for a seed itself). */
  readonly seedLinks?: number | null;
  /** More actions, on the selected row only. */
  readonly actions?: ReactNode;
}

export const PaperRow = memo(function PaperRow({
  node,
  rowIndex,
  selected,
  onSelect,
  localCount,
  rankPosition,
  expanded,
  onExpand,
  seedLinks,
  actions,
}: PaperRowProps) {
  const { paper, relation } = node;
  const label =
    relation === 'unresolved' && node.unresolvedIn === 'citations'
      ? 'Citation not in Semantic Scholar'
      : RELATION_LABEL[relation];
  return (
    <tr
      data-paper-id={paper.id ?? undefined}
      data-relation={relation}
      data-new={node.isNew ? '' : undefined}
      aria-rowindex={rowIndex}
      aria-selected={selected}
    >
      <td>
        <span
          className={classNames(relationDot.dot, relationDot[relation])}
          title={label}
          aria-hidden="true"
        />
        <button
          type="button"
          className={styles.rowTitle}
          aria-pressed={selected}
          onClick={() => {
            onSelect(node.key);
          }}
        >
          <span className="visually-hidden">{label}: </span>
          {paperTitle(paper)}
        </button>
        {node.isNew && <span className={styles.newBadge}>New</span>}
        <div className={styles.rowLine}>
          <span className={classNames('muted', styles.rowAuthors)}>
            {relation === 'unresolved' ? 'Not in Semantic Scholar' : formatAuthors(paper.authors)}
          </span>
          {/* On the selected row only: one action in reach, without a button on every row. */}
          {selected && onExpand && paper.id !== null && (
            <button
              type="button"
              className={styles.rowAction}
              aria-label={`${expanded ? 'Collapse' : 'Expand'} “${paperTitle(paper)}”`}
              onClick={() => onExpand(node.key)}
            >
              {expanded ? 'Collapse' : 'Expand'}
            </button>
          )}
          {selected && actions}
        </div>
      </td>
      <td>{paper.year ?? '–'}</td>
      <td>{formatCount(paper.citationCount)}</td>
      <td>
        {node.isInfluential && (
          <span title="Influential">
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">Influential</span>
          </span>
        )}
      </td>
      <td>
        {node.intents.map((intent) => (
          <span key={intent} className={styles.intent} data-intent={intent} title={intent}>
            <span aria-hidden="true">{intent.charAt(0).toUpperCase()}</span>
            <span className="visually-hidden">{intent} </span>
          </span>
        ))}
      </td>
      {seedLinks !== undefined && <td>{seedLinks === null ? '–' : formatCount(seedLinks)}</td>}
      {localCount !== null && <td>{formatCount(localCount)}</td>}
      {rankPosition !== undefined && <td>{formatCount(rankPosition)}</td>}
    </tr>
  );
});
