/**
 * The base of every error Citescope raises on purpose. Each subclass carries a literal `code`
 * so callers (and tests) branch on the class or the code, never on the message text.
 */
export abstract class CitescopeError extends Error {
  abstract readonly code: string;
  /**
   * True when the same action may succeed if tried again later (a rate limit, a server hiccup).
   * Here rather than on the API's errors so the UI can decide whether to offer "Try again"
   * from domain classes alone.
   */
  readonly retryable: boolean = false;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
