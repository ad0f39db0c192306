// A person's mentoring profile: what matching reads and what other people may see.
//
// One profile per person (global, like the account). Background fields are optional and
// chosen by the person, each with its own visibility.
#ifndef TANDEM_DOMAIN_PROFILE_H_
#define TANDEM_DOMAIN_PROFILE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"

namespace tandem::domain {

struct SkillTeach {
  std::string skill;
  int level = 1;  // 1..5
  bool operator==(const SkillTeach&) const = default;
};

struct SkillLearn {
  std::string skill;
  int current_level = 1;  // 1..5
  int target_level = 1;   // current..5
  bool operator==(const SkillLearn&) const = default;
};

struct Goal {
  std::string text;
  std::vector<std::string> tags;
  bool operator==(const Goal&) const = default;
};

enum class Visibility { kPrivate, kMatching, kCoordinators, kParticipants };
std::string_view VisibilityName(Visibility v);
std::optional<Visibility> ParseVisibility(std::string_view s);

// Background fields a person may choose to share for matching.
bool IsKnownBackgroundField(std::string_view field);
const std::vector<std::string>& BackgroundFields();

// The background field a mentee's preferred mentor gender is compared with.
inline constexpr std::string_view kGenderField = "gender";

struct BackgroundEntry {
  std::string field;  // one of BackgroundFields()
  std::string value;
  Visibility visibility = Visibility::kPrivate;
  bool operator==(const BackgroundEntry&) const = default;
};

struct MentorSettings {
  int capacity = 1;  // 0..20
  bool accepts_external_mentees = false;
  bool operator==(const MentorSettings&) const = default;
};

// What a mentee asks of a mentor beyond skills and goals.
struct MenteePreferences {
  bool wants_outside_mentor = false;  // prefers a mentor from another organisation
  // The gender the mentee would prefer their mentor to have, in their own words ("" = no
  // preference). Matching compares it, ignoring case, with the mentor's own background entry
  // for kGenderField, and only when the mentor has not made that entry private: a mentor who
  // keeps their gender private never meets anyone's preference.
  std::string preferred_mentor_gender;
  bool operator==(const MenteePreferences&) const = default;
};

struct MinorInfo {
  bool is_minor = false;
  std::string guardian_name;
  std::string guardian_email;
  bool operator==(const MinorInfo&) const = default;
};

struct Profile {
  std::string person_id;
  std::string headline;
  std::string bio;
  std::vector<SkillTeach> skills_teach;
  std::vector<SkillLearn> skills_learn;
  std::vector<std::string> interests;
  std::vector<Goal> goals;
  std::vector<std::string> languages;  // ISO 639-1
  std::string time_zone = "UTC";
  int availability_hours_per_month = 0;
  std::vector<BackgroundEntry> background;
  MentorSettings mentor;
  MenteePreferences mentee;
  MinorInfo minor;
  Millis updated_at = 0;
  bool operator==(const Profile&) const = default;
};

// Checks every field; the error lists each invalid field by its JSON path.
Status ValidateProfile(const Profile& p);

// Lower-cases languages, trims labels, removes duplicate skills/interests/languages keeping
// the first. Run before validation and storage.
Profile NormalizeProfile(Profile p);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PROFILE_H_
