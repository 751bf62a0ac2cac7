// Checks at the client's edges: answers against their schema, arguments against the API's limits.
import type { z } from 'zod';
import { SchemaError } from './errors';

/** The parsed answer, or a SchemaError naming the first thing that did not fit. */
export function parseAnswer<Schema extends z.ZodType>(
  schema: Schema,
  json: unknown,
  url: string,
): z.output<Schema> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new SchemaError({ url, detail: `${where}${issue?.message ?? 'unexpected shape'}` });
}

/** Arguments out of range are programming errors, caught before any request is made. */
export function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, not ${value}.`);
  }
}
