#include "store_test_fixture.h"

#include <libpq-fe.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <random>

#include "base/ids.h"
#include "store/migrations.h"

namespace tandem::store_test {
namespace {

const char* Env(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

// The run's PostgreSQL database: created on first use, dropped by StoreTestEnvironment.
class PostgresRun {
 public:
  static PostgresRun& Get() {
    static PostgresRun run;
    return run;
  }

  // Creates the database on first call; aborts the test program if the server refuses.
  const std::string& Url() {
    if (!created_) Create();
    return url_;
  }

  // The run's database, freshly copied from the migrated template: a test's starting point.
  // The first test of a process gets the copy Create() made; a later one (the binary run
  // without ctest) gets a new copy, as the test before it may have written anything.
  const std::string& MigratedUrl() {
    if (created_ && !pristine_) Recreate();
    Url();
    pristine_ = false;
    return url_;
  }

  void Exec(const std::string& sql) {
    Url();
    // A test may have killed every connection to the database, this one included.
    PGresult* probe = PQexec(db_, "SELECT 1");
    PQclear(probe);
    if (PQstatus(db_) != CONNECTION_OK) PQreset(db_);
    Check(db_, sql);
  }

  // On the server's maintenance connection, with every "{db}" replaced by the run's database.
  void ServerExec(std::string sql) {
    Url();
    for (size_t at; (at = sql.find("{db}")) != std::string::npos;) sql.replace(at, 4, name_);
    Check(admin_, sql);
  }

  void Drop() {
    if (!created_) return;
    if (db_) PQfinish(db_);
    db_ = nullptr;
    Check(admin_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    PQfinish(admin_);
    admin_ = nullptr;
    created_ = false;
  }

 private:
  static void Check(PGconn* conn, const std::string& sql) {
    PGresult* r = PQexec(conn, sql.c_str());
    ExecStatusType status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      std::fprintf(stderr, "store tests: PostgreSQL setup failed: %s\n  %s\n", sql.c_str(),
                   PQerrorMessage(conn));
      std::abort();
    }
  }

  static PGconn* Connect(const std::string& conninfo) {
    PGconn* conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
      std::fprintf(stderr, "store tests: cannot connect to TANDEM_TEST_PG: %s\n",
                   PQerrorMessage(conn));
      std::abort();
    }
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    return conn;
  }

  void Create() {
    Result<std::string> conninfo = store::PostgresConnInfo(Env("TANDEM_TEST_PG"));
    if (!conninfo.ok()) {
      std::fprintf(stderr, "store tests: bad TANDEM_TEST_PG: %s\n",
                   conninfo.status().ToString().c_str());
      std::abort();
    }
    conninfo_ = *conninfo;
    name_ = "tandem_conformance_" + std::to_string(getpid()) + "_" + NewId().substr(0, 8);
    admin_ = Connect(conninfo_);
    CopyTemplate();
    created_ = true;
  }

  void Recreate() {
    if (db_) PQfinish(db_);
    db_ = nullptr;
    Check(admin_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    CopyTemplate();
  }

  // CREATE DATABASE from a template that holds every migration: one file copy (about a tenth of
  // a second) instead of migrating each test's database (over a second on PostgreSQL).
  // FILE_COPY, because the default WAL_LOG strategy writes the whole copy to the WAL.
  void CopyTemplate() {
    Check(admin_, "CREATE DATABASE " + name_ + " TEMPLATE " + MigratedTemplate() +
                      " STRATEGY = FILE_COPY");
    db_ = Connect(DbConnInfo(name_));
    url_ = "postgresql://" + DbConnInfo(name_);
    pristine_ = true;
  }

  // libpq keeps the last value of a repeated keyword: this overrides the dbname.
  std::string DbConnInfo(const std::string& db) const { return conninfo_ + " dbname='" + db + "'"; }

  // The migrated template's name. It names a hash of the embedded migrations, so a server that
  // outlives a change of migrations (a developer's) never hands out a stale schema. Built once
  // per server by whichever test process comes first: the others wait on an advisory lock, and
  // the template only appears under its name (a rename) once it is complete.
  std::string MigratedTemplate() {
    if (!template_.empty()) return template_;
    uint64_t hash = 1469598103934665603ULL;  // FNV-1a over every migration's name and text
    for (const store::Migration& m : store::EmbeddedMigrations(store::Dialect::kPostgres))
      for (const char* text : {m.name, "\n", m.sql, "\n"})
        for (const char* c = text; *c; ++c) hash = (hash ^ uint8_t(*c)) * 1099511628211ULL;
    char name[48];
    std::snprintf(name, sizeof name, "tandem_template_%016llx", (unsigned long long)hash);
    Check(admin_, "SELECT pg_advisory_lock(727274)");
    PGresult* found = PQexec(
        admin_, ("SELECT 1 FROM pg_database WHERE datname = '" + std::string(name) + "'").c_str());
    const bool exists = PQresultStatus(found) == PGRES_TUPLES_OK && PQntuples(found) == 1;
    PQclear(found);
    if (!exists) {
      const std::string building = std::string(name) + "_building";
      Check(admin_, "DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
      Check(admin_, "CREATE DATABASE " + building + " STRATEGY = FILE_COPY");
      {
        auto migrated = store::OpenStore("postgresql://" + DbConnInfo(building), 1);
        if (!migrated.ok()) {
          std::fprintf(stderr, "store tests: migrating the template failed: %s\n",
                       migrated.status().ToString().c_str());
          std::abort();
        }
      }
      Check(admin_, "ALTER DATABASE " + building + " RENAME TO " + name);
    }
    Check(admin_, "SELECT pg_advisory_unlock(727274)");
    template_ = name;
    return template_;
  }

  bool created_ = false;
  bool pristine_ = false;  // a copy of the template no test has used yet
  std::string conninfo_;
  std::string template_;
  std::string name_;
  std::string url_;
  PGconn* admin_ = nullptr;  // to TANDEM_TEST_PG's database, for CREATE/DROP DATABASE
  PGconn* db_ = nullptr;     // to the run's database
};

class StoreTestEnvironment : public ::testing::Environment {
 public:
  // Info lines ("applied migration ...") for every test drown the test output.
  void SetUp() override { spdlog::set_level(spdlog::level::warn); }
  void TearDown() override { PostgresRun::Get().Drop(); }
};
[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new StoreTestEnvironment);

std::filesystem::path MakeTempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "tandem-store-XXXXXX").string();
  if (!mkdtemp(pattern.data())) std::abort();
  return pattern;
}

}  // namespace

std::vector<std::string> Backends() { return {"sqlite", "postgres"}; }

bool RequirePostgres() {
  if (Env("TANDEM_TEST_PG")) return true;
  ADD_FAILURE() << "TANDEM_TEST_PG is not set, so the PostgreSQL half of the conformance suite "
                   "cannot run. `make test` starts a server for it; by hand, run "
                   "scripts/start-postgres.sh DIR PORT and export the URL it prints.";
  return false;
}

std::string BackendName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

std::optional<std::string> PostgresUrl() {
  if (!Env("TANDEM_TEST_PG")) return std::nullopt;
  return PostgresRun::Get().Url();
}

void PostgresAdminExec(const std::string& sql) { PostgresRun::Get().Exec(sql); }

void PostgresServerExec(const std::string& sql) { PostgresRun::Get().ServerExec(sql); }

std::string StoreTest::FreshUnmigratedUrl() {
  if (IsPostgres()) {
    PostgresRun::Get().Exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    return PostgresRun::Get().Url();
  }
  if (temp_dir_.empty()) temp_dir_ = MakeTempDir();
  return "sqlite:" + (temp_dir_ / (NewId() + ".db")).string();
}

void StoreTest::ExecSql(const std::string& sql) {
  if (IsPostgres()) return PostgresAdminExec(sql);
  const std::string path = url_.substr(url_.find(':') + 1);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "") << " in: " << sql;
  sqlite3_free(error);
  sqlite3_close(db);
}

void StoreTest::SetUp() {
  // A fatal failure here keeps the test body (which needs store_) from running.
  if (IsPostgres() && !RequirePostgres()) GTEST_FAIL() << "no PostgreSQL for this case";
  if (IsPostgres()) {
    url_ = PostgresRun::Get().MigratedUrl();
  } else {
    url_ = FreshUnmigratedUrl();
  }
  auto opened = store::OpenStore(url_, 4);
  ASSERT_OK(opened);
  store_ = std::move(opened).value();
}

void StoreTest::TearDown() {
  store_.reset();
  if (!temp_dir_.empty()) std::filesystem::remove_all(temp_dir_);
}

Result<std::unique_ptr<store::SociStore>> StoreTest::OpenAgain(int pool_size,
                                                               store::MigrationPolicy policy) {
  return store::OpenStore(url_, pool_size, policy);
}

domain::Person StoreTest::AddPerson(domain::Person p) {
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertPerson(p); }));
  return p;
}

domain::Organisation StoreTest::AddOrganisation(domain::Organisation o) {
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertOrganisation(o); }));
  return o;
}

domain::Program StoreTest::AddProgram(domain::Program p) {
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertProgram(p); }));
  return p;
}

domain::Enrollment StoreTest::AddEnrollment(domain::Enrollment e) {
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertEnrollment(e); }));
  return e;
}

void StoreTest::AddMember(const std::string& org_id, const std::string& person_id,
                          const domain::RoleSet& roles) {
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.SetRoles(org_id, person_id, roles); }));
}

}  // namespace tandem::store_test
