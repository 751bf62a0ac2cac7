// Named failure scenarios for the browser twin (`?fault=<name>` in demo builds), so every kind
// of trouble the real API causes can be walked through by hand. Each scenario answers the first
// few matching requests badly, then lets the normal handlers answer.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';

export const FAULTS = ['rate-limit', 'rate-limit-cors', 'server-error', 'slow'] as const;
export type FaultName = (typeof FAULTS)[number];

export function isFaultName(value: string | null): value is FaultName {
  return value !== null && (FAULTS as readonly string[]).includes(value);
}

/** Fails the first `times` requests to `path` with `answer`; then falls through. */
function failFirst(url: string, times: number, answer: () => Response | Promise<Response>) {
  let left = times;
  return http.get(url, () => {
    if (left <= 0) return undefined;
    left -= 1;
    return answer();
  });
}

export function faultHandlers(name: FaultName, baseUrl: string): HttpHandler[] {
  const citations = `${baseUrl}/paper/:id/citations`;
  switch (name) {
    case 'rate-limit':
      // Documented shape of the API's 429, with a Retry-After a browser can read.
      return [
        failFirst(citations, 2, () =>
          HttpResponse.json(
            { message: 'Too Many Requests' },
            { status: 429, headers: { 'Retry-After': '5' } },
          ),
        ),
      ];
    case 'rate-limit-cors':
      // A 429 without CORS headers reaches the page as a failed fetch.
      return [failFirst(citations, 3, () => HttpResponse.error())];
    case 'server-error':
      return [
        failFirst(citations, 2, () =>
          HttpResponse.json({ message: 'Endpoint request timed out' }, { status: 504 }),
        ),
      ];
    case 'slow':
      return [
        http.all(`${baseUrl}/*`, async () => {
          await delay(1500);
          return undefined;
        }),
      ];
  }
}
