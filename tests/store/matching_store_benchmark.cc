// Benchmarks of the store's bulk matching paths at program scale (10,000 mentees):
// ListParticipants (10 queries, stitched in memory) and ReplaceProposals (batched inserts).
//
// SQLite runs on a file database in a temporary folder (WAL, synchronous=FULL, as deployed).
// PostgreSQL runs when TANDEM_TEST_PG is set, in a throwaway database created through it.
//   build/tests/store/matching_store_benchmark [--benchmark_filter=Sqlite]
// Not a test: no timing is asserted anywhere.
#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "builders.h"
#include "store/open_store.h"

namespace tandem {
namespace {

struct Seeded {
  std::unique_ptr<store::SociStore> store;
  domain::Program program;
  domain::MatchRound round;
  std::vector<domain::Proposal> proposals;
};

void Check(const Status& s, const char* what) {
  if (s.ok()) return;
  std::fprintf(stderr, "%s: %s\n", what, s.ToString().c_str());
  std::abort();
}

// A profile of the size matching reads in practice: every list non-empty.
domain::Profile RealisticProfile(const std::string& person_id, int n) {
  std::string s = std::to_string(n % 97);
  return test::AProfile(person_id)
      .SkillsTeach({{"SQL", 1 + n % 5}, {"Skill " + s, 3}, {"Writing", 2}})
      .SkillsLearn({{"Public speaking", 1, 4}, {"Skill " + s, 2, 5}})
      .Interests({"Technology", "Health", "Interest " + s, "Music"})
      .Goals({{"Give a conference talk", {"speaking", "confidence"}},
              {"Change careers into " + s, {"career", "network"}}})
      .Languages({"en", n % 3 ? "es" : "fr"})
      .Background({{"first_generation", n % 2 ? "yes" : "no", domain::Visibility::kMatching},
                   {"gender", "woman", domain::Visibility::kCoordinators}});
}

Seeded Seed(const std::string& url, int mentees, int mentors) {
  auto opened = store::OpenStore(url, 2);
  Check(opened.status(), "open");
  Seeded out;
  out.store = std::move(opened).value();
  domain::Organisation org = test::AnOrganisation();
  domain::Person coordinator = test::APerson();
  out.program = test::AProgram(org.id);
  out.round = test::AMatchRound(out.program, coordinator.id);
  Check(out.store->Transact([&](app::Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.InsertOrganisation(org));
    RETURN_IF_ERROR(tx.InsertPerson(coordinator));
    RETURN_IF_ERROR(tx.InsertProgram(out.program));
    RETURN_IF_ERROR(tx.InsertRound(out.round));
    std::vector<std::string> mentor_ids;
    for (int i = 0; i < mentees + mentors; ++i) {
      bool mentor = i >= mentees;
      domain::Person p = test::APerson();
      RETURN_IF_ERROR(tx.InsertPerson(p));
      RETURN_IF_ERROR(tx.SetRoles(org.id, p.id, {domain::Role::kMentee}));
      RETURN_IF_ERROR(tx.InsertEnrollment(
          test::AnEnrollment(out.program, p.id)
              .Role(mentor ? domain::ProgramRole::kMentor : domain::ProgramRole::kMentee)));
      RETURN_IF_ERROR(tx.PutProfile(RealisticProfile(p.id, i)));
      if (mentor) mentor_ids.push_back(p.id);
    }
    for (int i = 0; i < mentees; ++i)
      out.proposals.push_back(test::AProposal(out.round, "mentee" + std::to_string(i),
                                              mentor_ids[i % mentor_ids.size()]));
    return Status::Ok();
  }),
        "seed");
  return out;
}

// One seeded database per backend, made on first use and removed by main().
std::filesystem::path sqlite_dir;
std::string postgres_base, postgres_name;

Seeded* SqliteDb() {
  static Seeded* seeded = [] {
    std::string dir = (std::filesystem::temp_directory_path() / "tandem-bench-XXXXXX").string();
    if (!mkdtemp(dir.data())) std::abort();
    sqlite_dir = dir;
    return new Seeded(Seed("sqlite:" + dir + "/bench.db", 10'000, 1'000));
  }();
  return seeded;
}

Seeded* PostgresDb() {
  static Seeded* seeded = []() -> Seeded* {
    const char* base = std::getenv("TANDEM_TEST_PG");
    if (!base || !*base) return nullptr;
    auto conninfo = store::PostgresConnInfo(base);
    Check(conninfo.status(), "TANDEM_TEST_PG");
    postgres_base = *conninfo;
    postgres_name = "tandem_bench_" + std::to_string(getpid());
    PGconn* admin = PQconnectdb(postgres_base.c_str());
    PQclear(PQexec(admin, ("CREATE DATABASE " + postgres_name).c_str()));
    PQfinish(admin);
    return new Seeded(
        Seed("postgresql://" + postgres_base + " dbname='" + postgres_name + "'", 10'000, 1'000));
  }();
  return seeded;
}

void Cleanup() {
  if (!sqlite_dir.empty()) std::filesystem::remove_all(sqlite_dir);
  if (!postgres_name.empty()) {
    PGconn* admin = PQconnectdb(postgres_base.c_str());
    PQclear(PQexec(admin, ("DROP DATABASE IF EXISTS " + postgres_name + " WITH (FORCE)").c_str()));
    PQfinish(admin);
  }
}

using Db = Seeded* (*)();

void ListParticipants(benchmark::State& state, Db get) {
  Seeded* db = get();
  if (!db) {
    state.SkipWithError("TANDEM_TEST_PG is not set");
    return;
  }
  size_t count = 0;
  for (auto _ : state) {
    Check(db->store->TransactRead([&](app::Tx& tx) -> Status {
      auto list = tx.ListParticipants(db->program.organisation_id, db->program.id,
                                      domain::ProgramRole::kMentee);
      if (!list.ok()) return list.status();
      count = list->size();
      benchmark::DoNotOptimize(list->data());
      return Status::Ok();
    }),
          "ListParticipants");
  }
  state.counters["participants"] = static_cast<double>(count);
}

void ReplaceProposals(benchmark::State& state, Db get) {
  Seeded* db = get();
  if (!db) {
    state.SkipWithError("TANDEM_TEST_PG is not set");
    return;
  }
  for (auto _ : state) {
    Check(db->store->Transact([&](app::Tx& tx) {
      return tx.ReplaceProposals(db->program.organisation_id, db->round.id, db->proposals);
    }),
          "ReplaceProposals");
  }
  state.counters["rows"] = static_cast<double>(db->proposals.size());
}

BENCHMARK_CAPTURE(ListParticipants, Sqlite10k, &SqliteDb)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ReplaceProposals, Sqlite10k, &SqliteDb)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ListParticipants, Postgres10k, &PostgresDb)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ReplaceProposals, Postgres10k, &PostgresDb)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tandem

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  tandem::Cleanup();
  return 0;
}
