/**
 * Joins class names for `className`, leaving out the missing ones. A CSS module's class reads as
 * `string | undefined` (its names are not typed), and a modifier is often present only sometimes.
 */
export function classNames(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter((name) => typeof name === 'string' && name !== '').join(' ');
}
