// The browser reports every connection its Content-Security-Policy refuses as a
// `securitypolicyviolation` event; the refused fetch itself only rejects with a bare TypeError.
// Listening for the events lets a refused request be called what it is.

interface ViolationSource {
  addEventListener(type: 'securitypolicyviolation', listener: (event: Event) => void): void;
}

/**
 * Records the origins the page's policy refused connections to. `blocked(url)` first lets one
 * macrotask pass, because the browser queues the event as a task of its own, which may run
 * after the refused fetch has already rejected.
 */
export function watchPolicyViolations(
  source: ViolationSource,
  nextTask: () => Promise<void> = () =>
    new Promise((resolve) => {
      setTimeout(resolve, 0);
    }),
): (url: string) => Promise<boolean> {
  const refused = new Set<string>();
  source.addEventListener('securitypolicyviolation', (event) => {
    const { blockedURI, effectiveDirective } = event as SecurityPolicyViolationEvent;
    if (effectiveDirective !== 'connect-src') return;
    const origin = originOf(blockedURI);
    if (origin !== null) refused.add(origin);
  });
  return async (url) => {
    await nextTask();
    const origin = originOf(url);
    return origin !== null && refused.has(origin);
  };
}

function originOf(uri: string): string | null {
  try {
    const { origin } = new URL(uri);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
