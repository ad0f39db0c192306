// In-app notices to one person.
#ifndef TANDEM_DOMAIN_NOTIFICATION_H_
#define TANDEM_DOMAIN_NOTIFICATION_H_

#include <string>

#include "base/time.h"

namespace tandem::domain {

// In-app notices ("You have a new mentor match").
struct Notification {
  std::string id;
  std::string person_id;
  std::string organisation_id;
  std::string kind;  // "match_proposed", "request_received", "request_accepted", ...
  std::string text;
  std::string link;  // client route, e.g. "/relationships/ID"
  Millis created_at = 0;
  Millis read_at = 0;
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_NOTIFICATION_H_
