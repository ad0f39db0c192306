// Store-level contracts: transactions (commit, rollback, poisoning), migrations, opening,
// reachability and concurrency. Resource methods are covered by *_conformance_test.cc.
#include <sqlite3.h>

#include <atomic>
#include <map>
#include <thread>

#include "store/migrations.h"
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using store::MigrationPolicy;

class StoreConformanceTest : public StoreTest {
 protected:
  bool PersonExists(const std::string& id) {
    auto got = Read<domain::Person>([&](app::Tx& tx) { return tx.GetPerson(id); });
    EXPECT_TRUE(got.ok() || got.status().code() == StatusCode::kNotFound)
        << got.status().ToString();
    return got.ok();
  }
};

TEST_P(StoreConformanceTest, CommitsWhenTheCallbackReturnsOk) {
  domain::Person p = test::APerson();
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertPerson(p); }));
  EXPECT_TRUE(PersonExists(p.id));
}

TEST_P(StoreConformanceTest, RollsBackAndReturnsTheCallbacksStatus) {
  domain::Person p = test::APerson();
  domain::Organisation o = test::AnOrganisation();
  Status status = Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertPerson(p));
    RETURN_IF_ERROR(tx.InsertOrganisation(o));
    RETURN_IF_ERROR(tx.SetRoles(o.id, p.id, {domain::Role::kMentor}));
    return FieldInvalid("name", "is required");
  });
  EXPECT_CODE(status, StatusCode::kInvalidArgument);
  ASSERT_EQ(status.fields().size(), 1u);
  EXPECT_EQ(status.fields()[0].field, "name");
  EXPECT_FALSE(PersonExists(p.id));
  auto org = Read<domain::Organisation>([&](app::Tx& tx) { return tx.GetOrganisation(o.id); });
  EXPECT_CODE(org, StatusCode::kNotFound);
}

TEST_P(StoreConformanceTest, RollsBackWhenTheCallbackThrows) {
  domain::Person p = test::APerson();
  Status status = Write([&](app::Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.InsertPerson(p));
    throw std::runtime_error("bug in a use case");
  });
  EXPECT_CODE(status, StatusCode::kInternal);
  EXPECT_EQ(status.message().find("bug"), std::string::npos) << "no internals in the message";
  EXPECT_FALSE(PersonExists(p.id));
}

TEST_P(StoreConformanceTest, ADatabaseErrorPoisonsTheTransactionEvenIfTheCallbackIgnoresIt) {
  domain::Person p = test::APerson();
  domain::Organisation o = AddOrganisation();
  domain::Program missing = test::AProgram(o.id);  // never inserted
  Status status = Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertPerson(p));
    Status ignored = tx.InsertEnrollment(test::AnEnrollment(missing, p.id));
    EXPECT_CODE(ignored, StatusCode::kNotFound) << ignored.ToString();
    return Status::Ok();
  });
  EXPECT_CODE(status, StatusCode::kNotFound) << status.ToString();
  EXPECT_FALSE(PersonExists(p.id));
}

TEST_P(StoreConformanceTest, AlreadyExistsDoesNotPoisonTheTransaction) {
  domain::Person first = AddPerson();
  domain::Person second = test::APerson();
  ASSERT_OK(Write([&](app::Tx& tx) {
    Status dup = tx.InsertPerson(test::APerson().Email(first.email));
    EXPECT_CODE(dup, StatusCode::kAlreadyExists);
    return tx.InsertPerson(second);  // the use case recovers and carries on
  }));
  EXPECT_TRUE(PersonExists(second.id));
}

TEST_P(StoreConformanceTest, PingAnswersOk) { EXPECT_OK(store_->Ping()); }

TEST_P(StoreConformanceTest, MigrationsAreIdempotentAndRecordTheVersion) {
  const int latest = store::EmbeddedMigrations(store_->dialect()).back().version;
  auto version = store_->SchemaVersion();
  ASSERT_OK(version);
  EXPECT_EQ(*version, latest);
  domain::Person p = AddPerson();

  EXPECT_OK(store_->Migrate());
  EXPECT_OK(store_->Migrate());
  auto again = OpenAgain(1);  // a second start-up
  ASSERT_OK(again);
  EXPECT_EQ(*(*again)->SchemaVersion(), latest);
  EXPECT_TRUE(PersonExists(p.id)) << "migrating again must not touch data";
}

TEST_P(StoreConformanceTest, AFreshDatabaseHasVersionZeroUntilMigrated) {
  store_.reset();
  url_ = FreshUnmigratedUrl();
  auto fresh = OpenAgain(1, MigrationPolicy::kSkip);
  ASSERT_OK(fresh);
  EXPECT_EQ(*(*fresh)->SchemaVersion(), 0);
  ASSERT_OK((*fresh)->Migrate());
  EXPECT_EQ(*(*fresh)->SchemaVersion(),
            store::EmbeddedMigrations((*fresh)->dialect()).back().version);
}

TEST_P(StoreConformanceTest, ADatabaseNewerThanTheBinaryIsRefused) {
  std::vector<store::Migration> future = store::EmbeddedMigrations(store_->dialect());
  future.push_back({9999, "9999_from_the_future", "CREATE TABLE from_the_future (id TEXT)"});
  ASSERT_OK(store_->MigrateWith(future));
  EXPECT_EQ(*store_->SchemaVersion(), 9999);

  EXPECT_CODE(store_->Migrate(), StatusCode::kFailedPrecondition);
  auto reopened = OpenAgain(1);
  EXPECT_CODE(reopened, StatusCode::kFailedPrecondition);
}

TEST_P(StoreConformanceTest, AFailingMigrationIsRolledBackCompletely) {
  std::vector<store::Migration> migrations = store::EmbeddedMigrations(store_->dialect());
  const int latest = migrations.back().version;
  migrations.push_back(
      {latest + 1, "broken", "CREATE TABLE half_done (id TEXT); THIS IS NOT SQL;"});
  Status status = store_->MigrateWith(migrations);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(*store_->SchemaVersion(), latest);

  // Had half_done survived the failed run, creating it again would fail.
  migrations.back() = {latest + 1, "fixed", "CREATE TABLE half_done (id TEXT)"};
  EXPECT_OK(store_->MigrateWith(migrations));
  EXPECT_EQ(*store_->SchemaVersion(), latest + 1);
}

// A SQL string literal.
std::string Quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// A request as a row of the schema before 0014 (explanations as English sentences), written
// around the store, whose statements follow the current schema.
std::string OldRequestInsert(const domain::MentorRequest& r) {
  return "INSERT INTO mentor_requests (organisation_id, id, program_id, mentee_id, mentor_id,"
         " message, status, decline_reason, score, explanation, mentor_explanation, created_at,"
         " expires_at) VALUES (" +
         Quoted(r.organisation_id) + ", " + Quoted(r.id) + ", " + Quoted(r.program_id) + ", " +
         Quoted(r.mentee_id) + ", " + Quoted(r.mentor_id) + ", " + Quoted(r.message) + ", " +
         Quoted(std::string(domain::RequestStatusName(r.status))) + ", '', " +
         std::to_string(r.score) +
         ", 'teaches SQL at level 4, you want level 3 (+25)',"
         " 'wants to learn SQL to level 3, you teach it at level 4 (+25)', " +
         std::to_string(r.created_at) + ", " + std::to_string(r.expires_at) + ");";
}

// 0005 adds the one-pending-request-per-pair index to a database that may already break it:
// requests past their expiry are stored as expired, and of live copies the oldest stays.
TEST_P(StoreConformanceTest, Migration5LeavesOnePendingRequestPerPair) {
  std::vector<store::Migration> before;
  for (const store::Migration& m : store::EmbeddedMigrations(store_->dialect()))
    if (m.version < 5) before.push_back(m);
  store_.reset();
  url_ = FreshUnmigratedUrl();
  auto fresh = OpenAgain(2, MigrationPolicy::kSkip);
  ASSERT_OK(fresh);
  store_ = std::move(fresh).value();
  ASSERT_OK(store_->MigrateWith(before));

  domain::Program program = AddProgram(test::AProgram(AddOrganisation().id));
  domain::Person mentee = AddPerson(), mentor = AddPerson(), other_mentor = AddPerson();
  constexpr Millis kLongAgo = 1'000'000'000'000;   // 2001: expired by any clock
  constexpr Millis kFarAhead = 4'000'000'000'000;  // 2096: live by any clock
  domain::MentorRequest expired = test::AMentorRequest(program, mentee.id, mentor.id)
                                      .CreatedAt(kLongAgo)
                                      .ExpiresAt(kLongAgo + 7 * kDay);
  domain::MentorRequest live =
      test::AMentorRequest(program, mentee.id, mentor.id).CreatedAt(test::kT0).ExpiresAt(kFarAhead);
  domain::MentorRequest copy = test::AMentorRequest(program, mentee.id, mentor.id)
                                   .CreatedAt(test::kT0 + 1)
                                   .ExpiresAt(kFarAhead);
  domain::MentorRequest other = test::AMentorRequest(program, mentee.id, other_mentor.id)
                                    .CreatedAt(test::kT0 + 2)
                                    .ExpiresAt(kFarAhead);
  for (const auto& r : {expired, live, copy, other}) ExecSql(OldRequestInsert(r));

  ASSERT_OK(store_->Migrate());
  auto get = [&](const domain::MentorRequest& r) {
    auto got = Read<domain::MentorRequest>(
        [&](app::Tx& tx) { return tx.GetRequest(r.organisation_id, r.id); });
    EXPECT_OK(got);
    return got.ok() ? *got : domain::MentorRequest{};
  };
  EXPECT_EQ(get(expired).status, domain::RequestStatus::kExpired);
  EXPECT_EQ(get(expired).decided_at, 0) << "expiry has no decision time, as before";
  EXPECT_EQ(get(live).status, domain::RequestStatus::kPending);
  EXPECT_EQ(get(copy).status, domain::RequestStatus::kWithdrawn);
  EXPECT_GT(get(copy).decided_at, 0);
  EXPECT_EQ(get(other).status, domain::RequestStatus::kPending);
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertRequest(test::AMentorRequest(program, mentee.id, mentor.id));
              }),
              StatusCode::kAlreadyExists);
}

// 0014 makes explanations data: the English sentences of older rows cannot be parsed back, so
// their reasons are an empty list; unmatched reasons without numbers map to their ids, the
// others to "not_recorded".
TEST_P(StoreConformanceTest, Migration14GivesOlderRowsNoReasonsAndMapsUnmatchedReasons) {
  std::vector<store::Migration> before;
  for (const store::Migration& m : store::EmbeddedMigrations(store_->dialect()))
    if (m.version < 14) before.push_back(m);
  store_.reset();
  url_ = FreshUnmigratedUrl();
  auto fresh = OpenAgain(2, MigrationPolicy::kSkip);
  ASSERT_OK(fresh);
  store_ = std::move(fresh).value();
  ASSERT_OK(store_->MigrateWith(before));

  domain::Organisation org = AddOrganisation();
  domain::Program program = AddProgram(test::AProgram(org.id));
  domain::Person mentee = AddPerson(), other = AddPerson(), mentor = AddPerson();
  domain::MatchRound round = test::AMatchRound(program, mentor.id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertRound(round); }));
  domain::MentorRequest request = test::AMentorRequest(program, mentee.id, mentor.id);
  ExecSql(OldRequestInsert(request));
  const std::string rel_id = NewId();
  ExecSql("INSERT INTO relationships (organisation_id, id, program_id, mentee_id, mentor_id,"
          " status, source, score, explanation, mentor_explanation, created_at, updated_at)"
          " VALUES (" + Quoted(org.id) + ", " + Quoted(rel_id) + ", " + Quoted(program.id) + ", " +
          Quoted(mentee.id) + ", " + Quoted(mentor.id) +
          ", 'active', 'request', 25, 'both speak Spanish (+10)', 'both speak Spanish (+10)', 1, 1);");
  ExecSql("INSERT INTO proposals (organisation_id, round_id, mentee_id, mentor_id, score,"
          " explanation, mentor_explanation) VALUES (" + Quoted(org.id) + ", " + Quoted(round.id) +
          ", " + Quoted(mentee.id) + ", " + Quoted(mentor.id) +
          ", 25, 'both speak Spanish (+10)', 'both speak Spanish (+10)');");
  ExecSql("INSERT INTO unmatched (organisation_id, round_id, mentee_id, reason) VALUES (" +
          Quoted(org.id) + ", " + Quoted(round.id) + ", " + Quoted(other.id) +
          ", 'removed by a coordinator'), (" + Quoted(org.id) + ", " + Quoted(round.id) + ", " +
          Quoted(mentor.id) + ", 'every suitable mentor (2) is at capacity or better matched"
          " with another mentee');");

  ASSERT_OK(store_->Migrate());
  auto got_request = Read<domain::MentorRequest>(
      [&](app::Tx& tx) { return tx.GetRequest(org.id, request.id); });
  ASSERT_OK(got_request);
  EXPECT_TRUE(got_request->reasons.empty());
  EXPECT_EQ(got_request->score, request.score);
  auto got_rel =
      Read<domain::Relationship>([&](app::Tx& tx) { return tx.GetRelationship(org.id, rel_id); });
  ASSERT_OK(got_rel);
  EXPECT_TRUE(got_rel->reasons.empty());
  auto proposals = Read<std::vector<domain::Proposal>>(
      [&](app::Tx& tx) { return tx.ListProposals(org.id, round.id); });
  ASSERT_OK(proposals);
  ASSERT_EQ(proposals->size(), 1u);
  EXPECT_TRUE(proposals->at(0).reasons.empty());
  EXPECT_EQ(proposals->at(0).score, 25);
  auto unmatched = Read<std::vector<domain::Unmatched>>(
      [&](app::Tx& tx) { return tx.ListUnmatched(org.id, round.id); });
  ASSERT_OK(unmatched);
  ASSERT_EQ(unmatched->size(), 2u);
  std::map<std::string, std::string> ids;
  for (const auto& u : *unmatched) {
    ids[u.mentee_id] = u.reason_id;
    EXPECT_TRUE(u.params.empty());
  }
  EXPECT_EQ(ids[other.id], domain::kUnmatchedRemovedByCoordinator);
  EXPECT_EQ(ids[mentor.id], domain::kUnmatchedNotRecorded);

  // New rows carry their reasons.
  domain::MentorRequest fresh_request = test::AMentorRequest(program, other.id, mentor.id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertRequest(fresh_request); }));
  auto again = Read<domain::MentorRequest>(
      [&](app::Tx& tx) { return tx.GetRequest(org.id, fresh_request.id); });
  ASSERT_OK(again);
  EXPECT_EQ(again->reasons, fresh_request.reasons);
  EXPECT_FALSE(again->reasons.empty());
}

TEST_P(StoreConformanceTest, ReadersAreNotBlockedByAWriterAndSeeOnlyCommittedData) {
  domain::Person committed = AddPerson();
  domain::Person uncommitted = test::APerson();
  auto second = OpenAgain(2);
  ASSERT_OK(second);
  std::atomic<bool> writing{false}, release{false};
  std::thread writer([&] {
    Status s = (*second)->Transact([&](app::Tx& tx) {
      RETURN_IF_ERROR(tx.InsertPerson(uncommitted));
      writing = true;
      while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      return Status::Ok();
    });
    EXPECT_OK(s);
  });
  while (!writing) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // While the writer holds its transaction open, a read transaction still runs at once.
  EXPECT_TRUE(PersonExists(committed.id));
  EXPECT_FALSE(PersonExists(uncommitted.id));
  release = true;
  writer.join();
  EXPECT_TRUE(PersonExists(uncommitted.id));
}

TEST_P(StoreConformanceTest, ReadTransactionsReturnTheCallbacksStatus) {
  Status s = store_->TransactRead([](app::Tx&) { return NotFound("nothing here"); });
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "nothing here");
}

TEST_P(StoreConformanceTest, ConcurrentWritersFromFourThreadsAllSucceed) {
  constexpr int kThreads = 4;
  constexpr int kTransactionsEach = 40;
  domain::Organisation org = AddOrganisation();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kTransactionsEach; ++i) {
        domain::Person p = test::APerson();
        Status s = store_->Transact([&](app::Tx& tx) {
          RETURN_IF_ERROR(tx.InsertPerson(p));
          RETURN_IF_ERROR(tx.SetRoles(org.id, p.id, {domain::Role::kMentee}));
          RETURN_IF_ERROR(tx.InsertPasswordFailure({NewId(), p.email, "10.0.0.1", test::kT0}));
          return tx.ListMembers(org.id, {}).status();
        });
        if (!s.ok()) {
          ++failures;
          ADD_FAILURE() << s.ToString();
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  auto members =
      Read<std::vector<domain::Member>>([&](app::Tx& tx) { return tx.ListMembers(org.id, {}); });
  ASSERT_OK(members);
  EXPECT_EQ(members->size(), static_cast<size_t>(kThreads * kTransactionsEach));
  auto failures_recorded = Read<std::vector<Millis>>(
      [&](app::Tx& tx) { return tx.ListPasswordFailureTimesFromAddress("10.0.0.1", test::kT0); });
  ASSERT_OK(failures_recorded);
  EXPECT_EQ(failures_recorded->size(), static_cast<size_t>(kThreads * kTransactionsEach));
}

// Backend-specific contracts run on their backend only (instantiated below).
class SqliteStoreTest : public StoreConformanceTest {};
class PostgresStoreTest : public StoreConformanceTest {};

TEST_P(SqliteStoreTest, SqliteFilesUseWriteAheadLogging) {
  std::string path = url_.substr(std::string("sqlite:").size());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

TEST_P(PostgresStoreTest, ReconnectsOnceAfterThePostgresConnectionsWereKilled) {
  ASSERT_OK(store_->Ping());
  PostgresAdminExec(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
      " WHERE datname = current_database() AND pid <> pg_backend_pid()");
  // Every pooled connection is dead now; each is repaired on its next use.
  for (int i = 0; i < 6; ++i) {
    domain::Person p = test::APerson();
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertPerson(p); }));
  }
  EXPECT_OK(store_->Ping());
}

// Two transactions lock two rounds in opposite orders (against the documented lock order, on
// purpose): PostgreSQL aborts one as a deadlock victim. That one answers Unavailable ("try
// again") even though its callback turned the failed call into NotFound; the other commits.
TEST_P(PostgresStoreTest, ADeadlockVictimIsUnavailableWhateverTheCallbackMadeOfIt) {
  domain::Program program = AddProgram(test::AProgram(AddOrganisation().id));
  domain::Person coordinator = AddPerson();
  domain::MatchRound r1 = test::AMatchRound(program, coordinator.id);
  domain::MatchRound r2 = test::AMatchRound(program, coordinator.id);
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.InsertRound(r1));
    return tx.InsertRound(r2);
  }));
  std::atomic<int> holding{0};
  auto cross = [&](const domain::MatchRound& first, const domain::MatchRound& second) {
    return Write([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockRound(first.organisation_id, first.id));
      ++holding;
      while (holding < 2) std::this_thread::yield();
      if (!tx.LockRound(second.organisation_id, second.id).ok())
        return NotFound("No such match round.");  // what a use case might make of it
      return Status::Ok();
    });
  };
  Status s1, s2;
  std::thread t1([&] { s1 = cross(r1, r2); });
  std::thread t2([&] { s2 = cross(r2, r1); });
  t1.join();
  t2.join();
  EXPECT_EQ(s1.ok() + s2.ok(), 1) << s1.ToString() << " / " << s2.ToString();
  for (const Status& s : {s1, s2})
    if (!s.ok()) EXPECT_CODE(s, StatusCode::kUnavailable);
}

TEST_P(PostgresStoreTest, UnavailableWhilePostgresRefusesConnectionsThenRecovers) {
  ASSERT_OK(store_->Ping());
  PostgresServerExec("ALTER DATABASE {db} ALLOW_CONNECTIONS false");
  PostgresServerExec(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
      " WHERE datname = '{db}' AND usename = current_user AND pid <> pg_backend_pid()");
  domain::Person p = test::APerson();
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertPerson(p); }), StatusCode::kUnavailable);
  EXPECT_CODE(store_->Ping(), StatusCode::kUnavailable);  // the same session, now without backend
  PostgresServerExec("ALTER DATABASE {db} ALLOW_CONNECTIONS true");
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertPerson(p); }));
  EXPECT_TRUE(PersonExists(p.id));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, SqliteStoreTest, ::testing::Values(std::string("sqlite")),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(Postgres, PostgresStoreTest, ::testing::Values(std::string("postgres")),
                         BackendName);

// Opening: URL forms and failures (no database needed for most).

TEST(OpenStoreTest, RejectsUnknownUrlsAndBadPoolSizes) {
  EXPECT_CODE(store::OpenStore("mysql://localhost/x", 1), StatusCode::kInvalidArgument);
  EXPECT_CODE(store::OpenStore("sqlite::memory:", 0), StatusCode::kInvalidArgument);
  EXPECT_CODE(store::OpenStore("sqlite:", 1), StatusCode::kInvalidArgument);
}

TEST(OpenStoreTest, InMemorySqliteUsesOneConnectionAndKeepsData) {
  auto opened = store::OpenStore("sqlite::memory:", 8);
  ASSERT_OK(opened);
  auto& store = **opened;
  domain::Person p = test::APerson();
  ASSERT_OK(store.Transact([&](app::Tx& tx) { return tx.InsertPerson(p); }));
  // With several connections each would see its own empty database.
  EXPECT_OK(store.Transact([&](app::Tx& tx) { return tx.GetPerson(p.id).status(); }));
}

TEST(OpenStoreTest, AnUnopenableSqliteFileIsUnavailable) {
  EXPECT_CODE(store::OpenStore("sqlite:/nonexistent-folder/tandem.db", 1),
              StatusCode::kUnavailable);
}

TEST(OpenStoreTest, AnUnreachablePostgresIsUnavailable) {
  auto opened =
      store::OpenStore("postgresql://host=127.0.0.1 port=1 dbname=x user=x connect_timeout=2", 1);
  EXPECT_CODE(opened, StatusCode::kUnavailable) << opened.status().ToString();
}

TEST(OpenStoreTest, PostgresUrlsInKeywordAndUriForm) {
  auto keyword = store::PostgresConnInfo("postgresql://host=db.internal port=5433 dbname=t user=u");
  ASSERT_OK(keyword);
  for (const char* part : {"host='db.internal'", "port='5433'", "dbname='t'", "user='u'"})
    EXPECT_NE(keyword->find(part), std::string::npos) << *keyword;

  auto uri = store::PostgresConnInfo("postgres://u:p%27w@db.internal:5433/t?sslmode=disable");
  ASSERT_OK(uri);
  for (const char* part : {"host='db.internal'", "port='5433'", "dbname='t'", "user='u'",
                           "password='p\\'w'", "sslmode='disable'"})
    EXPECT_NE(uri->find(part), std::string::npos) << *uri;

  EXPECT_CODE(store::PostgresConnInfo("postgresql://host='unterminated"),
              StatusCode::kInvalidArgument);
  EXPECT_CODE(store::PostgresConnInfo("sqlite:x"), StatusCode::kInvalidArgument);
}

TEST(OpenStoreTest, PostgresUriFormConnects) {
  if (!RequirePostgres()) return;
  std::optional<std::string> url = PostgresUrl();
  // Rebuild the run's database URL in URI form from its keyword form.
  auto conninfo = store::PostgresConnInfo(*url);
  ASSERT_OK(conninfo);
  auto value = [&](const std::string& key) {
    size_t at = conninfo->find(key + "='");
    if (at == std::string::npos) return std::string();
    at += key.size() + 2;
    return conninfo->substr(at, conninfo->find('\'', at) - at);
  };
  std::string uri = "postgres://" + value("user") + "@" + value("host") + ":" + value("port") +
                    "/" + value("dbname");
  auto opened = store::OpenStore(uri, 1, MigrationPolicy::kSkip);
  ASSERT_OK(opened) << uri << ": " << opened.status().ToString();
  EXPECT_OK((*opened)->Ping());
}

}  // namespace
}  // namespace tandem::store_test
