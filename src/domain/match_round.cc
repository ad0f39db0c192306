#include "domain/match_round.h"

#include "domain/enum_names.h"

namespace tandem::domain {

std::string_view ObjectiveName(Objective o) {
  return o == Objective::kScore ? "score" : "coverage";
}
std::optional<Objective> ParseObjective(std::string_view s) {
  static constexpr Objective kAll[] = {Objective::kScore, Objective::kCoverage};
  return ParseByName(s, kAll, ObjectiveName);
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
  return ParseByName(s, kAll, RoundStatusName);
}

}  // namespace tandem::domain
