import { describe, expect, it } from 'vitest';
import { classNames } from './class-names';

describe('classNames', () => {
  it('joins the names that are there, in order, with single spaces', () => {
    expect(classNames('notice', undefined, 'notice-error', false, null, '', 'problem')).toBe(
      'notice notice-error problem',
    );
  });

  it('is empty when no name is there', () => {
    expect(classNames(undefined, false)).toBe('');
  });
});
