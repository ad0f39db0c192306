import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import '../i18n';
import type { Reason } from '../api_types';
import { ExplanationList } from './ExplanationList';

const REASONS: Reason[] = [
  { id: 'shared_language', points: 90, params: { languages: ['en'] } },
  { id: 'time_zone', points: 25, params: { min_minutes: 0, max_minutes: 0 } },
];

function points(): string[] {
  const list = screen.getByRole('list', { name: 'Why' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('ExplanationList', () => {
  it('lists the reasons in words with their points', () => {
    render(<ExplanationList reasons={REASONS} reader={{ side: 'mentee', mentorName: 'Rohan' }} label="Why" />);
    expect(points()).toEqual(['you and Rohan both speak English+90', 'same time zone+25']);
  });

  it('adds the points no reason names as one last line, so the list adds up to the score', () => {
    render(<ExplanationList reasons={REASONS} reader={{ side: 'mentee', mentorName: 'Rohan' }} total={175} label="Why" />);
    expect(points()).toEqual(['you and Rohan both speak English+90', 'same time zone+25', 'answers kept for matching only+60']);
  });

  it('adds nothing when the reasons already make the score', () => {
    render(<ExplanationList reasons={REASONS} reader={{ side: 'mentor', menteeName: 'Aarav' }} total={115} label="Why" />);
    expect(points()).toHaveLength(2);
  });

  it('says so when there are no reasons (records from before reasons were data)', () => {
    render(<ExplanationList reasons={[]} reader={{ side: 'mentor', menteeName: 'Aarav' }} label="Why" />);
    expect(screen.getByText('No reasons given.')).toBeTruthy();
  });
});
