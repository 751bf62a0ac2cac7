// HTTP status → typed error. The body is read only to quote the API's own explanation; a
// gateway may answer with HTML, which is never quoted.
import { parseRetryAfter } from './backoff';
import {
  BadRequestError,
  NotFoundError,
  RateLimitError,
  ServerError,
  type ApiError,
} from './errors';
import { errorBodySchema } from './schemas';

const MAX_QUOTED = 300;

/** The API's explanation from an error body, or null when there is none worth quoting. */
function readApiMessage(body: string): string | null {
  const trimmed = body.trim();
  if (trimmed === '') return null;
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(trimmed));
    if (parsed.success) return 'error' in parsed.data ? parsed.data.error : parsed.data.message;
  } catch {
    // Not JSON: fall through to the plain-text rule below.
  }
  if (trimmed.startsWith('<') || trimmed.length > MAX_QUOTED) return null;
  return trimmed;
}

export interface ErrorContext {
  readonly url: string;
  /** The paper id the request was about, named in a 404. */
  readonly notFoundId?: string;
  /** Wall-clock now, to read a Retry-After given as an HTTP-date. */
  readonly now: number;
}

export async function errorFromResponse(
  response: Response,
  context: ErrorContext,
): Promise<ApiError> {
  const { status } = response;
  const { url } = context;
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), context.now);
    return new RateLimitError({ url, retryAfterMs });
  }
  if (status >= 500 || status < 400) return new ServerError({ status, url });
  const body = await response.text().catch(() => '');
  if (status === 404) return new NotFoundError({ url, id: context.notFoundId });
  const apiMessage = readApiMessage(body) ?? `HTTP ${status}`;
  return new BadRequestError({ status, url, apiMessage });
}
