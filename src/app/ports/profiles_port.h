// Profiles (global, one per person).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_PROFILES_PORT_H_
#define TANDEM_APP_PORTS_PROFILES_PORT_H_

#include <optional>
#include <string>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/profile.h"

namespace tandem::app {

class ProfilesPort {
 public:
  virtual ~ProfilesPort() = default;

  virtual Result<std::optional<domain::Profile>> FindProfile(const std::string& person_id) = 0;
  virtual Status PutProfile(const domain::Profile& p) = 0;  // insert or replace, lists included
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_PROFILES_PORT_H_
