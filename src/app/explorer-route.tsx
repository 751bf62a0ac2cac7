// The view of a paper or of seeds: the root of the explorer's own chunk (see explorer-loader.tsx),
// which holds everything only these views need — lists, details, filters, Discover, export.
import { Explorer } from './explorer';
import { loadLibraryPanels, usePreloadWhenIdle } from './lazy-chunks';
import { SeedsExplorer } from './seeds-explorer';
import type { ViewState } from './url-codec';
import type { SetView } from './view-store';

export interface ExplorerRouteProps {
  readonly view: ViewState;
  readonly setView: SetView;
}

const preloadLibrary = () => {
  loadLibraryPanels().catch(() => undefined);
};

export function ExplorerRoute({ view, setView }: ExplorerRouteProps) {
  const { paper } = view;
  // "Collections" in the header is a click away from any view.
  usePreloadWhenIdle(preloadLibrary);
  if (view.seeds.length > 0) {
    return <SeedsExplorer key={view.seeds.join()} view={view} setView={setView} />;
  }
  return paper ? <Explorer view={{ ...view, paper }} setView={setView} /> : null;
}
