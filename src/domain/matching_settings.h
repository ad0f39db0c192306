// A program's matching settings (criteria priorities, mentors per mentee, acceptance, request
// expiry, equity priority group) and coordinators' exclusions of pairs.
#ifndef TANDEM_DOMAIN_MATCHING_SETTINGS_H_
#define TANDEM_DOMAIN_MATCHING_SETTINGS_H_

#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "base/time.h"

namespace tandem::domain {

// Per-program matching configuration, edited by coordinators.
struct MatchingSettings {
  std::string organisation_id;
  std::string program_id;
  // criterion name -> priority name ("must", "high", "medium", "low", "ignore"); criteria not
  // listed use the program type's defaults.
  std::vector<std::pair<std::string, std::string>> priorities;
  int max_mentors_per_mentee = 1;  // > 1 for group programs
  bool require_acceptance = true;  // published matches wait for both sides
  int request_expiry_days = 7;     // mentee requests expire after this many days
  // Equity: mentees with this background value get priority in match rounds (empty = none).
  std::string priority_field;      // e.g. "first_generation"
  std::string priority_value;      // e.g. "yes"
};
Status ValidateMatchingSettings(const MatchingSettings& s);

struct Exclusion {
  std::string organisation_id;
  std::string program_id;
  std::string mentee_id;  // person ids
  std::string mentor_id;
  std::string reason;
  Millis created_at = 0;
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MATCHING_SETTINGS_H_
