// Every change of view becomes a step of the exploration log, with the address that shows it
// again; a filter still being typed replaces its own last step instead of adding one per pause.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Paper } from '../domain/paper';
import { paperKeys } from '../queries/paper-queries';
import { useS2Client } from '../queries/s2-client-context';
import { continuesLastStep, describeViewChange } from './log-steps';
import { useSession } from './session-context';
import { formatView, type ViewState } from './url-codec';

export function useLogViewSteps(view: ViewState): void {
  const client = useS2Client();
  const queryClient = useQueryClient();
  const appendLog = useSession((state) => state.appendLog);
  const previous = useRef<ViewState | null>(null);
  const address = formatView(view);

  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    // The paper a step is about, when its details are already known.
    const about = view.paper ?? view.expanded.at(-1) ?? null;
    const title =
      about === null
        ? null
        : (queryClient.getQueryData<Paper>(paperKeys.detail(client.baseUrl, about))?.title ?? null);
    const step = describeViewChange(before, view, title);
    if (!step) return;
    const at = new Date();
    appendLog({ at: at.toISOString(), url: window.location.href, shown: null, ...step }, (last) =>
      continuesLastStep(last, step, at),
    );
    // The view is read through its address: one step per change of what the URL says.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address]);
}
