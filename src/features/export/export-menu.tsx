// The Export button and its menu, plus "Open snapshot…". It knows nothing of Cytoscape: images
// and the snapshot come through callbacks, papers as domain objects.
import { useMemo, useState } from 'react';
import type { ViewSnapshot } from '../../graph/snapshot';
import { errorMessage } from '../../ui/error-notice';
import { exportActions, type ExportAction, type ExportSources } from './export-actions';
import { OpenSnapshot } from './open-snapshot';
import { useMenuButton } from './use-menu-button';

export interface ExportMenuProps extends ExportSources {
  readonly onOpenSnapshot: (snapshot: ViewSnapshot) => void;
}

export function ExportMenu(props: ExportMenuProps) {
  const { centre, nodes, selected, getPng, getSvg, getSnapshot, onOpenSnapshot } = props;
  const actions = useMemo(
    () => exportActions({ centre, nodes, selected, getPng, getSvg, getSnapshot }),
    [centre, nodes, selected, getPng, getSvg, getSnapshot],
  );
  const labels = useMemo(() => actions.map((a) => a.label), [actions]);
  const { open, buttonId, menuId, rootRef, buttonRef, setItem, toggle, close, ...keys } =
    useMenuButton(labels);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (action: ExportAction) => {
    close();
    setProblem(null);
    setStatus(`Preparing ${action.label}…`);
    try {
      setStatus(`Saved ${await action.run()}`);
    } catch (error) {
      setStatus('');
      setProblem(`Could not export ${action.label}: ${errorMessage(error)}`);
    }
  };

  const separatorAfter = (action: ExportAction, index: number) => {
    const next = actions[index + 1];
    return next !== undefined && next.group !== action.group;
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        type="button"
        ref={buttonRef}
        id={buttonId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={keys.onButtonKeyDown}
      >
        Export
      </button>
      {open && (
        <div
          role="menu"
          id={menuId}
          aria-labelledby={buttonId}
          className="export-menu-list"
          tabIndex={-1}
          onKeyDown={keys.onMenuKeyDown}
        >
          {actions.map((action, index) => [
            <button
              key={action.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              ref={(element) => {
                setItem(index, element);
              }}
              className="export-menu-item"
              onClick={() => void choose(action)}
            >
              {action.label}
            </button>,
            separatorAfter(action, index) && (
              <div
                key={`${action.id}-separator`}
                role="separator"
                className="export-menu-separator"
              />
            ),
          ])}
        </div>
      )}
      <OpenSnapshot onOpen={onOpenSnapshot} onProblem={setProblem} />
      <p aria-live="polite" className="export-status">
        {status}
      </p>
      {problem && (
        <p role="alert" className="notice notice-error export-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
