// Match rounds, their proposals and unmatched mentees.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_MATCH_ROUNDS_PORT_H_
#define TANDEM_APP_PORTS_MATCH_ROUNDS_PORT_H_

#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/match_round.h"

namespace tandem::app {

class MatchRoundsPort {
 public:
  virtual ~MatchRoundsPort() = default;

  virtual Status InsertRound(const domain::MatchRound& r) = 0;
  virtual Status UpdateRound(const domain::MatchRound& r) = 0;  // status, totals, published_at
  virtual Result<domain::MatchRound> GetRound(const std::string& org_id, const std::string& id) = 0;

  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::MatchRound>> ListRounds(const std::string& org_id,
                                                          const std::string& program_id,
                                                          const PageQuery& page) = 0;

  Result<std::vector<domain::MatchRound>> ListRounds(const std::string& org_id,
                                                     const std::string& program_id) {
    return EveryRow(ListRounds(org_id, program_id, kEveryRow));
  }

  // Replace every proposal / unmatched row of a round (bulk insert; 10,000 rows is normal).
  virtual Status ReplaceProposals(const std::string& org_id, const std::string& round_id,
                                  const std::vector<domain::Proposal>& proposals) = 0;

  virtual Result<std::vector<domain::Proposal>> ListProposals(
      const std::string& org_id, const std::string& round_id) = 0;  // by mentee id, mentor id

  virtual Status ReplaceUnmatched(const std::string& org_id, const std::string& round_id,
                                  const std::vector<domain::Unmatched>& unmatched) = 0;

  virtual Result<std::vector<domain::Unmatched>> ListUnmatched(
      const std::string& org_id, const std::string& round_id) = 0;  // by mentee id

  // Serialises changes to one match round (re-run, proposal edits, publish) until the
  // transaction ends (PostgreSQL: SELECT … FOR UPDATE on the round; SQLite: existence check).
  // NotFound when the round does not exist in the organisation. Taken before participant locks.
  virtual Status LockRound(const std::string& org_id, const std::string& round_id) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_MATCH_ROUNDS_PORT_H_
