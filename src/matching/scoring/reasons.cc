#include "matching/scoring/reasons.h"

#include <algorithm>
#include <map>
#include <utility>

namespace tandem::matching {

const char* InfeasibilityId(Infeasibility why) {
  switch (why) {
    case Infeasibility::kYouthScreening: return "youth_screening";
    case Infeasibility::kInternalOnly: return "internal_only";
    case Infeasibility::kNoLanguage: return "no_shared_language";
    case Infeasibility::kNoSkills: return "no_skills";
    case Infeasibility::kNoGoals: return "no_goals";
    case Infeasibility::kNoInterests: return "no_interests";
    case Infeasibility::kNoBackground: return "no_background";
    case Infeasibility::kPreferenceMissed: return "preference_missed";
    case Infeasibility::kNoWakingOverlap: return "no_waking_overlap";
    case Infeasibility::kNoTime: return "no_time";
    case Infeasibility::kSameOrganisation: return "same_organisation";
    case Infeasibility::kNoExperienceGap: return "no_experience_gap";
  }
  return "not_possible";
}

Reason LanguageReason(int points, std::vector<std::string> names) {
  return {"shared_language", points, {{"languages", std::move(names)}}};
}

Reason SkillReason(int points, const std::string& skill, int mentor_level, int target_level) {
  return {"skill_match",
          points,
          {{"skill", skill}, {"mentor_level", mentor_level}, {"target_level", target_level}}};
}

Reason GoalsReason(int points, std::vector<std::string> words) {
  return {"goals_overlap", points, {{"words", std::move(words)}}};
}

Reason InterestsReason(int points, std::vector<std::string> names) {
  return {"shared_interests", points, {{"interests", std::move(names)}}};
}

Reason BackgroundReason(int points, const std::string& field, const std::string& value) {
  return {"background_match", points, {{"field", field}, {"value", value}}};
}

Reason PreferenceReason(int points, const std::string& field, const std::string& value) {
  return {"preference_met", points, {{"field", field}, {"value", value}}};
}

Reason TimeZoneReason(int points, int diff_now, int diff_later) {
  return {"time_zone",
          points,
          {{"min_minutes", std::min(diff_now, diff_later)},
           {"max_minutes", std::max(diff_now, diff_later)}}};
}

Reason AvailabilityReason(int points, int mentee_hours, int mentor_hours) {
  return {"availability", points, {{"mentee_hours", mentee_hours}, {"mentor_hours", mentor_hours}}};
}

Reason OutsideReason(int points) { return {"outside_organisation", points, {}}; }

Reason ExperienceGapReason(int points) { return {"experience_gap", points, {}}; }

// --- English, for the command line and error messages ---

const char* EnglishInfeasibility(Infeasibility why, Perspective p) {
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

namespace {

std::string Str(const ReasonParams& ps, const char* key) {
  auto it = ps.find(key);
  if (it == ps.end()) return "";
  if (auto* s = std::get_if<std::string>(&it->second)) return *s;
  if (auto* n = std::get_if<long long>(&it->second)) return std::to_string(*n);
  return "";
}

long long Int(const ReasonParams& ps, const char* key) {
  auto it = ps.find(key);
  if (it == ps.end()) return 0;
  if (auto* n = std::get_if<long long>(&it->second)) return *n;
  return 0;
}

std::string List(const ReasonParams& ps, const char* key, const char* sep,
                 std::string (*name)(const std::string&) = nullptr) {
  auto it = ps.find(key);
  if (it == ps.end()) return "";
  std::string out;
  if (auto* v = std::get_if<std::vector<std::string>>(&it->second)) {
    for (const auto& s : *v) {
      if (!out.empty()) out += sep;
      out += name ? name(s) : s;
    }
  }
  return out;
}

// English names of the language codes profiles use; other codes read as themselves.
std::string LanguageName(const std::string& code) {
  static const std::map<std::string, std::string> kNames = {
      {"en", "English"},  {"es", "Spanish"},    {"fr", "French"},   {"de", "German"},
      {"zh", "Chinese"},  {"vi", "Vietnamese"}, {"ar", "Arabic"},   {"tl", "Tagalog"},
      {"hi", "Hindi"},    {"ko", "Korean"},     {"ja", "Japanese"}, {"pt", "Portuguese"},
      {"ru", "Russian"},  {"uk", "Ukrainian"},  {"pl", "Polish"},   {"so", "Somali"},
      {"ht", "Haitian Creole"}, {"nv", "Navajo"}, {"it", "Italian"}, {"ur", "Urdu"},
      {"bn", "Bengali"},  {"fa", "Persian"},    {"tr", "Turkish"},  {"sw", "Swahili"}};
  auto it = kNames.find(code);
  return it == kNames.end() ? code : it->second;
}

// A background field id as words: "cultural_background" -> "cultural background".
std::string FieldWords(std::string field) {
  std::replace(field.begin(), field.end(), '_', ' ');
  return field;
}

// "5", "5.5", "5.75": hours with the quarter hours some zones have (Asia/Kathmandu is +5:45).
std::string Hours(long long minutes) {
  static const char* kQuarters[] = {"", ".25", ".5", ".75"};
  return std::to_string(minutes / 60) + kQuarters[(minutes % 60) / 15];
}

}  // namespace

std::string EnglishReason(const Reason& r, Perspective p) {
  const bool mentee = p == Perspective::kMentee;
  const ReasonParams& ps = r.params;
  if (r.id == "shared_language")
    return "both speak " + List(ps, "languages", " and ", &LanguageName);
  if (r.id == "skill_match") {
    const std::string skill = Str(ps, "skill"), mentor = Str(ps, "mentor_level"),
                      target = Str(ps, "target_level");
    if (mentee) return "teaches " + skill + " at level " + mentor + ", you want level " + target;
    return "wants to learn " + skill + " to level " + target + ", you teach it at level " + mentor;
  }
  if (r.id == "goals_overlap") {
    const std::string words = List(ps, "words", ", ");
    return words.empty() ? "similar goals" : "similar goals (" + words + ")";
  }
  if (r.id == "shared_interests") return "shares your interest in " + List(ps, "interests", ", ");
  if (r.id == "background_match") {
    // The mentee asked for the value; only the mentor is known to have it.
    const std::string what = FieldWords(Str(ps, "field")) + " " + Str(ps, "value");
    return mentee ? "shares your background: " + what
                  : "you have the background they asked for: " + what;
  }
  if (r.id == "preference_met") {
    const std::string what = FieldWords(Str(ps, "field")) + ": " + Str(ps, "value");
    return mentee ? "matches your preferred mentor " + what
                  : "you match their preferred mentor " + what;
  }
  if (r.id == "time_zone") {
    const long long lo = Int(ps, "min_minutes"), hi = Int(ps, "max_minutes");
    if (lo == hi) return lo == 0 ? "same time zone" : Hours(lo) + " h time difference";
    // Daylight saving moves one clock and not the other (or both, in opposite seasons).
    return Hours(lo) + "-" + Hours(hi) + " h time difference";
  }
  if (r.id == "availability") {
    const long long asked = Int(ps, "mentee_hours");
    const std::string offer = std::to_string(Int(ps, "mentor_hours"));
    if (mentee) return "available " + offer + " h a month";
    // A mentee who gave no hours asks for nothing in particular.
    if (asked <= 0) return "you offer " + offer + " h a month";
    return "they ask for " + std::to_string(asked) + " h a month, you offer " + offer;
  }
  if (r.id == "outside_organisation")
    return mentee ? "from outside your organisation, as you asked"
                  : "you are from outside their organisation, as they asked";
  if (r.id == "experience_gap")
    return mentee ? "a few steps ahead of you in experience"
                  : "you are a few steps ahead in experience";
  return r.id;
}

std::string EnglishReasons(const std::vector<Reason>& reasons, Perspective p) {
  std::string out;
  for (const Reason& r : reasons) {
    if (!out.empty()) out += " · ";
    out += EnglishReason(r, p) + " (+" + std::to_string(r.points) + ")";
  }
  return out;
}

}  // namespace tandem::matching
