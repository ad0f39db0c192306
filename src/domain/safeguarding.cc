#include "domain/safeguarding.h"

namespace tandem::domain {

bool IsProtected(const Program& program, const SafeguardingFacts& mentee) {
  return program.audience == Audience::kYouth || mentee.IsMinor();
}

std::string_view ReachName(Reach r) {
  switch (r) {
    case Reach::kAllowed: return "allowed";
    case Reach::kNotCleared: return "not_cleared";
    case Reach::kMinorMentorsAdult: return "minor_mentors_adult";
  }
  return "";
}

namespace {
// One direction of a peer pair: `from` reaches `to`.
bool PeerReaches(const Program& program, const SafeguardingFacts& from,
                 const SafeguardingFacts& to) {
  return !IsProtected(program, to) || from.IsMinor() || from.Cleared();
}
}  // namespace

Reach MayReach(const Program& program, const SafeguardingFacts& mentor,
               const SafeguardingFacts& mentee) {
  if (program.type == ProgramType::kPeer)
    return PeerReaches(program, mentor, mentee) && PeerReaches(program, mentee, mentor)
               ? Reach::kAllowed
               : Reach::kNotCleared;
  if (mentor.IsMinor() && !mentee.IsMinor()) return Reach::kMinorMentorsAdult;
  if (IsProtected(program, mentee) && !mentor.Cleared()) return Reach::kNotCleared;
  return Reach::kAllowed;
}

Status CheckReach(const Program& program, const SafeguardingFacts& mentor,
                  std::string_view mentor_name, const SafeguardingFacts& mentee,
                  std::string_view mentee_name) {
  switch (MayReach(program, mentor, mentee)) {
    case Reach::kAllowed: return Status::Ok();
    case Reach::kNotCleared:
      if (program.type == ProgramType::kPeer)
        return FailedPrecondition(std::string(mentor_name) + " and " + std::string(mentee_name) +
                                  " cannot be paired in " + program.name +
                                  ": a protected participant is paired only with a minor or "
                                  "with an adult whose screening and training are complete.");
      return FailedPrecondition(std::string(mentor_name) +
                                " cannot mentor a protected participant in " + program.name +
                                " until their screening and training are complete.");
    case Reach::kMinorMentorsAdult:
      return FailedPrecondition(std::string(mentor_name) + " is a minor and cannot mentor " +
                                std::string(mentee_name) + ", who is not a minor.");
  }
  return Internal("unknown safeguarding decision");
}

}  // namespace tandem::domain
