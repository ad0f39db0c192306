import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './next_path';

describe('safeNextPath', () => {
  it('keeps same-site paths', () => {
    expect(safeNextPath('/orgs/1/programs?x=1')).toBe('/orgs/1/programs?x=1');
  });
  it('refuses other sites and loops back to login', () => {
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('/login?next=/x')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
  it('builds the login redirect', () => {
    expect(loginPathFor({ pathname: '/profile', search: '' })).toBe('/login?next=%2Fprofile');
    expect(loginPathFor({ pathname: '/', search: '' })).toBe('/login');
  });
});
