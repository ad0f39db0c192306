#include "domain/not_chosen.h"

namespace tandem::domain {

namespace {

Reason Make(std::string_view id, ReasonParams params = {}) {
  return {std::string(id), 0, std::move(params)};
}

}  // namespace

Reason WhyNotChosen(const MentorStanding& m) {
  if (!m.feasible) return Make(kNotChosenHardConstraint, {{"cause", m.cause}});
  if (m.RoomLeft() > 0) {
    if (!m.in_round_scope) return Make(kNotChosenOutsideScope);
    if (m.rank > m.candidates)
      return Make(kNotChosenBeyondCandidates, {{"rank", m.rank}, {"candidates", m.candidates}});
    return Make(kNotChosenRoomOpened, {{"room", m.RoomLeft()}});
  }
  if (m.capacity_left <= 0 || m.proposed == 0)
    return Make(kNotChosenFullBeforeRound, {{"capacity", m.capacity}});
  const ReasonParams taken = {{"mentees", m.proposed}, {"lowest_score", m.lowest_proposed_score}};
  if (m.lowest_proposed_score >= m.score) return Make(kNotChosenTakenByBetterFits, taken);
  return Make(kNotChosenTakenForCohort, taken);
}

}  // namespace tandem::domain
