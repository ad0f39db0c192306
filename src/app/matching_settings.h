// A program's matching configuration and the coordinator's exclusions.
#ifndef TANDEM_APP_MATCHING_SETTINGS_H_
#define TANDEM_APP_MATCHING_SETTINGS_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/matching_settings.h"

namespace tandem::app {

// The stored settings, or the program type's defaults; priorities always list every criterion.
Result<domain::MatchingSettings> GetMatchingSettings(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id);
Result<domain::MatchingSettings> PutMatchingSettings(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id,
                                                     domain::MatchingSettings settings);

// Oldest first.
Result<Page<domain::Exclusion>> ListExclusions(const Context& ctx, const Caller& caller,
                                               const std::string& org_id,
                                               const std::string& program_id,
                                               const PageRequest& page);
// Both people must be active participants of the program (mentee and mentor).
Result<domain::Exclusion> AddExclusion(const Context& ctx, const Caller& caller,
                                       const std::string& org_id, const std::string& program_id,
                                       const std::string& mentee_id, const std::string& mentor_id,
                                       const std::string& reason);
Status RemoveExclusion(const Context& ctx, const Caller& caller, const std::string& org_id,
                       const std::string& program_id, const std::string& mentee_id,
                       const std::string& mentor_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_MATCHING_SETTINGS_H_
