// The wording of a pair's explanation, from either side of the pair.
//
// The scorer decides every number; these functions only put it into words. A mentee reads
// about the mentor ("teaches SQL at level 4, you want level 3"); the mentor reads the same
// facts about the mentee ("wants to learn SQL to level 3, you teach it at level 4"). Reasons
// that are symmetric ("both speak Spanish", "shares your interest in chess") read the same from
// both sides and take no perspective. Pure functions; thread-safe.
#ifndef TANDEM_MATCHING_SCORING_REASONS_H_
#define TANDEM_MATCHING_SCORING_REASONS_H_

#include <string>

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
// A static string, e.g. "no shared language".
const char* InfeasibleReason(Infeasibility why, Perspective p);

// `names` lists the shared languages ("Spanish and English").
std::string LanguageReason(const std::string& names);
// One skill the mentee wants and the mentor teaches.
std::string SkillReason(Perspective p, const std::string& skill, int mentor_level,
                        int target_level);
// `words` are the top shared terms of the two texts ("product, manag").
std::string GoalsReason(const std::string& words);
// `names` lists the shared interests ("music, chess").
std::string InterestsReason(const std::string& names);
// One background value the mentee asked for and the mentor shares.
std::string BackgroundReason(Perspective p, const std::string& field, const std::string& value);
// A preference the mentee stated about the mentor (e.g. field "gender", value "woman").
std::string PreferenceReason(Perspective p, const std::string& field, const std::string& value);
// The clocks' difference in minutes (0..720) at the two instants of UtcOffsets: "5 h time
// difference", or "4-5 h time difference" when daylight saving moves it.
std::string TimeZoneReason(int diff_now, int diff_later);
// Hours a month: what the mentee asks for and what the mentor offers.
std::string AvailabilityReason(Perspective p, int mentee_hours, int mentor_hours);
std::string OutsideReason(Perspective p);
std::string ExperienceGapReason(Perspective p);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_REASONS_H_
