#include "domain/profile.h"

#include <algorithm>
#include <set>

#include "base/strings.h"
#include "base/time_zone.h"

namespace tandem::domain {

std::string_view VisibilityName(Visibility v) {
  switch (v) {
    case Visibility::kPrivate: return "private";
    case Visibility::kMatching: return "matching";
    case Visibility::kCoordinators: return "coordinators";
    case Visibility::kParticipants: return "participants";
  }
  return "";
}

std::optional<Visibility> ParseVisibility(std::string_view s) {
  for (auto v : {Visibility::kPrivate, Visibility::kMatching, Visibility::kCoordinators,
                 Visibility::kParticipants})
    if (VisibilityName(v) == s) return v;
  return std::nullopt;
}

const std::vector<std::string>& BackgroundFields() {
  static const std::vector<std::string> kFields = {
      "first_generation", "low_income", "cultural_background", "gender",
      "disability",       "veteran",    "lgbtq"};
  return kFields;
}

bool IsKnownBackgroundField(std::string_view field) {
  const auto& f = BackgroundFields();
  return std::find(f.begin(), f.end(), field) != f.end();
}

namespace {

constexpr size_t kMaxListItems = 30;
constexpr size_t kMaxLabel = 80;

std::string At(std::string_view list, size_t i, std::string_view field = "") {
  std::string s = std::string(list) + "[" + std::to_string(i) + "]";
  if (!field.empty()) s += "." + std::string(field);
  return s;
}

void CheckLevel(int level, const std::string& field, std::vector<FieldError>& errs) {
  if (level < 1 || level > 5) errs.push_back({field, "must be between 1 and 5"});
}

void CheckLabel(const std::string& label, const std::string& field,
                std::vector<FieldError>& errs) {
  if (label.empty()) errs.push_back({field, "must not be empty"});
  else if (Utf8Length(label) > kMaxLabel)
    errs.push_back({field, "must be at most 80 characters"});
}

template <typename T, typename Key>
std::vector<T> Dedupe(std::vector<T> items, Key key) {
  std::set<std::string> seen;
  std::vector<T> out;
  for (auto& item : items)
    if (seen.insert(ToLower(key(item))).second) out.push_back(std::move(item));
  return out;
}

}  // namespace

Profile NormalizeProfile(Profile p) {
  p.headline = Trim(p.headline);
  p.bio = Trim(p.bio);
  p.time_zone = Trim(p.time_zone);
  for (auto& s : p.skills_teach) s.skill = Trim(s.skill);
  for (auto& s : p.skills_learn) s.skill = Trim(s.skill);
  for (auto& i : p.interests) i = Trim(i);
  for (auto& l : p.languages) l = ToLower(Trim(l));
  for (auto& g : p.goals) {
    g.text = Trim(g.text);
    for (auto& t : g.tags) t = Trim(t);
    g.tags = Dedupe(std::move(g.tags), [](const std::string& s) { return s; });
  }
  for (auto& b : p.background) b.value = Trim(b.value);
  p.skills_teach = Dedupe(std::move(p.skills_teach), [](const SkillTeach& s) { return s.skill; });
  p.skills_learn = Dedupe(std::move(p.skills_learn), [](const SkillLearn& s) { return s.skill; });
  p.interests = Dedupe(std::move(p.interests), [](const std::string& s) { return s; });
  p.languages = Dedupe(std::move(p.languages), [](const std::string& s) { return s; });
  p.background = Dedupe(std::move(p.background), [](const BackgroundEntry& b) { return b.field; });
  p.mentee.preferred_mentor_gender = Trim(p.mentee.preferred_mentor_gender);
  p.minor.guardian_name = Trim(p.minor.guardian_name);
  p.minor.guardian_email = NormalizeEmail(p.minor.guardian_email);
  return p;
}

Status ValidateProfile(const Profile& p) {
  std::vector<FieldError> errs;
  if (Utf8Length(p.headline) > 140) errs.push_back({"headline", "must be at most 140 characters"});
  if (Utf8Length(p.bio) > 4000) errs.push_back({"bio", "must be at most 4000 characters"});

  if (p.skills_teach.size() > kMaxListItems)
    errs.push_back({"skills_teach", "must have at most 30 skills"});
  for (size_t i = 0; i < p.skills_teach.size(); ++i) {
    CheckLabel(p.skills_teach[i].skill, At("skills_teach", i, "skill"), errs);
    CheckLevel(p.skills_teach[i].level, At("skills_teach", i, "level"), errs);
  }
  if (p.skills_learn.size() > kMaxListItems)
    errs.push_back({"skills_learn", "must have at most 30 skills"});
  for (size_t i = 0; i < p.skills_learn.size(); ++i) {
    const SkillLearn& s = p.skills_learn[i];
    CheckLabel(s.skill, At("skills_learn", i, "skill"), errs);
    CheckLevel(s.current_level, At("skills_learn", i, "current_level"), errs);
    CheckLevel(s.target_level, At("skills_learn", i, "target_level"), errs);
    if (s.target_level < s.current_level)
      errs.push_back({At("skills_learn", i, "target_level"),
                      "must be at least the current level"});
  }
  if (p.interests.size() > kMaxListItems)
    errs.push_back({"interests", "must have at most 30 interests"});
  for (size_t i = 0; i < p.interests.size(); ++i)
    CheckLabel(p.interests[i], At("interests", i), errs);
  if (p.goals.size() > 10) errs.push_back({"goals", "must have at most 10 goals"});
  for (size_t i = 0; i < p.goals.size(); ++i) {
    const Goal& g = p.goals[i];
    if (g.text.empty()) errs.push_back({At("goals", i, "text"), "must not be empty"});
    else if (Utf8Length(g.text) > 500)
      errs.push_back({At("goals", i, "text"), "must be at most 500 characters"});
    if (g.tags.size() > 10) errs.push_back({At("goals", i, "tags"), "must have at most 10 tags"});
    for (size_t j = 0; j < g.tags.size(); ++j)
      CheckLabel(g.tags[j], At("goals", i, "tags") + "[" + std::to_string(j) + "]", errs);
  }
  if (p.languages.size() > 10) errs.push_back({"languages", "must have at most 10 languages"});
  for (size_t i = 0; i < p.languages.size(); ++i) {
    const std::string& l = p.languages[i];
    if (l.size() != 2 || !std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      errs.push_back({At("languages", i), "must be a two-letter ISO 639-1 code such as \"en\""});
  }
  if (!IsTimeZone(p.time_zone))
    errs.push_back({"time_zone", "must be an IANA time zone such as \"America/Chicago\" or \"UTC\""});
  if (p.availability_hours_per_month < 0 || p.availability_hours_per_month > 200)
    errs.push_back({"availability_hours_per_month", "must be between 0 and 200"});
  for (size_t i = 0; i < p.background.size(); ++i) {
    const BackgroundEntry& b = p.background[i];
    if (!IsKnownBackgroundField(b.field))
      errs.push_back({At("background", i, "field"),
                      "must be one of first_generation, low_income, cultural_background, gender, "
                      "disability, veteran, lgbtq"});
    if (Utf8Length(b.value) > 80)
      errs.push_back({At("background", i, "value"), "must be at most 80 characters"});
  }
  if (p.mentor.capacity < 0 || p.mentor.capacity > 20)
    errs.push_back({"mentor.capacity", "must be between 0 and 20"});
  // Empty means "no preference", so unlike other labels it may be empty.
  if (Utf8Length(p.mentee.preferred_mentor_gender) > kMaxLabel)
    errs.push_back({"mentee.preferred_mentor_gender", "must be at most 80 characters"});
  if (p.minor.is_minor) {
    if (p.minor.guardian_name.empty())
      errs.push_back({"minor.guardian_name", "is required for a participant under 18"});
    if (!IsValidEmail(p.minor.guardian_email))
      errs.push_back({"minor.guardian_email",
                      "must be a valid email address for a participant under 18"});
  } else if (!p.minor.guardian_email.empty() && !IsValidEmail(p.minor.guardian_email)) {
    errs.push_back({"minor.guardian_email", "must be a valid email address"});
  }
  if (!errs.empty()) return InvalidArgument("The profile has invalid fields.", errs);
  return Status::Ok();
}

}  // namespace tandem::domain
