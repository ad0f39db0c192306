import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import '../../i18n';
import { ExplanationList } from './ExplanationList';

const TEXT = 'both speak English (+90) · same time zone (+25)';

function points(): string[] {
  const list = screen.getByRole('list', { name: 'Why' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('ExplanationList', () => {
  it('lists the named reasons with their points', () => {
    render(<ExplanationList text={TEXT} label="Why" />);
    expect(points()).toEqual(['both speak English+90', 'same time zone+25']);
  });

  it('adds the points no reason names as one last line, so the list adds up to the score', () => {
    render(<ExplanationList text={TEXT} total={175} label="Why" />);
    expect(points()).toEqual(['both speak English+90', 'same time zone+25', 'answers kept for matching only+60']);
  });

  it('adds nothing when the reasons already make the score', () => {
    render(<ExplanationList text={TEXT} total={115} label="Why" />);
    expect(points()).toHaveLength(2);
  });
});
