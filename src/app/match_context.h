// Everything a matching decision in one program needs, loaded in one read transaction:
// the program and its settings, active mentees and mentors with profiles, exclusions,
// existing relationships, and the scorer built over them. Shared by match rounds and
// mentee self-match.
#ifndef TANDEM_APP_MATCH_CONTEXT_H_
#define TANDEM_APP_MATCH_CONTEXT_H_

#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/match_features.h"
#include "app/store.h"
#include "domain/program.h"
#include "domain/safeguarding.h"

namespace tandem::app {

struct MatchContext {
  Millis now = 0;  // the reference instant of the features' time-zone offsets
  domain::Program program;
  std::string organisation_name;  // the program's organisation: never named as a shared word
  domain::MatchingSettings settings;
  std::vector<Participant> mentees;
  std::vector<Participant> mentors;
  std::set<std::pair<std::string, std::string>> excluded;  // (mentee id, mentor id)
  std::vector<domain::Relationship> relationships;         // proposed or active
  MatchFeatures features;
  std::unique_ptr<matching::Scorer> scorer;
  std::unordered_map<std::string, int> mentee_index, mentor_index;  // person id -> index
  // (mentee index << 32 | mentor index) of pairs never proposed: exclusions, existing
  // relationships.
  std::unordered_set<uint64_t> blocked;
  // Safeguarding facts of every active participant (either role) by person id. The features
  // carry them to the scorer: a mentee's is_minor means "protected" (domain::IsProtected) and a
  // mentor's youth_cleared means screened and trained; PairScore adds "a minor never mentors an
  // adult" (not in peer programs, where the round computes its own pool).
  std::unordered_map<std::string, domain::SafeguardingFacts> safeguarding;
  std::vector<char> mentee_minor, mentor_minor;  // by index

  // Mentor capacity left after existing proposed/active relationships.
  std::vector<int> RemainingCapacity() const;
  // Mentors a mentee may still take after existing relationships (settings' k).
  std::vector<int> RemainingMenteeLimit() const;
  bool HasRelationship(const std::string& mentee_id, const std::string& mentor_id) const;
  // The facts of an active participant (defaults for anyone else).
  domain::SafeguardingFacts FactsOf(const std::string& person_id) const;
  // Scorer result for a pair, honouring exclusions and existing relationships.
  int PairScore(int mentee, int mentor) const;
  // The same score with the mentee's text pre-scattered (Scorer::ScatterText): the fast path
  // when one mentee is scored against every mentor.
  int PairScore(int mentee, int mentor, const float* mentee_text) const;
};

// A mentor's capacity in a program: the profile's, or the program default when the mentor
// never saved a profile.
int MentorCapacity(const Participant& mentor, const domain::Program& program);

// Loads and builds. NotFound for an unknown program. `now`: the caller's clock, the reference
// instant of the time-zone offsets (BuildMatchFeatures). `disclosure`: which background answers
// the features use (Disclosure::kParticipants for anything a participant drives and sees).
Result<std::unique_ptr<MatchContext>> LoadMatchContext(
    Tx& tx, const std::string& org_id, const std::string& program_id, Millis now,
    Disclosure disclosure = Disclosure::kMatching);

// The settings row, or the defaults for the program's type.
Result<domain::MatchingSettings> SettingsOrDefaults(Tx& tx, const domain::Program& program);

}  // namespace tandem::app

#endif  // TANDEM_APP_MATCH_CONTEXT_H_
