import { describe, expect, it } from 'vitest';
import type { Enrollment } from '../../api_types';
import { placeIn, placesIn } from './my_place';

const base = { program_id: 'g1', role: 'mentee', status: 'active' } as const;
const e = (patch: Partial<Enrollment>) => ({ ...base, ...patch }) as Enrollment;

describe('placeIn', () => {
  it('an active or pending place is held; other programs do not count', () => {
    expect(placeIn([e({})], 'g1', 'mentee')).toBe('active');
    expect(placeIn([e({ status: 'pending' })], 'g1', 'mentee')).toBe('pending');
    expect(placeIn([e({ program_id: 'g2' })], 'g1', 'mentee')).toBe('none');
    expect(placeIn([e({})], 'g1', 'mentor')).toBe('none');
  });

  it('a withdrawn, declined or ended place may apply again', () => {
    for (const status of ['withdrawn', 'declined', 'ended'] as const)
      expect(placeIn([e({ status })], 'g1', 'mentee')).toBe('none');
  });

  it('lists both roles', () => {
    expect(placesIn([e({})], 'g1')).toEqual(expect.arrayContaining([['mentee', 'active'], ['mentor', 'none']]));
  });
});
