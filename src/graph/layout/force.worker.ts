// Runs the force layout off the main thread, so the page stays responsive while it settles.
import { forceLayout, type ForceInput } from './force';

self.onmessage = (event: MessageEvent<ForceInput>) => {
  self.postMessage(forceLayout(event.data));
};
