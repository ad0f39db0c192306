#include "domain/program.h"

#include "base/strings.h"

namespace tandem::domain {

namespace {
template <typename E, size_t N>
std::optional<E> ParseEnum(std::string_view s, const E (&all)[N], std::string_view (*name)(E)) {
  for (E e : all)
    if (name(e) == s) return e;
  return std::nullopt;
}
}  // namespace

std::string_view ProgramTypeName(ProgramType t) {
  switch (t) {
    case ProgramType::kOneToOne: return "one_to_one";
    case ProgramType::kGroup: return "group";
    case ProgramType::kPeer: return "peer";
    case ProgramType::kFlash: return "flash";
  }
  return "";
}
std::optional<ProgramType> ParseProgramType(std::string_view s) {
  static constexpr ProgramType kAll[] = {ProgramType::kOneToOne, ProgramType::kGroup,
                                         ProgramType::kPeer, ProgramType::kFlash};
  return ParseEnum(s, kAll, ProgramTypeName);
}

std::string_view AudienceName(Audience a) { return a == Audience::kYouth ? "youth" : "adult"; }
std::optional<Audience> ParseAudience(std::string_view s) {
  static constexpr Audience kAll[] = {Audience::kYouth, Audience::kAdult};
  return ParseEnum(s, kAll, AudienceName);
}

std::string_view ProgramStatusName(ProgramStatus s) {
  switch (s) {
    case ProgramStatus::kDraft: return "draft";
    case ProgramStatus::kOpen: return "open";
    case ProgramStatus::kClosed: return "closed";
  }
  return "";
}
std::optional<ProgramStatus> ParseProgramStatus(std::string_view s) {
  static constexpr ProgramStatus kAll[] = {ProgramStatus::kDraft, ProgramStatus::kOpen,
                                           ProgramStatus::kClosed};
  return ParseEnum(s, kAll, ProgramStatusName);
}

std::string_view EnrollmentStatusName(EnrollmentStatus s) {
  switch (s) {
    case EnrollmentStatus::kPending: return "pending";
    case EnrollmentStatus::kActive: return "active";
    case EnrollmentStatus::kDeclined: return "declined";
    case EnrollmentStatus::kWithdrawn: return "withdrawn";
    case EnrollmentStatus::kEnded: return "ended";
  }
  return "";
}
std::optional<EnrollmentStatus> ParseEnrollmentStatus(std::string_view s) {
  static constexpr EnrollmentStatus kAll[] = {EnrollmentStatus::kPending, EnrollmentStatus::kActive,
                                              EnrollmentStatus::kDeclined,
                                              EnrollmentStatus::kWithdrawn,
                                              EnrollmentStatus::kEnded};
  return ParseEnum(s, kAll, EnrollmentStatusName);
}

std::string_view EnrollmentSourceName(EnrollmentSource s) {
  return s == EnrollmentSource::kInvitation ? "invitation" : "application";
}
std::optional<EnrollmentSource> ParseEnrollmentSource(std::string_view s) {
  static constexpr EnrollmentSource kAll[] = {EnrollmentSource::kInvitation,
                                              EnrollmentSource::kApplication};
  return ParseEnum(s, kAll, EnrollmentSourceName);
}

Status ValidateProgram(const Program& p) {
  std::vector<FieldError> errs;
  std::string name = Trim(p.name);
  if (name.empty()) errs.push_back({"name", "is required"});
  else if (Utf8Length(name) > 120) errs.push_back({"name", "must be at most 120 characters"});
  if (Utf8Length(p.description) > 4000)
    errs.push_back({"description", "must be at most 4000 characters"});
  if (!p.start_date.empty() && !IsValidDate(p.start_date))
    errs.push_back({"start_date", "must be a date like 2026-09-01"});
  if (!p.end_date.empty() && !IsValidDate(p.end_date))
    errs.push_back({"end_date", "must be a date like 2027-06-15"});
  if (IsValidDate(p.start_date) && IsValidDate(p.end_date) && p.end_date < p.start_date)
    errs.push_back({"end_date", "must not be before start_date"});
  if (p.default_mentor_capacity < 1 || p.default_mentor_capacity > 50)
    errs.push_back({"default_mentor_capacity", "must be between 1 and 50"});
  if (!errs.empty()) return InvalidArgument("The program has invalid fields.", errs);
  return Status::Ok();
}

}  // namespace tandem::domain
