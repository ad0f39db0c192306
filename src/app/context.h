// What every use case receives: the ports (store, hashing, tokens, clock), configuration, and
// the caller. Use cases are free functions `Verb(const Context&, const Caller&, ...)`; they
// read as guard clauses (authorisation via domain policy, validation) then the happy path in
// one transaction. Thread-safe as long as the ports are.
#ifndef TANDEM_APP_CONTEXT_H_
#define TANDEM_APP_CONTEXT_H_

#include <string>

#include "app/calendar.h"
#include "app/live.h"
#include "app/mail.h"
#include "app/ports.h"
#include "app/store.h"
#include "base/time.h"
#include "domain/party.h"
#include "domain/policy.h"

namespace tandem::app {

class MatchCache;

struct Context {
  Store& store;
  PasswordHasher& hasher;
  TokenSource& tokens;
  Clock& clock;
  std::string public_url = "http://localhost:8080";  // for links in emails, no trailing slash
  // Whether the outbox is delivered (then nobody may read a body) or is the development mailbox.
  MailMode mail_mode = MailMode::kDevelopment;
  // Prepared match data reused across requests (app/match_cache.h); null = build every time.
  MatchCache* match_cache = nullptr;
  // Whether expensive use cases are charged to the caller's request budget
  // (app/request_budget.h); off only for benchmarks that call a use case in a loop.
  bool charge_request_budgets = true;
  // Writes meetings as iCalendar text (app/calendar.h); null: .ics and feeds answer Internal.
  const CalendarWriter* calendar = nullptr;
  // Open live streams to hurry after a message commits (app/live.h); null: nobody is told.
  LiveEvents* live = nullptr;
};

// The authenticated person making a request (empty person_id = anonymous visitor).
struct Caller {
  std::string person_id;
  bool is_platform_admin = false;
  // The command line run by an operator who already holds the database: every
  // organisation-scoped action is allowed. Never set from an HTTP request.
  bool is_system = false;
  // Identifies the session the request came with (not its secret): request budgets are per
  // session (app/request_budget.h). Empty outside HTTP.
  std::string session_key;
  bool anonymous() const { return person_id.empty() && !is_system; }
};

// The caller as seen from one organisation. NotFound when the organisation does not exist.
Result<domain::Actor> ActorIn(Tx& tx, const Caller& caller, const std::string& org_id);

// The caller as seen from a record with parties in that organisation (domain/party.h), for the
// record's policy (domain/<resource>_policy.h). Parties all belong to the record's organisation
// today, so the home-organisation roles stay empty. An empty org_id (a record of no organisation)
// gives no roles; NotFound when the organisation does not exist.
Result<domain::PartyActor> PartyActorIn(Tx& tx, const Caller& caller, const std::string& org_id);

// ActorIn + domain::Authorize in one step; returns the actor when allowed.
Result<domain::Actor> Authorized(Tx& tx, const Caller& caller, const std::string& org_id,
                                 domain::Action action, std::string_view what = "organisation");

namespace internal {
// Runs fn(tx) through `transact` (Store::Transact or TransactRead) and returns its value.
template <typename T, typename Transact, typename Fn>
Result<T> ValueOf(Transact&& transact, Fn&& fn) {
  std::optional<T> out;
  Status st = transact([&](Tx& tx) -> Status {
    Result<T> r = fn(tx);
    if (!r.ok()) return r.status();
    out = std::move(r).value();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return std::move(*out);
}
}  // namespace internal

// Runs fn in a read-write transaction and returns the value it produced.
template <typename T, typename Fn>
Result<T> InTx(Store& store, Fn&& fn) {
  return internal::ValueOf<T>([&](const auto& body) { return store.Transact(body); }, fn);
}

// Same for a read-only transaction (readers run concurrently).
template <typename T, typename Fn>
Result<T> InReadTx(Store& store, Fn&& fn) {
  return internal::ValueOf<T>([&](const auto& body) { return store.TransactRead(body); }, fn);
}

}  // namespace tandem::app

#endif  // TANDEM_APP_CONTEXT_H_
