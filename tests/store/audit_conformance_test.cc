// Conformance: the append-only audit log. Entries round-trip with their parameters, list
// newest first per organisation (or the platform actions across organisations) with a keyset
// cursor, and cannot be changed: the port has no method for it (checked at compile time) and
// the database itself refuses UPDATE and DELETE (triggers, both dialects).
#include <libpq-fe.h>
#include <sqlite3.h>

#include <type_traits>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::AuditAction;
using domain::AuditEntry;

// The port offers insert and list only. A method named like a change would make this fail to
// compile (detection idiom over the names a change would have).
template <typename T, typename = void>
struct HasUpdateAudit : std::false_type {};
template <typename T>
struct HasUpdateAudit<T, std::void_t<decltype(&T::UpdateAuditEntry)>> : std::true_type {};
template <typename T, typename = void>
struct HasDeleteAudit : std::false_type {};
template <typename T>
struct HasDeleteAudit<T, std::void_t<decltype(&T::DeleteAuditEntry)>> : std::true_type {};
static_assert(!HasUpdateAudit<app::Tx>::value && !HasDeleteAudit<app::Tx>::value,
              "the audit log is append-only: no way to change or delete an entry");

class AuditConformanceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    org_a_ = AddOrganisation();
    org_b_ = AddOrganisation();
    actor_ = AddPerson(test::APerson().Name("Ada Actor"));
    subject_ = AddPerson(test::APerson().Name("Sam Subject"));
  }

  AuditEntry Entry(const std::string& org, AuditAction action, Millis at) {
    AuditEntry e;
    e.id = NewId();
    e.organisation_id = org;
    e.actor_id = actor_.id;
    e.action = action;
    e.subject_id = subject_.id;
    e.params = {{"from", "mentor"}, {"to", "coordinator,mentor"}, {"quote", "a \"b\" \\ c"}};
    e.created_at = at;
    return e;
  }
  AuditEntry Add(AuditEntry e) {
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertAuditEntry(e); }));
    return e;
  }
  std::vector<AuditEntry> List(const std::string& org, int limit,
                               std::optional<app::SortKey> after = std::nullopt) {
    auto out = Read<std::vector<AuditEntry>>(
        [&](app::Tx& tx) { return app::EveryRow(tx.ListAuditEntries(org, {limit, after})); });
    EXPECT_OK(out);
    return out.ok() ? *out : std::vector<AuditEntry>{};
  }

  // Runs SQL on the database behind the store through a connection of its own (any client of
  // the database, not the port). Returns the error text, or "" on success.
  std::string RawExec(const std::string& sql) {
    if (IsPostgres()) {
      auto conninfo = store::PostgresConnInfo(url_);
      if (!conninfo.ok()) return conninfo.status().ToString();
      PGconn* conn = PQconnectdb(conninfo->c_str());
      PGresult* r = PQexec(conn, sql.c_str());
      std::string error =
          PQresultStatus(r) == PGRES_COMMAND_OK ? "" : std::string(PQerrorMessage(conn));
      PQclear(r);
      PQfinish(conn);
      return error;
    }
    sqlite3* db = nullptr;
    std::string path = url_.substr(std::string("sqlite:").size());
    sqlite3_open(path.c_str(), &db);
    char* message = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    std::string error = rc == SQLITE_OK ? "" : std::string(message ? message : "error");
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
  }

  domain::Organisation org_a_, org_b_;
  domain::Person actor_, subject_;
};

TEST_P(AuditConformanceTest, EntriesRoundTripWithNamesAndParameters) {
  AuditEntry e = Add(Entry(org_a_.id, AuditAction::kMemberRolesChanged, test::kT0));
  auto listed = List(org_a_.id, 10);
  ASSERT_EQ(listed.size(), 1u);
  const AuditEntry& got = listed[0];
  EXPECT_EQ(std::tie(got.id, got.organisation_id, got.actor_id, got.subject_id, got.created_at),
            std::tie(e.id, e.organisation_id, e.actor_id, e.subject_id, e.created_at));
  EXPECT_EQ(got.action, AuditAction::kMemberRolesChanged);
  EXPECT_EQ(got.params, e.params);
  EXPECT_EQ(got.actor_name, "Ada Actor");
  EXPECT_EQ(got.subject_name, "Sam Subject");
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertAuditEntry(e); }),
              StatusCode::kAlreadyExists);

  // No actor (the command line), no subject, no parameters.
  AuditEntry bare = Entry(org_a_.id, AuditAction::kOrganisationCreated, test::kT0 + 1);
  bare.actor_id.clear();
  bare.subject_id.clear();
  bare.params.clear();
  Add(bare);
  listed = List(org_a_.id, 10);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, bare.id);
  EXPECT_EQ(listed[0].actor_id, "");
  EXPECT_EQ(listed[0].actor_name, "");
  EXPECT_EQ(listed[0].subject_id, "");
  EXPECT_TRUE(listed[0].params.empty());
}

TEST_P(AuditConformanceTest, ListsNewestFirstPerOrganisationWithAKeysetCursor) {
  std::vector<std::string> expected;  // newest first
  for (int i = 0; i < 5; ++i)
    expected.insert(expected.begin(),
                    Add(Entry(org_a_.id, AuditAction::kEnrollmentScreeningChanged,
                              test::kT0 + i * kMinute))
                        .id);
  // Two at the same instant: ordered by id, and the cursor still splits them.
  AuditEntry t1 = Entry(org_a_.id, AuditAction::kEnrollmentTrainingChanged, test::kT0 + kDay);
  AuditEntry t2 = Entry(org_a_.id, AuditAction::kEnrollmentTrainingChanged, test::kT0 + kDay);
  if (t1.id < t2.id) std::swap(t1, t2);
  Add(t2);
  Add(t1);
  expected.insert(expected.begin(), {t1.id, t2.id});
  Add(Entry(org_b_.id, AuditAction::kMemberRolesChanged, test::kT0 + 2 * kDay));

  std::vector<std::string> paged;
  std::optional<app::SortKey> after;
  for (int page = 0; page < 10; ++page) {
    auto items = List(org_a_.id, 2, after);
    if (items.empty()) break;
    for (const auto& e : items) paged.push_back(e.id);
    after = app::SortKey{items.back().created_at, items.back().id};
  }
  EXPECT_EQ(paged, expected);
  EXPECT_EQ(List(org_b_.id, 10).size(), 1u);
  EXPECT_EQ(List(org_a_.id, 0).size(), expected.size());  // 0: every row
}

TEST_P(AuditConformanceTest, ThePlatformListHoldsPlatformActionsOnly) {
  AuditEntry created = Add(Entry(org_a_.id, AuditAction::kOrganisationCreated, test::kT0));
  AuditEntry granted = Entry("", AuditAction::kPlatformAdminGranted, test::kT0 + 1);
  Add(granted);
  Add(Entry(org_a_.id, AuditAction::kMemberRolesChanged, test::kT0 + 2));
  Add(Entry(org_b_.id, AuditAction::kEnrollmentScreeningChanged, test::kT0 + 3));
  auto platform = List("", 10);
  EXPECT_EQ(Keys(platform, [](const AuditEntry& e) { return e.id; }),
            (std::vector<std::string>{granted.id, created.id}));
  EXPECT_EQ(platform[0].organisation_id, "");
  EXPECT_EQ(List(org_a_.id, 10).size(), 2u);  // created + roles changed
}

TEST_P(AuditConformanceTest, TheDatabaseRefusesToChangeOrDeleteEntries) {
  AuditEntry e = Add(Entry(org_a_.id, AuditAction::kEnrollmentScreeningChanged, test::kT0));
  EXPECT_NE(RawExec("UPDATE audit_log SET action = 'member.roles_changed'"), "");
  EXPECT_NE(RawExec("UPDATE audit_log SET params = '{}' WHERE id = '" + e.id + "'"), "");
  EXPECT_NE(RawExec("DELETE FROM audit_log"), "");
  if (IsPostgres()) {
    EXPECT_NE(RawExec("TRUNCATE audit_log"), "");
  }
  auto listed = List(org_a_.id, 10);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].action, AuditAction::kEnrollmentScreeningChanged);
  EXPECT_EQ(listed[0].params, e.params);
  // Appending still works.
  Add(Entry(org_a_.id, AuditAction::kMemberRolesChanged, test::kT0 + 1));
  EXPECT_EQ(List(org_a_.id, 10).size(), 2u);
}

// Not the audit log itself, but what `tandem org create` uses to find who acts.
TEST_P(AuditConformanceTest, ListPlatformAdminsListsOnlyThemByEmail) {
  AddPerson(test::APerson().Email("zed@example.test").PlatformAdmin());
  AddPerson(test::APerson().Email("Amy@example.test").PlatformAdmin());
  auto admins = Read<std::vector<domain::Person>>([](app::Tx& tx) { return tx.ListPlatformAdmins(); });
  ASSERT_OK(admins);
  EXPECT_EQ(Keys(*admins, [](const domain::Person& p) { return p.email; }),
            (std::vector<std::string>{"Amy@example.test", "zed@example.test"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
