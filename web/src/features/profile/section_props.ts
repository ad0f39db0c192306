import type { ProfileDraft } from './profile_draft';
import type { Suggestion } from '../../components/fields/TermComboBox';

/** What every profile section gets: the draft, a patcher, and the error for a field path. */
export interface SectionProps {
  draft: ProfileDraft;
  update: (patch: Partial<ProfileDraft>) => void;
  errorFor: (path: string) => string | undefined;
}

export interface SuggestingSectionProps extends SectionProps {
  suggestions: readonly Suggestion[];
}
