// Fixture of the store conformance suite: every TEST_P runs once per backend ("sqlite" and
// "postgres") against a fresh, migrated database. Subclasses that override SetUp must return
// early when StoreTest::SetUp skipped or failed (see SetUpFailedOrSkipped()).
//
// SQLite: a new file in a fresh temporary folder per test. PostgreSQL: one database per test
// process, created through TANDEM_TEST_PG on first use and dropped at exit; each test starts on
// a fresh copy of a template migrated once per server (FreshUnmigratedUrl empties its schema
// instead). Tests share nothing, so they may run in any order.
#ifndef TANDEM_TESTS_STORE_STORE_TEST_FIXTURE_H_
#define TANDEM_TESTS_STORE_STORE_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "app/store.h"
#include "base/status_matchers.h"
#include "builders.h"
#include "store/open_store.h"
#include "store/soci_store.h"

namespace tandem::store_test {

// The backends: "sqlite" and "postgres". The PostgreSQL cases fail (never skip) when
// TANDEM_TEST_PG is unset: every store test runs on both databases. The list never depends on
// the environment, so test discovery at build time stays valid.
std::vector<std::string> Backends();
// True when TANDEM_TEST_PG is set; otherwise records a failure saying how to start a server.
bool RequirePostgres();
std::string BackendName(const ::testing::TestParamInfo<std::string>& info);

// The run's PostgreSQL database, or nullopt when TANDEM_TEST_PG is unset.
std::optional<std::string> PostgresUrl();
// Runs SQL on the run's PostgreSQL database through a separate admin connection (test setup
// that no Store method can do, e.g. killing the store's connections).
void PostgresAdminExec(const std::string& sql);
// Runs SQL through the connection to TANDEM_TEST_PG's own database (for statements about the
// run's database, which it cannot run on itself); "{db}" stands for the run's database name.
void PostgresServerExec(const std::string& sql);

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  void TearDown() override;
  bool SetUpFailedOrSkipped() const { return IsSkipped() || HasFailure() || !store_; }

  bool IsPostgres() const { return GetParam() == "postgres"; }
  // Opens another store on this test's database.
  Result<std::unique_ptr<store::SociStore>> OpenAgain(
      int pool_size, store::MigrationPolicy policy = store::MigrationPolicy::kMigrate);
  // A fresh database of this backend that has never been migrated; returns its URL.
  std::string FreshUnmigratedUrl();
  // Runs SQL on this test's database outside the store (rows in an older schema, before a
  // migration under test); fails the test on error.
  void ExecSql(const std::string& sql);

  Status Write(const std::function<Status(app::Tx&)>& fn) { return store_->Transact(fn); }
  // Runs fn in its own transaction and hands back its result.
  template <typename T>
  Result<T> Read(const std::function<Result<T>(app::Tx&)>& fn) {
    std::optional<Result<T>> out;
    Status status = store_->TransactRead([&](app::Tx& tx) {
      out.emplace(fn(tx));
      return out->ok() ? Status::Ok() : out->status();
    });
    if (!out) return status;
    return std::move(*out);
  }

  // Insert a record (failing the test on error) and return it.
  domain::Person AddPerson(domain::Person p = test::APerson());
  domain::Organisation AddOrganisation(domain::Organisation o = test::AnOrganisation());
  domain::Program AddProgram(domain::Program p);
  domain::Enrollment AddEnrollment(domain::Enrollment e);
  void AddMember(const std::string& org_id, const std::string& person_id,
                 const domain::RoleSet& roles);

  std::unique_ptr<store::SociStore> store_;
  std::string url_;
  std::filesystem::path temp_dir_;
};

// For resources that live in a program: a school ("Lincoln High") with one program ("Career
// Pathways"), and a second organisation ("Northwind") for the tests that another organisation
// sees nothing. Fixtures that need more call ProgramStoreTest::SetUp() first.
class ProgramStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    org_ = AddOrganisation(test::AnOrganisation().Name("Lincoln High"));
    other_org_ = AddOrganisation(test::AnOrganisation().Name("Northwind"));
    program_ = AddProgram(test::AProgram(org_.id).Name("Career Pathways"));
  }

  domain::Organisation org_, other_org_;
  domain::Program program_;
};

// Field-by-field views of domain records (which have no operator==) for EXPECT_EQ.
inline auto Fields(const domain::Person& p) {
  return std::make_tuple(p.id, p.email, p.name, p.password_hash, p.locale, p.is_platform_admin,
                         p.created_at);
}
inline auto Fields(const domain::Organisation& o) {
  return std::make_tuple(o.id, o.name, o.slug, o.kind, o.created_at);
}
inline auto Fields(const domain::TaxonomyTerm& t) {
  return std::make_tuple(t.id, t.organisation_id, t.kind, t.label);
}
inline auto Fields(const domain::Program& p) {
  return std::make_tuple(p.id, p.organisation_id, p.name, p.description, p.type, p.audience,
                         p.start_date, p.end_date, p.default_mentor_capacity, p.requires_approval,
                         p.status, p.created_at);
}
inline auto Fields(const domain::Enrollment& e) {
  return std::make_tuple(e.id, e.organisation_id, e.program_id, e.person_id, e.role, e.status,
                         e.source, e.message, e.screening_cleared, e.training_complete,
                         e.minor_marked, e.grade, e.group, e.created_at);
}
inline auto Fields(const domain::Session& s) {
  return std::make_tuple(s.id_hash, s.person_id, s.csrf_token, s.created_at, s.expires_at);
}
inline auto Fields(const domain::Invitation& i) {
  return std::make_tuple(i.id, i.organisation_id, i.email, i.token_hash, i.roles, i.program_id,
                         i.program_role, i.status, i.invited_by, i.invited_by_name, i.created_at,
                         i.expires_at);
}
inline auto Fields(const domain::PasswordReset& r) {
  return std::make_tuple(r.token_hash, r.person_id, r.expires_at, r.used);
}
inline auto Fields(const domain::OutboxMessage& m) {
  return std::make_tuple(m.id, m.to, m.subject, m.body, m.created_at, m.status, m.attempts,
                         m.next_attempt_at, m.last_error, m.sent_at, m.claimed_by,
                         m.claimed_until);
}
inline auto Fields(const domain::MatchingSettings& s) {
  return std::make_tuple(s.organisation_id, s.program_id, s.priorities, s.max_mentors_per_mentee,
                         s.require_acceptance, s.request_expiry_days, s.priority_field,
                         s.priority_value);
}
inline auto Fields(const domain::Exclusion& e) {
  return std::make_tuple(e.organisation_id, e.program_id, e.mentee_id, e.mentor_id, e.reason,
                         e.created_at);
}
inline auto Fields(const domain::MatchRound& r) {
  return std::make_tuple(r.id, r.organisation_id, r.program_id, r.objective, r.status,
                         r.mentee_scope, r.mentor_scope, r.candidates_per_mentee, r.created_by,
                         r.created_at, r.published_at, r.total_score, r.matched, r.unmatched,
                         r.priority_cost);
}
inline auto Fields(const domain::Proposal& p) {
  return std::make_tuple(p.round_id, p.organisation_id, p.mentee_id, p.mentor_id, p.score,
                         p.reasons, p.locked, p.shown_score);
}
inline auto Fields(const domain::Unmatched& u) {
  return std::make_tuple(u.round_id, u.organisation_id, u.mentee_id, u.reason_id, u.params);
}
inline auto Fields(const domain::Relationship& r) {
  return std::make_tuple(r.id, r.organisation_id, r.program_id, r.mentee_id, r.mentor_id, r.status,
                         r.source, r.mentee_accepted, r.mentor_accepted, r.score, r.reasons,
                         r.created_at, r.updated_at, r.end_reason);
}
inline auto Fields(const domain::MentorRequest& r) {
  return std::make_tuple(r.id, r.organisation_id, r.program_id, r.mentee_id, r.mentor_id, r.message,
                         r.status, r.decline_reason, r.score, r.reasons,
                         r.created_at, r.expires_at, r.decided_at, r.withdraw_reason);
}
inline auto Fields(const domain::Notification& n) {
  return std::make_tuple(n.id, n.person_id, n.organisation_id, n.kind, n.params, n.link,
                         n.created_at, n.read_at);
}

// The `id`s (or other key) of a list, in order: for ordering and scoping assertions.
template <typename T, typename Key>
std::vector<std::string> Keys(const std::vector<T>& items, Key key) {
  std::vector<std::string> out;
  for (const T& item : items) out.push_back(key(item));
  return out;
}

}  // namespace tandem::store_test

#endif  // TANDEM_TESTS_STORE_STORE_TEST_FIXTURE_H_
