import { useMemo, useState } from 'react';
import type { GraphNode, Relation } from '../../graph/citation-graph';
import { formatAuthors, formatCount, paperTitle } from '../../ui/format';
import { sortNodes, type SortDirection, type SortKey } from './sort-nodes';

interface PaperTableProps {
  readonly nodes: readonly GraphNode[];
  readonly caption: string;
  readonly selectedKey?: string | null;
  readonly onSelect?: (key: string) => void;
}

const RELATION_LABEL: Record<Relation, string> = {
  centre: 'Centre',
  reference: 'Reference',
  citation: 'Citation',
  both: 'Reference and citation',
  unresolved: 'Reference not in Semantic Scholar',
};

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'year', label: 'Year' },
  { key: 'citations', label: 'Citations' },
];

export function PaperTable({ nodes, caption, selectedKey, onSelect }: PaperTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'citations',
    direction: 'desc',
  });
  const rows = useMemo(() => sortNodes(nodes, sort.key, sort.direction), [nodes, sort]);

  const toggle = (key: SortKey) => {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'title' ? 'asc' : 'desc' },
    );
  };

  return (
    <table className="paper-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Relation</th>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              scope="col"
              aria-sort={
                sort.key === column.key
                  ? sort.direction === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : 'none'
              }
            >
              <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                {column.label}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((node) => (
          <tr
            key={node.key}
            data-paper-id={node.paper.id ?? undefined}
            data-relation={node.relation}
            aria-selected={selectedKey === node.key}
            className={`relation-${node.relation}`}
          >
            <td>
              <span className={`relation-dot relation-${node.relation}`} aria-hidden="true" />
              {RELATION_LABEL[node.relation]}
            </td>
            <td>
              {onSelect ? (
                <button type="button" className="link-button" onClick={() => onSelect(node.key)}>
                  {paperTitle(node.paper)}
                </button>
              ) : (
                paperTitle(node.paper)
              )}
              <div className="muted">{formatAuthors(node.paper.authors)}</div>
            </td>
            <td>{node.paper.year ?? '–'}</td>
            <td>{formatCount(node.paper.citationCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
