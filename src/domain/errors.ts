/**
 * The base of every error Citescope raises on purpose. Each subclass carries a literal `code`
 * so callers (and tests) branch on the class or the code, never on the message text.
 */
export abstract class CitescopeError extends Error {
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
