// The reasons of a pair's score, as data: stable reason ids with their structured facts
// (base/reason.h). The scorer decides every number and builds these; the reader's app words
// them in the reader's language and from the reader's side (a mentee reads "teaches SQL at
// level 4, you want level 3", the mentor "wants to learn SQL to level 3, you teach it at level
// 4", a coordinator both names). Nothing here is stored or sent as a sentence: the English
// renderer at the end serves the command line and error messages only. Pure; thread-safe.
//
// Reason ids and their params (levels 1..5, hours a month, minutes 0..720):
//   shared_language      {languages: [codes, e.g. "es"]}
//   skill_match          {skill, mentor_level, target_level}
//   goals_overlap        {words: [shared terms]}
//   shared_interests     {interests: [names]}
//   background_match     {field, value}   a background value the mentee asked for (field
//                                         an id such as "cultural_background")
//   preference_met       {field, value}   a stated preference about the mentor
//   time_zone            {min_minutes, max_minutes}  the clocks' difference over the seasons
//   availability         {mentee_hours, mentor_hours}
//   outside_organisation {}
//   experience_gap       {}
// Infeasibility ids (why a pair cannot be matched): InfeasibilityId below.
#ifndef TANDEM_MATCHING_SCORING_REASONS_H_
#define TANDEM_MATCHING_SCORING_REASONS_H_

#include <string>
#include <vector>

#include "base/reason.h"

namespace tandem::matching {

// Who reads an explanation: the mentee (about a mentor) or the mentor (about a mentee).
enum class Perspective { kMentee, kMentor };

// Why a pair cannot be matched: a hard constraint or a "must" criterion that earned nothing.
enum class Infeasibility {
  kYouthScreening,  // a minor, and the mentor's screening or training is not done
  kInternalOnly,    // another organisation's mentor who does not take external mentees
  kNoLanguage,
  kNoSkills,
  kNoGoals,
  kNoInterests,
  kNoBackground,  // none of the background values the mentee asked for
  kPreferenceMissed,  // "must": a stated preference (e.g. mentor gender) is not met
  kNoWakingOverlap,
  kNoTime,
  kSameOrganisation,  // the mentee asked for someone from outside their organisation
  kNoExperienceGap,
};
// The stable id, e.g. "no_shared_language".
const char* InfeasibilityId(Infeasibility why);

// Reason builders (ids and params as listed above); points are the contribution's.
Reason LanguageReason(int points, std::vector<std::string> names);
Reason SkillReason(int points, const std::string& skill, int mentor_level, int target_level);
Reason GoalsReason(int points, std::vector<std::string> words);
Reason InterestsReason(int points, std::vector<std::string> names);
Reason BackgroundReason(int points, const std::string& field, const std::string& value);
Reason PreferenceReason(int points, const std::string& field, const std::string& value);
// The clocks' difference in minutes (0..720) at the two instants of UtcOffsets.
Reason TimeZoneReason(int points, int diff_now, int diff_later);
Reason AvailabilityReason(int points, int mentee_hours, int mentor_hours);
Reason OutsideReason(int points);
Reason ExperienceGapReason(int points);

// English words for the command line and for error messages, never stored or sent as a
// person's explanation: "teaches SQL at level 4, you want level 3" (mentee), "no shared
// language". Unknown ids read as the id.
std::string EnglishReason(const Reason& r, Perspective p);
// The list: "teaches SQL at level 4, you want level 3 (+25) · both speak Spanish (+10)".
std::string EnglishReasons(const std::vector<Reason>& reasons, Perspective p);
const char* EnglishInfeasibility(Infeasibility why, Perspective p);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_REASONS_H_
