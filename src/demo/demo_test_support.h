// Test support for the demo's seeder tests: an in-memory demo database, a snapshot of the demo
// without generated ids (what determinism compares), and a fixture whose demo is seeded once
// per test process with the default seed.
#ifndef TANDEM_DEMO_DEMO_TEST_SUPPORT_H_
#define TANDEM_DEMO_DEMO_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/store.h"
#include "demo/seed_demo.h"
#include "demo/writer.h"
#include "domain/profile.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem::demo {

using app::Context;
using app::EveryRow;
using app::kEveryRow;
using app::Tx;
using domain::EnrollmentStatus;
using domain::ProgramRole;
using domain::Role;

// Fails the test (without aborting) and returns a default value when r is an error, so that
// reads inside a transaction callback stay short.
template <typename T>
T Must(Result<T> r) {
  if (!r.ok()) {
    ADD_FAILURE() << r.status().ToString();
    return T{};
  }
  return std::move(r).value();
}

// One demo database: an in-memory SQLite store with fast hashing and a fixed clock.
struct DemoDb {
  DemoDb() {
    auto s = store::OpenStore("sqlite::memory:", 1);
    if (!s.ok() || !(*s)->Migrate().ok()) {
      // Nothing below can run without a database; fail loudly rather than crash later.
      std::fprintf(stderr, "cannot open the test store: %s\n", s.status().ToString().c_str());
      std::abort();
    }
    store = std::move(s).value();
    ctx = std::make_unique<Context>(Context{*store, hasher, tokens, clock});
  }

  // Runs fn(tx) in a transaction that is always rolled back afterwards.
  template <typename Fn>
  void Read(Fn&& fn) {
    Status st = store->Transact([&](Tx& tx) -> Status {
      fn(tx);
      return Internal("read only");
    });
    EXPECT_EQ(st.message(), "read only");
  }

  security::SodiumHasher hasher{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens;
  FakeClock clock{1795631400000};  // 2026-11-25T18:30:00Z
  std::unique_ptr<store::SociStore> store;
  std::unique_ptr<Context> ctx;
};

// Everything a person is in the demo, without generated ids: what determinism compares.
struct PersonSnapshot {
  std::string name;
  std::string locale;
  bool is_platform_admin = false;
  std::map<std::string, domain::RoleSet> roles;  // by organisation slug
  std::optional<domain::Profile> profile;        // person_id cleared
  bool operator==(const PersonSnapshot&) const = default;
};

struct EnrollmentSnapshot {
  std::string program, email;
  ProgramRole role;
  EnrollmentStatus status;
  domain::EnrollmentSource source;
  std::string message;
  bool screened, trained;
  auto operator<=>(const EnrollmentSnapshot&) const = default;
};

struct Snapshot {
  std::map<std::string, PersonSnapshot> people;  // by email
  std::vector<EnrollmentSnapshot> enrollments;   // sorted
  std::vector<std::string> programs;             // "slug/name/type/status"
  std::vector<std::string> invitations;          // "slug/email"
  // "program/mentee email/mentor email/status/accepted flags/score/reasons, both sides", sorted
  std::vector<std::string> relationships;
  // "program/mentee email/mentor email/status/score/message/reasons, both sides", sorted
  std::vector<std::string> requests;
};

// The e-mail of a person (a test failure when there is none).
std::string EmailOf(Tx& tx, const std::string& person_id);

// Everything the demo holds, read in one rolled-back transaction.
Snapshot TakeSnapshot(DemoDb& db);

// Runs the given base seeders alone, in order, with the default seed, in one transaction of
// db that commits when they all succeed.
Result<BaseRun> RunBaseSeeders(DemoDb& db, std::initializer_list<BaseSeeder> seeders);

// student@ and student001..150@lincoln-high.example.
bool IsStudent(const std::string& email);

// The demo seeded with the default seed, once per test process, shared by every test of the
// seeders (each test reads it only).
class SeededDemoTest : public ::testing::Test {
 protected:
  // Seeds on first use; the demo then lives until the process ends.
  static void SetUpTestSuite();

  static domain::Organisation Org(Tx& tx, const std::string& slug);
  static domain::Program Program(Tx& tx, const std::string& org_id, const std::string& name);
  static const PersonSnapshot& Person(const std::string& email);

  static DemoDb* db_;
  static SeedSummary* summary_;
  static Snapshot* snap_;
};

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DEMO_TEST_SUPPORT_H_
