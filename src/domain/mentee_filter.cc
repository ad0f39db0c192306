#include "domain/mentee_filter.h"

#include <algorithm>

#include "base/strings.h"
#include "domain/profile_disclosure.h"

namespace tandem::domain {

namespace {

bool Contains(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

}  // namespace

bool SharedFirstGeneration(const Profile& p) {
  for (const auto& b : p.background) {
    if (b.field != "first_generation" || !VisibleToCoordinators(b.visibility)) continue;
    const std::string v = ToLower(Trim(b.value));
    if (v == "yes" || v == "y" || v == "true" || v == "sí" || v == "si") return true;
  }
  return false;
}

bool MatchesMenteeFilter(const MenteeFilter& f, const Enrollment& e, const Profile& p) {
  if (!f.grades.empty() && !Contains(f.grades, e.grade)) return false;
  if (!f.groups.empty() && !Contains(f.groups, e.group)) return false;
  if (!f.languages.empty()) {
    const bool speaks = std::any_of(p.languages.begin(), p.languages.end(), [&](const auto& l) {
      return std::any_of(f.languages.begin(), f.languages.end(),
                         [&](const auto& want) { return ToLower(l) == ToLower(want); });
    });
    if (!speaks) return false;
  }
  if (f.first_generation && !SharedFirstGeneration(p)) return false;
  return true;
}

Result<std::string> NormalizeCohortLabel(std::string_view field, std::string_view value) {
  if (!IsValidUtf8(value)) return FieldInvalid(std::string(field), "must be valid UTF-8");
  std::string v = Trim(value);
  if (Utf8Length(v) > kMaxCohortLabel)
    return FieldInvalid(std::string(field),
                        "must be at most " + std::to_string(kMaxCohortLabel) + " characters");
  for (unsigned char c : v)
    if (c < 0x20 || c == 0x7f)
      return FieldInvalid(std::string(field), "must not contain control characters");
  return v;
}

}  // namespace tandem::domain
