import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GraphNode } from '../../graph/citation-graph';
import { PaperRow } from './paper-row';
import styles from './paper-table.module.css';
import { sortNodes, type SortDirection, type SortKey } from './sort-nodes';

interface PaperTableProps {
  readonly nodes: readonly GraphNode[];
  readonly caption: string;
  readonly selectedKey: string | null;
  readonly onSelect: (key: string) => void;
  /** With links among papers shown: how many papers here cite each one (a column of its own). */
  readonly localCounts?: ReadonlyMap<string, number> | null;
  /** PageRank in this graph, with links among papers shown: sortable as "Rank". */
  readonly ranks?: ReadonlyMap<string, number> | null;
  /** Growing the graph from a row: which papers are expanded, and the toggle. */
  readonly expansion?: {
    readonly expanded: ReadonlySet<string>;
    readonly onToggle: (key: string) => void;
  } | null;
  /** With several seeds: a column of how many seeds each paper links to, sorted by first. */
  readonly seeded?: boolean;
  /** More actions on the selected row (e.g. "Add to collection"), composed by the app. */
  readonly rowActions?: (node: GraphNode) => ReactNode;
}

interface Column {
  readonly key: SortKey;
  readonly label: string;
  /** Shown instead of the label where the column is narrow (the label stays its name). */
  readonly short?: string;
}

const COLUMNS: readonly Column[] = [
  { key: 'title', label: 'Title' },
  { key: 'year', label: 'Year' },
  { key: 'citations', label: 'Citations' },
  { key: 'influential', label: 'Influential', short: '★' },
  { key: 'intents', label: 'Intents' },
];

const LOCAL_COLUMN: Column = { key: 'local', label: 'Cited here' };
const RANK_COLUMN: Column = { key: 'rank', label: 'Rank', short: '#' };
const SEEDS_COLUMN: Column = { key: 'seeds', label: 'Seeds linked', short: 'Seeds' };

const ROW_HEIGHT = 52;

function rankPositions(ranks: ReadonlyMap<string, number> | null | undefined) {
  if (!ranks) return null;
  const order = [...ranks].sort((a, b) => b[1] - a[1]);
  return new Map(order.map(([key], index) => [key, index + 1]));
}

/**
 * Every neighbour in a sortable table, synced with the graph. Rows are virtualised: only
 * those in view are in the DOM, so 10,000 papers scroll as smoothly as 10.
 */
export function PaperTable(props: PaperTableProps) {
  const { nodes, caption, selectedKey, onSelect, localCounts, ranks, expansion, seeded } = props;
  const columns = [
    ...COLUMNS,
    ...(seeded ? [SEEDS_COLUMN] : []),
    ...(localCounts ? [LOCAL_COLUMN] : []),
    ...(ranks ? [RANK_COLUMN] : []),
  ];
  // Rank shown as a position (1 = highest PageRank), which reads better than a small fraction.
  const positions = useMemo(() => rankPositions(ranks), [ranks]);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: seeded ? 'seeds' : 'citations',
    direction: 'desc',
  });
  const rows = useMemo(
    () => sortNodes(nodes, sort.key, sort.direction, localCounts, ranks),
    [nodes, sort, localCounts, ranks],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer is mutable by design; this component does not rely on memoising it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 480, height: 640 },
  });

  // A node selected in the graph scrolls its row into view.
  useEffect(() => {
    if (!selectedKey) return;
    const index = rows.findIndex((n) => n.key === selectedKey);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedKey, rows, virtualizer]);

  const toggle = (key: SortKey) => {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'title' ? 'asc' : 'desc' },
    );
  };

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className={styles.scroller} ref={scroller}>
      <table className={styles.table} aria-rowcount={rows.length + 1}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={
                  sort.key !== column.key
                    ? 'none'
                    : sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                }
              >
                <button
                  type="button"
                  className={styles.sortButton}
                  onClick={() => toggle(column.key)}
                >
                  <span className="visually-hidden">Sort by </span>
                  {column.short ? (
                    <>
                      <span aria-hidden="true" title={column.label}>
                        {column.short}
                      </span>
                      <span className="visually-hidden">{column.label}</span>
                    </>
                  ) : (
                    column.label
                  )}
                  <span aria-hidden="true" className={styles.sortArrow}>
                    {sort.key !== column.key ? '↕' : sort.direction === 'asc' ? '↑' : '↓'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const node = rows[item.index];
            if (!node) return null;
            return (
              <PaperRow
                key={node.key}
                node={node}
                rowIndex={item.index + 2}
                selected={node.key === selectedKey}
                onSelect={onSelect}
                localCount={localCounts ? (localCounts.get(node.key) ?? 0) : null}
                rankPosition={positions ? (positions.get(node.key) ?? null) : undefined}
                expanded={expansion?.expanded.has(node.key)}
                onExpand={expansion?.onToggle}
                seedLinks={seeded ? (node.seedLinks ?? null) : undefined}
                actions={node.key === selectedKey ? props.rowActions?.(node) : undefined}
              />
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
