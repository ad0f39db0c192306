// Human names for profile field paths, used in the error summary ("Skills I want to learn 2 · Target level").

type T = (key: string, values?: Record<string, unknown>) => string;

const TOP: Record<string, string> = {
  name: 'profile.basics.name',
  headline: 'profile.basics.headline',
  bio: 'profile.basics.bio',
  time_zone: 'profile.basics.timeZone',
  availability_hours_per_month: 'profile.basics.availability',
  languages: 'profile.languages.title',
  interests: 'profile.interests.title',
  skills_teach: 'profile.skillsTeach.title',
  skills_learn: 'profile.skillsLearn.title',
  goals: 'profile.goals.title',
  background: 'profile.background.title',
  mentor: 'profile.mentoring.title',
  mentee: 'profile.mentoring.title',
  minor: 'profile.minor.title',
};

const LEAF: Record<string, string> = {
  skill: 'profile.skill',
  level: 'profile.level',
  current_level: 'profile.currentLevel',
  target_level: 'profile.targetLevel',
  text: 'profile.goals.text',
  tags: 'profile.goals.tags',
  capacity: 'profile.mentoring.capacity',
  accepts_external_mentees: 'profile.mentoring.external',
  wants_outside_mentor: 'profile.mentoring.outside',
  preferred_mentor_gender: 'profile.mentoring.preferredGender',
  guardian_name: 'profile.minor.guardianName',
  guardian_email: 'profile.minor.guardianEmail',
  is_minor: 'profile.minor.isMinor',
  value: 'profile.background.value',
  visibility: 'profile.background.visibility',
};

export function fieldLabel(path: string, t: T): string {
  const [head = '', ...rest] = path.split('.');
  const parts = [TOP[head] ? t(TOP[head]) : head];
  for (const part of rest) {
    if (/^\d+$/.test(part)) parts[parts.length - 1] += ` ${Number(part) + 1}`;
    else parts.push(LEAF[part] ? t(LEAF[part]) : part);
  }
  return parts.join(' · ');
}
