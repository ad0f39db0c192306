#include "domain/organisation.h"

#include "base/strings.h"

namespace tandem::domain {

std::string_view OrganisationKindName(OrganisationKind k) {
  switch (k) {
    case OrganisationKind::kSchool: return "school";
    case OrganisationKind::kUniversity: return "university";
    case OrganisationKind::kCompany: return "company";
    case OrganisationKind::kAlumni: return "alumni";
    case OrganisationKind::kNonprofit: return "nonprofit";
  }
  return "";
}

std::optional<OrganisationKind> ParseOrganisationKind(std::string_view s) {
  for (auto k : {OrganisationKind::kSchool, OrganisationKind::kUniversity,
                 OrganisationKind::kCompany, OrganisationKind::kAlumni,
                 OrganisationKind::kNonprofit})
    if (OrganisationKindName(k) == s) return k;
  return std::nullopt;
}

std::string_view TaxonomyKindName(TaxonomyTerm::Kind k) {
  return k == TaxonomyTerm::Kind::kSkill ? "skill" : "interest";
}

std::optional<TaxonomyTerm::Kind> ParseTaxonomyKind(std::string_view s) {
  if (s == "skill") return TaxonomyTerm::Kind::kSkill;
  if (s == "interest") return TaxonomyTerm::Kind::kInterest;
  return std::nullopt;
}

std::vector<std::string> DefaultSkills() {
  return {"Public speaking",  "Writing",          "Data analysis",     "SQL",
          "Python",           "JavaScript",       "Project management", "Product management",
          "Leadership",       "Negotiation",      "Networking",        "Financial literacy",
          "College applications", "Interviewing", "Resume writing",    "Design",
          "Marketing",        "Sales",            "Statistics",        "Machine learning",
          "Research",         "Time management",  "Entrepreneurship",  "Accounting",
          "Customer support", "Graphic design",   "Engineering",       "Healthcare",
          "Teaching",         "Spanish"};
}

std::vector<std::string> DefaultInterests() {
  return {"Technology", "Science",      "Arts",        "Music",      "Sports",
          "Health",     "Finance",      "Education",   "Law",        "Medicine",
          "Engineering", "Business",    "Startups",    "Environment", "Social justice",
          "Community service", "Gaming", "Writing",    "Travel",     "Robotics"};
}

Status ValidateOrganisation(const Organisation& org) {
  std::vector<FieldError> errs;
  std::string name = Trim(org.name);
  if (name.empty()) errs.push_back({"name", "is required"});
  else if (Utf8Length(name) > 120) errs.push_back({"name", "must be at most 120 characters"});
  bool slug_ok = !org.slug.empty() && org.slug.size() <= 60 && org.slug.front() != '-' &&
                 org.slug.back() != '-';
  for (char c : org.slug)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) slug_ok = false;
  if (!slug_ok)
    errs.push_back({"slug", "must be 1-60 lower-case letters, digits or dashes, not starting or "
                            "ending with a dash"});
  if (!errs.empty()) return InvalidArgument("The organisation has invalid fields.", errs);
  return Status::Ok();
}

Status ValidatePersonName(std::string_view name, std::string_view field) {
  std::string n = Trim(name);
  if (n.empty()) return FieldInvalid(std::string(field), "is required");
  if (Utf8Length(n) > 100) return FieldInvalid(std::string(field), "must be at most 100 characters");
  return Status::Ok();
}

Status ValidateLocale(std::string_view locale) {
  if (locale == "en" || locale == "es") return Status::Ok();
  return FieldInvalid("locale", "must be \"en\" or \"es\"");
}

Status ValidatePassword(std::string_view password, std::string_view field) {
  if (Utf8Length(password) < 10)
    return FieldInvalid(std::string(field), "must be at least 10 characters");
  if (password.size() > 256) return FieldInvalid(std::string(field), "must be at most 256 bytes");
  return Status::Ok();
}

Status CheckOwnMembershipChange(std::string_view actor_id, std::string_view person_id,
                                MembershipChange change) {
  if (actor_id != person_id) return Status::Ok();
  if (change == MembershipChange::kRemove)
    return FailedPrecondition("You cannot remove yourself; ask another administrator.");
  return FailedPrecondition(
      "You cannot remove your own administrator role; ask another administrator.");
}

}  // namespace tandem::domain
