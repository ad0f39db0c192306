// Why a round's solver did not give an unmatched mentee a particular mentor, as a reason id with
// its facts, worded by the coordinator's app (issue 9, point 9: "assign by hand, showing the best
// mentors and why they were not chosen"). Pure; thread-compatible.
#ifndef TANDEM_DOMAIN_NOT_CHOSEN_H_
#define TANDEM_DOMAIN_NOT_CHOSEN_H_

#include <string>
#include <string_view>

#include "base/reason.h"

namespace tandem::domain {

// The pair breaks a hard constraint: {cause} (an infeasibility id of matching/scoring/reasons.h,
// or "excluded_or_matched"). Never assignable.
inline constexpr std::string_view kNotChosenHardConstraint = "hard_constraint";
// Existing relationships already use every place the mentor offers: {capacity}.
inline constexpr std::string_view kNotChosenFullBeforeRound = "full_before_round";
// This round gave every place left to other mentees who each fit the mentor at least as well:
// {mentees, lowest_score}.
inline constexpr std::string_view kNotChosenTakenByBetterFits = "taken_by_better_fits";
// This round gave every place left to other mentees, some with a lower fit: the solver placed
// them there for the best result over the whole cohort (they had fewer good options):
// {mentees, lowest_score}.
inline constexpr std::string_view kNotChosenTakenForCohort = "taken_for_cohort";
// The mentor was not in the round's mentor scope: {}.
inline constexpr std::string_view kNotChosenOutsideScope = "outside_round_scope";
// The mentor ranked below the mentee's best `candidates` mentors the round considered: {rank,
// candidates}.
inline constexpr std::string_view kNotChosenBeyondCandidates = "beyond_candidates";
// The mentor has room now: places opened after the round ran (a proposal removed or moved, a
// relationship ended, capacity raised): {room}.
inline constexpr std::string_view kNotChosenRoomOpened = "room_opened";

// What is known of one mentor for one unmatched mentee of a draft round.
struct MentorStanding {
  bool feasible = false;          // every hard constraint passes (reach included)
  std::string cause;              // when !feasible
  bool in_round_scope = true;     // the round's mentor scope names them (or is empty)
  int score = 0;                  // the pair's score when feasible
  int rank = 0;                   // 1-based, among the mentee's feasible in-scope mentors
  int candidates = 0;             // K: best mentors per mentee the round considered
  int capacity = 0;               // the mentor's capacity in the program
  int capacity_left = 0;          // after existing relationships (before this round)
  int proposed = 0;               // this round's proposals with the mentor
  int lowest_proposed_score = 0;  // the lowest score among them (when proposed > 0)

  // Places left now: capacity_left - proposed (may be <= 0).
  int RoomLeft() const { return capacity_left - proposed; }
  // Whether a hand assignment would accept the pair: feasible with room left.
  bool Assignable() const { return feasible && RoomLeft() > 0; }
};

// The reason (id, params; points 0), in this order: a broken hard constraint; with room left,
// outside the round's scope, beyond the candidates, else room opened since; without room, full
// before the round, else taken by this round's better fits or, when one of them fits less,
// taken for the cohort's sake.
Reason WhyNotChosen(const MentorStanding& m);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_NOT_CHOSEN_H_
