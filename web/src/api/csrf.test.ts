import { describe, expect, it } from 'vitest';
import { readCookie } from './csrf';

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    expect(readCookie('tandem_csrf', 'a=1; tandem_csrf=abc; b=2')).toBe('abc');
  });
  it('does not match a cookie whose name only ends the same', () => {
    expect(readCookie('tandem_csrf', 'x_tandem_csrf=no')).toBe('');
  });
  it('keeps "=" inside the value', () => {
    expect(readCookie('tandem_csrf', 'tandem_csrf=a=b==')).toBe('a=b==');
  });
  it('answers "" when absent', () => {
    expect(readCookie('tandem_csrf', '')).toBe('');
  });
});
