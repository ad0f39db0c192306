import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import i18n from 'i18next';
import type { Meeting } from '../../api';
import { MeetingForm, meetingInputOf } from './MeetingForm';

const MEETING: Meeting = {
  id: 'm1',
  relationship_id: 'r1',
  start_at: '2026-03-15T20:00:00Z',
  duration_minutes: 45,
  mode: 'in_person',
  location: 'Library, room 2',
  agenda: 'Essay',
  time_zone: 'America/New_York',
  status: 'accepted',
  proposer: 'mentor',
  shared_notes: '',
  sequence: 0,
  follows_meeting_id: null,
  viewer_side: 'mentee',
  can_answer: false,
  can_change: true,
  can_log: false,
  created_at: '2026-03-01T00:00:00Z',
  updated_at: '2026-03-01T00:00:00Z',
};

function renderForm(props: Partial<Parameters<typeof MeetingForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(
    <MeetingForm zone="America/New_York" label="Propose" submitLabel="Send" isPending={false} error={null} onSubmit={onSubmit} {...props} />,
  );
  return onSubmit;
}

describe('MeetingForm', () => {
  it('sends the wall-clock time of the viewer zone as the UTC instant, with the zone', async () => {
    await i18n.changeLanguage('en');
    const onSubmit = renderForm();
    expect(screen.getByText('In America/New_York.')).toBeInTheDocument();
    // 16:00 in New York on 15 March 2026 is EDT (UTC-4): 20:00 UTC.
    fireEvent.change(screen.getByLabelText(/Date and time/), { target: { value: '2026-03-15T16:00' } });
    await userEvent.clear(screen.getByLabelText(/Duration/));
    await userEvent.type(screen.getByLabelText(/Duration/), '30');
    await userEvent.type(screen.getByLabelText(/Meeting link/), 'https://meet.example.org/x');
    await userEvent.type(screen.getByLabelText('Agenda'), 'Questions');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith({
      start_at: '2026-03-15T20:00:00Z',
      duration_minutes: 30,
      mode: 'online',
      location: 'https://meet.example.org/x',
      agenda: 'Questions',
      time_zone: 'America/New_York',
    });
  });

  it('shows a meeting being rescheduled in the viewer zone', async () => {
    await i18n.changeLanguage('en');
    renderForm({ meeting: MEETING, zone: 'Europe/Madrid' });
    // 20:00 UTC on 15 March is 21:00 in Madrid (CET, +1).
    expect(screen.getByLabelText(/Date and time/)).toHaveValue('2026-03-15T21:00');
    expect(screen.getByLabelText(/Place/)).toHaveValue('Library, room 2');
  });

  it('refuses what the server would, naming each field, in Spanish too', async () => {
    await i18n.changeLanguage('es');
    const onSubmit = renderForm();
    await userEvent.clear(screen.getByLabelText(/Duración/));
    await userEvent.type(screen.getByLabelText(/Duración/), '1');
    await userEvent.type(screen.getByLabelText(/Enlace de la reunión/), 'not a link');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Elige una fecha y una hora.')).toBeInTheDocument();
    expect(screen.getByText('Entre 5 y 480 minutos.')).toBeInTheDocument();
    expect(screen.getByText(/necesita un enlace/)).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });

  it('checks an in-person place and keeps the agenda as written', () => {
    const draft = { when: '2026-07-01T09:30', duration: '60', mode: 'in_person' as const, location: ' ', agenda: '' };
    expect(meetingInputOf(draft, 'Asia/Kolkata').errors.location).toBe('meetings.errors.place');
    const ok = meetingInputOf({ ...draft, location: 'Café' }, 'Asia/Kolkata');
    expect(ok.input?.start_at).toBe('2026-07-01T04:00:00Z');
  });
});
