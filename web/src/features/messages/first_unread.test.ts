import { describe, expect, it } from 'vitest';
import type { Message } from '../../api';
import { firstUnreadId } from './RelationshipMessagesPanel';

const msg = (id: string, mine: boolean): Message => ({
  id,
  relationship_id: 'r',
  author_id: mine ? 'me' : 'them',
  author_side: mine ? 'mentee' : 'mentor',
  mine,
  body: id,
  created_at: '2026-03-01T10:00:00Z',
  flag: null,
});

describe('firstUnreadId', () => {
  it('marks the oldest message by someone else after the marker', () => {
    // Newest first: d (theirs), c (mine), b (theirs) | a (read).
    const list = [msg('d', false), msg('c', true), msg('b', false), msg('a', false)];
    expect(firstUnreadId(list, 'a')).toBe('b');
    expect(firstUnreadId(list, 'c')).toBe('d');
    expect(firstUnreadId(list, 'd')).toBeUndefined();
  });
  it('with no marker, everything by someone else is new', () => {
    expect(firstUnreadId([msg('b', false), msg('a', false)], null)).toBe('a');
    expect(firstUnreadId([msg('a', true)], null)).toBeUndefined();
  });
});
