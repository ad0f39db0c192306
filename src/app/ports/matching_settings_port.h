// A program's matching settings and exclusions.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_MATCHING_SETTINGS_PORT_H_
#define TANDEM_APP_PORTS_MATCHING_SETTINGS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/matching_settings.h"

namespace tandem::app {

class MatchingSettingsPort {
 public:
  virtual ~MatchingSettingsPort() = default;

  // Matching settings: at most one row per program.
  virtual Result<std::optional<domain::MatchingSettings>> FindMatchingSettings(
      const std::string& org_id, const std::string& program_id) = 0;

  virtual Status PutMatchingSettings(const domain::MatchingSettings& s) = 0;  // insert/replace

  // Exclusions: unique per (program, mentee, mentor).
  virtual Status InsertExclusion(const domain::Exclusion& e) = 0;

  virtual Status DeleteExclusion(const std::string& org_id, const std::string& program_id,
                                 const std::string& mentee_id, const std::string& mentor_id) = 0;

  // Oldest first (created_at, mentee id, mentor id; key: the same three).
  virtual Result<PageRows<domain::Exclusion>> ListExclusions(const std::string& org_id,
                                                             const std::string& program_id,
                                                             const PageQuery& page) = 0;

  Result<std::vector<domain::Exclusion>> ListExclusions(const std::string& org_id,
                                                        const std::string& program_id) {
    return EveryRow(ListExclusions(org_id, program_id, kEveryRow));
  }
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_MATCHING_SETTINGS_PORT_H_
