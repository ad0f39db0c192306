#include "matching/scoring/reasons.h"

#include <algorithm>

namespace tandem::matching {

const char* InfeasibleReason(Infeasibility why, Perspective p) {
  const bool mentee = p == Perspective::kMentee;
  switch (why) {
    case Infeasibility::kYouthScreening:
      return mentee ? "this mentor has not completed screening and training for youth programs"
                    : "you have not completed screening and training for youth programs";
    case Infeasibility::kInternalOnly:
      return mentee ? "this mentor only mentors within their own organisation"
                    : "you only mentor within your own organisation";
    case Infeasibility::kNoLanguage:
      return "no shared language";
    case Infeasibility::kNoSkills:
      return mentee ? "teaches none of the skills wanted"
                    : "you teach none of the skills they want";
    case Infeasibility::kNoGoals:
      return "no similar goals";
    case Infeasibility::kNoInterests:
      return "no shared interests";
    case Infeasibility::kNoBackground:
      return mentee ? "shares none of the background you asked for"
                    : "you have none of the background they asked for";
    case Infeasibility::kPreferenceMissed:
      return mentee ? "does not match the mentor preference you stated"
                    : "you do not match the mentor preference they stated";
    case Infeasibility::kNoWakingOverlap:
      return "no overlapping waking hours";
    case Infeasibility::kNoTime:
      return mentee ? "no time available" : "you have no time available";
    case Infeasibility::kSameOrganisation:
      return mentee ? "from your own organisation"
                    : "they asked for a mentor from outside their organisation, and you are in it";
    case Infeasibility::kNoExperienceGap:
      return "no experience gap";
  }
  return "not a possible match";
}

std::string LanguageReason(const std::string& names) { return "both speak " + names; }

std::string SkillReason(Perspective p, const std::string& skill, int mentor_level,
                        int target_level) {
  const std::string mentor = std::to_string(mentor_level), target = std::to_string(target_level);
  if (p == Perspective::kMentee)
    return "teaches " + skill + " at level " + mentor + ", you want level " + target;
  return "wants to learn " + skill + " to level " + target + ", you teach it at level " + mentor;
}

std::string GoalsReason(const std::string& words) { return "similar goals (" + words + ")"; }

std::string InterestsReason(const std::string& names) { return "shares your interest in " + names; }

std::string BackgroundReason(Perspective p, const std::string& field, const std::string& value) {
  // The mentee asked for the value; only the mentor is known to have it.
  if (p == Perspective::kMentee) return "shares your background: " + field + " " + value;
  return "you have the background they asked for: " + field + " " + value;
}

std::string PreferenceReason(Perspective p, const std::string& field, const std::string& value) {
  if (p == Perspective::kMentee) return "matches your preferred mentor " + field + ": " + value;
  return "you match their preferred mentor " + field + ": " + value;
}

namespace {

// "5", "5.5", "5.75": hours with the quarter hours some zones have (Asia/Kathmandu is +5:45).
std::string Hours(int minutes) {
  static const char* kQuarters[] = {"", ".25", ".5", ".75"};
  return std::to_string(minutes / 60) + kQuarters[(minutes % 60) / 15];
}

}  // namespace

std::string TimeZoneReason(int diff_now, int diff_later) {
  if (diff_now == diff_later)
    return diff_now == 0 ? "same time zone" : Hours(diff_now) + " h time difference";
  // Daylight saving moves one clock and not the other (or both, in opposite seasons).
  const int lo = std::min(diff_now, diff_later), hi = std::max(diff_now, diff_later);
  return Hours(lo) + "-" + Hours(hi) + " h time difference";
}

std::string AvailabilityReason(Perspective p, int mentee_hours, int mentor_hours) {
  const std::string offer = std::to_string(mentor_hours);
  if (p == Perspective::kMentee) return "available " + offer + " h a month";
  // A mentee who gave no hours asks for nothing in particular.
  if (mentee_hours <= 0) return "you offer " + offer + " h a month";
  return "they ask for " + std::to_string(mentee_hours) + " h a month, you offer " + offer;
}

std::string OutsideReason(Perspective p) {
  return p == Perspective::kMentee ? "from outside your organisation, as you asked"
                                   : "you are from outside their organisation, as they asked";
}

std::string ExperienceGapReason(Perspective p) {
  return p == Perspective::kMentee ? "a few steps ahead of you in experience"
                                   : "you are a few steps ahead in experience";
}

}  // namespace tandem::matching
