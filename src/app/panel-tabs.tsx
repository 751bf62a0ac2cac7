// Below the wide layout the filters, the details and the list share one tabbed panel beside the
// graph (or under it on a phone), so the graph keeps most of the width. Every panel stays mounted
// while hidden: the list keeps its scroll and sort, the filters their half-typed text.
import * as Tabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import styles from './layout.module.css';

export type PanelName = 'details' | 'papers' | 'filters';

const PANELS: readonly { readonly value: PanelName; readonly label: string }[] = [
  { value: 'details', label: 'Details' },
  { value: 'papers', label: 'Papers' },
  { value: 'filters', label: 'Filters' },
];

interface PanelTabsProps {
  readonly value: PanelName;
  readonly onChange: (value: PanelName) => void;
  readonly panels: Readonly<Record<PanelName, ReactNode>>;
}

const isPanel = (value: string): value is PanelName => PANELS.some((p) => p.value === value);

export function PanelTabs({ value, onChange, panels }: PanelTabsProps) {
  return (
    <Tabs.Root
      className={styles.tabs}
      value={value}
      onValueChange={(next) => {
        if (isPanel(next)) onChange(next);
      }}
    >
      <Tabs.List className={styles.tabList} aria-label="Panels">
        {PANELS.map((panel) => (
          <Tabs.Trigger key={panel.value} value={panel.value} className={styles.tab}>
            {panel.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {PANELS.map((panel) => (
        <Tabs.Content
          key={panel.value}
          value={panel.value}
          forceMount
          className={styles.tabPanel}
          data-panel={panel.value}
        >
          {panels[panel.value]}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
