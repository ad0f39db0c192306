// Pulse surveys (domain/pulse.h; migration 0022).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_PULSE_PORT_H_
#define TANDEM_APP_PORTS_PULSE_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/pulse.h"

namespace tandem::app {

// An active relationship the pulse schedule applies to.
struct PulseCandidate {
  std::string organisation_id;
  std::string relationship_id;
  std::string mentee_id;
  std::string mentor_id;
  std::string program_name;
  Millis active_since = 0;
  int pulse_first_days = 0;  // the norms' values as stored (0: the default)
  int pulse_every_days = 0;
};

// A survey with what its page shows.
struct PulseSurveyRow {
  domain::PulseSurvey survey;
  std::string program_name;
  std::string partner_name;  // the other side of the relationship
};

class PulsePort {
 public:
  virtual ~PulsePort() = default;

  // Every active relationship, in any organisation, that has an active_since.
  virtual Result<std::vector<PulseCandidate>> ListPulseCandidates() = 0;
  // The claim: inserts the survey unless one exists for its (relationship, person, due_on);
  // true when this call inserted it. Of concurrent claims of one key exactly one wins, on
  // every database, without an error.
  virtual Result<bool> ClaimPulseSurvey(const domain::PulseSurvey& s) = 0;
  // NotFound when the organisation has no such survey.
  virtual Result<PulseSurveyRow> GetPulseSurvey(const std::string& org_id,
                                                const std::string& id) = 0;
  // Records the answer unless the survey was answered already; true when this call recorded
  // it. NotFound when there is no such survey.
  virtual Result<bool> SavePulseAnswer(const std::string& org_id, const std::string& id,
                                       const domain::PulseAnswer& answer, Millis at) = 0;
  // The relationship's answered surveys (both sides), latest answer first, at most `limit`.
  virtual Result<std::vector<PulseSurveyRow>> ListPulseAnswers(const std::string& org_id,
                                                               const std::string& relationship_id,
                                                               int limit) = 0;
  // The person's unanswered surveys, newest first, at most `limit`.
  virtual Result<std::vector<PulseSurveyRow>> ListOpenPulseSurveys(const std::string& person_id,
                                                                   int limit) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_PULSE_PORT_H_
