// Sign-in sessions (stored by the hash of their id).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_SESSIONS_PORT_H_
#define TANDEM_APP_PORTS_SESSIONS_PORT_H_

#include <optional>
#include <string>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/access.h"

namespace tandem::app {

class SessionsPort {
 public:
  virtual ~SessionsPort() = default;

  virtual Status InsertSession(const domain::Session& s) = 0;
  virtual Result<std::optional<domain::Session>> FindSession(const std::string& id_hash) = 0;
  virtual Status DeleteSession(const std::string& id_hash) = 0;  // OK when already gone
  virtual Status DeleteSessionsOfPerson(const std::string& person_id) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_SESSIONS_PORT_H_
