// A profile for the profile tests (not part of the app).
import type { Profile } from '../../api_types';

/** Ana García's profile, empty but for her name, with `patch` applied. */
export function testProfile(patch: Partial<Profile> = {}): Profile {
  return {
    person_id: 'p1',
    name: 'Ana García',
    headline: '',
    bio: '',
    skills_teach: [],
    skills_learn: [],
    interests: [],
    goals: [],
    languages: [],
    time_zone: '',
    availability_hours_per_month: 0,
    background: [],
    mentor: { capacity: 0, accepts_external_mentees: false },
    mentee: { wants_outside_mentor: false, preferred_mentor_gender: '' },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
    updated_at: '',
    ...patch,
  };
}
