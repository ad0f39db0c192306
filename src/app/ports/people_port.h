// People (global: a person may belong to several organisations).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_PEOPLE_PORT_H_
#define TANDEM_APP_PORTS_PEOPLE_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/organisation.h"

namespace tandem::app {

class PeoplePort {
 public:
  virtual ~PeoplePort() = default;

  virtual Status InsertPerson(const domain::Person& p) = 0;  // AlreadyExists: email
  virtual Status UpdatePerson(const domain::Person& p) = 0;  // name, locale, hash, admin flag
  virtual Result<domain::Person> GetPerson(const std::string& id) = 0;

  // GetPerson, and the row stays locked until the transaction ends (PostgreSQL FOR UPDATE;
  // SQLite write transactions are serial anyway): for read-modify-write, since UpdatePerson
  // writes every column. Lock order: after an invitation or round lock, before participants.
  virtual Result<domain::Person> GetPersonForUpdate(const std::string& id) = 0;

  virtual Result<std::optional<domain::Person>> FindPersonByEmail(const std::string& email) = 0;
  virtual Result<std::vector<domain::Person>> ListPlatformAdmins() = 0;  // by email
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_PEOPLE_PORT_H_
