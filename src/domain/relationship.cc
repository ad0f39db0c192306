#include "domain/relationship.h"

namespace tandem::domain {

namespace {
template <typename E, size_t N>
std::optional<E> ParseBy(std::string_view s, const E (&all)[N], std::string_view (*name)(E)) {
  for (E e : all)
    if (name(e) == s) return e;
  return std::nullopt;
}
}  // namespace

std::string_view ObjectiveName(Objective o) {
  return o == Objective::kScore ? "score" : "coverage";
}
std::optional<Objective> ParseObjective(std::string_view s) {
  static constexpr Objective kAll[] = {Objective::kScore, Objective::kCoverage};
  return ParseBy(s, kAll, ObjectiveName);
}

std::string_view RoundStatusName(RoundStatus s) {
  switch (s) {
    case RoundStatus::kDraft: return "draft";
    case RoundStatus::kPublished: return "published";
    case RoundStatus::kDiscarded: return "discarded";
  }
  return "";
}
std::optional<RoundStatus> ParseRoundStatus(std::string_view s) {
  static constexpr RoundStatus kAll[] = {RoundStatus::kDraft, RoundStatus::kPublished,
                                         RoundStatus::kDiscarded};
  return ParseBy(s, kAll, RoundStatusName);
}

std::string_view RelationshipStatusName(RelationshipStatus s) {
  switch (s) {
    case RelationshipStatus::kProposed: return "proposed";
    case RelationshipStatus::kActive: return "active";
    case RelationshipStatus::kDeclined: return "declined";
    case RelationshipStatus::kEnded: return "ended";
    case RelationshipStatus::kPaused: return "paused";
  }
  return "";
}
std::optional<RelationshipStatus> ParseRelationshipStatus(std::string_view s) {
  static constexpr RelationshipStatus kAll[] = {
      RelationshipStatus::kProposed, RelationshipStatus::kActive, RelationshipStatus::kDeclined,
      RelationshipStatus::kEnded, RelationshipStatus::kPaused};
  return ParseBy(s, kAll, RelationshipStatusName);
}

Status PauseRelationship(Relationship& r, Millis now) {
  if (!r.UsesCapacity())
    return FailedPrecondition("Only proposed or active matches can be paused; this one is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  r.status = RelationshipStatus::kPaused;
  r.updated_at = now;
  return Status::Ok();
}

Status ResumeRelationship(Relationship& r, Millis now) {
  if (r.status != RelationshipStatus::kPaused)
    return FailedPrecondition("Only paused matches can be resumed; this one is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  r.status = r.mentee_accepted && r.mentor_accepted ? RelationshipStatus::kActive
                                                    : RelationshipStatus::kProposed;
  r.updated_at = now;
  return Status::Ok();
}

std::string_view RelationshipSourceName(RelationshipSource s) {
  return s == RelationshipSource::kMatchRound ? "match_round" : "request";
}
std::optional<RelationshipSource> ParseRelationshipSource(std::string_view s) {
  static constexpr RelationshipSource kAll[] = {RelationshipSource::kMatchRound,
                                                RelationshipSource::kRequest};
  return ParseBy(s, kAll, RelationshipSourceName);
}

std::string_view RequestStatusName(RequestStatus s) {
  switch (s) {
    case RequestStatus::kPending: return "pending";
    case RequestStatus::kAccepted: return "accepted";
    case RequestStatus::kDeclined: return "declined";
    case RequestStatus::kWithdrawn: return "withdrawn";
    case RequestStatus::kExpired: return "expired";
  }
  return "";
}
std::optional<RequestStatus> ParseRequestStatus(std::string_view s) {
  static constexpr RequestStatus kAll[] = {RequestStatus::kPending, RequestStatus::kAccepted,
                                           RequestStatus::kDeclined, RequestStatus::kWithdrawn,
                                           RequestStatus::kExpired};
  return ParseBy(s, kAll, RequestStatusName);
}

Status ValidateMatchingSettings(const MatchingSettings& s) {
  static constexpr std::string_view kCriteria[] = {
      "skills",    "interests",    "goals",
      "background", "language",    "time_zone",
      "availability", "outside_organisation", "experience_gap"};
  static constexpr std::string_view kPriorities[] = {"must", "high", "medium", "low", "ignore"};
  std::vector<FieldError> errs;
  for (size_t i = 0; i < s.priorities.size(); ++i) {
    const auto& [c, p] = s.priorities[i];
    bool known_c = false, known_p = false;
    for (auto k : kCriteria) known_c |= k == c;
    for (auto k : kPriorities) known_p |= k == p;
    if (!known_c) errs.push_back({"priorities." + c, "is not a known criterion"});
    else if (!known_p)
      errs.push_back({"priorities." + c, "must be one of must, high, medium, low, ignore"});
  }
  if (s.max_mentors_per_mentee < 1 || s.max_mentors_per_mentee > 10)
    errs.push_back({"max_mentors_per_mentee", "must be between 1 and 10"});
  if (s.request_expiry_days < 1 || s.request_expiry_days > 90)
    errs.push_back({"request_expiry_days", "must be between 1 and 90"});
  if (s.priority_field.empty() != s.priority_value.empty())
    errs.push_back({"priority_value", "is required together with priority_field"});
  if (!errs.empty()) return InvalidArgument("The matching settings have invalid fields.", errs);
  return Status::Ok();
}

}  // namespace tandem::domain
