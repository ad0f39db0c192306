// The relationship manager's caseload (issue 10, point 7; target: a caseload of 500 pairs, each
// with a year of history, in at most 50 ms): app::GetCaseload end to end — the authorisation,
// the one caseload query, the health formula for every pair, the sort by urgency and the first
// page of 50.
//
// History per pair: a meeting held every 14 days (26), a check-in a month with a follow-up
// (12 + 12), a plan of 3 goals with 4 milestones each, and a pulse survey to each side every 60
// days, answered (12). SQLite runs on a file database in a temporary folder (WAL,
// synchronous=FULL, as deployed); PostgreSQL runs when TANDEM_TEST_PG is set, in a throwaway
// database created through it.
//   build/bench/caseload_benchmark [--benchmark_filter=Sqlite]
// Not a test: no timing is asserted anywhere.
#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "app/caseload.h"
#include "base/ids.h"
#include "builders.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem {
namespace {

constexpr int kPairs = 500;
constexpr Millis kYear = 365 * kDay;

void Check(const Status& s, const char* what) {
  if (s.ok()) return;
  std::fprintf(stderr, "%s: %s\n", what, s.ToString().c_str());
  std::abort();
}

struct Seeded {
  std::unique_ptr<store::SociStore> store;
  security::SodiumHasher hasher{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens;
  FakeClock clock{1795631400000};  // 2026-11-25T18:30:00Z
  std::unique_ptr<app::Context> ctx;
  std::string org_id;
  app::Caller manager;
};

Status SeedPair(app::Tx& tx, const domain::Program& program, const std::string& manager, Millis now,
                int n) {
  domain::Person mentee = test::APerson(), mentor = test::APerson();
  RETURN_IF_ERROR(tx.InsertPerson(mentee));
  RETURN_IF_ERROR(tx.InsertPerson(mentor));
  const Millis start = now - kYear;
  domain::Relationship r = test::ARelationship(program, mentee.id, mentor.id)
                               .Status(domain::RelationshipStatus::kActive);
  r.created_at = r.updated_at = start;
  RETURN_IF_ERROR(tx.InsertRelationship(r));
  RETURN_IF_ERROR(
      tx.SaveManagerAssignment({program.organisation_id, r.id, manager, "", start, start}));
  // Pairs stall at different points of the year, so every status occurs.
  const int stop_days = (n % 5) * 5;
  for (int d = 7; d < 365 - stop_days; d += 14) {
    domain::Meeting m;
    m.id = NewId();
    m.organisation_id = r.organisation_id;
    m.relationship_id = r.id;
    m.details = {start + d * kDay,         45,     domain::MeetingMode::kOnline,
                 "https://meet.example/x", "Plan", "UTC"};
    m.status = domain::MeetingStatus::kHeld;
    m.proposer = domain::MeetingProposer::kMentee;
    m.created_at = m.updated_at = m.details.start_at;
    RETURN_IF_ERROR(tx.InsertMeeting(m));
  }
  for (int month = 0; month < 12; ++month) {
    const Millis at = start + (month * 30 + 10) * kDay;
    domain::Checkin c{NewId(),
                      r.organisation_id,
                      r.id,
                      domain::CheckinWith::kBoth,
                      domain::UtcDate(at),
                      "Monthly call.",
                      manager,
                      at,
                      {}};
    c.follow_ups.push_back({NewId(), "Send a resource", domain::UtcDate(at + 30 * kDay), 0, ""});
    RETURN_IF_ERROR(tx.InsertCheckin(c));
    if (month < 11)
      RETURN_IF_ERROR(
          tx.MarkFollowUpDone(r.organisation_id, r.id, c.follow_ups[0].id, manager, at + kDay));
  }
  for (int g = 0; g < 3; ++g) {
    domain::PlanGoal goal;
    goal.id = NewId();
    goal.organisation_id = r.organisation_id;
    goal.relationship_id = r.id;
    goal.position = g + 1;
    goal.title = "Goal " + std::to_string(g);
    goal.created_at = goal.updated_at = start;
    for (int k = 0; k < 4; ++k)
      // Done, except each goal's last, due next year (overdue for one pair in seven).
      goal.milestones.push_back(
          {NewId(), "Milestone", "", domain::Side::kMentee,
           domain::UtcDate(start + (k < 3 || n % 7 == 0 ? g * 120 + k * 30 : 400) * kDay),
           k < 3 ? domain::PlanStatus::kDone : domain::PlanStatus::kInProgress});
    RETURN_IF_ERROR(tx.InsertPlanGoal(goal));
  }
  for (int day = 30; day < 365; day += 60) {
    for (const std::string& who : {mentee.id, mentor.id}) {
      domain::PulseSurvey s{
          NewId(),           r.organisation_id, r.id, who, domain::UtcDate(start + day * kDay),
          start + day * kDay};
      RETURN_IF_ERROR(tx.ClaimPulseSurvey(s).status());
      RETURN_IF_ERROR(tx.SavePulseAnswer(r.organisation_id, s.id,
                                         {n % 10 == 0 ? 2 : 4 + n % 2, true, ""}, s.sent_at + kDay)
                          .status());
    }
  }
  return Status::Ok();
}

Seeded* Seed(const std::string& url) {
  auto opened = store::OpenStore(url, 2);
  Check(opened.status(), "open");
  auto* out = new Seeded;
  out->store = std::move(opened).value();
  Check(out->store->Migrate(), "migrate");
  out->ctx = std::make_unique<app::Context>(
      app::Context{*out->store, out->hasher, out->tokens, out->clock});
  domain::Organisation org = test::AnOrganisation();
  domain::Person manager = test::APerson();
  domain::Program program = test::AProgram(org.id);
  out->org_id = org.id;
  out->manager.person_id = manager.id;
  Check(out->store->Transact([&](app::Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.InsertOrganisation(org));
    RETURN_IF_ERROR(tx.InsertPerson(manager));
    RETURN_IF_ERROR(tx.SetRoles(org.id, manager.id, {domain::Role::kCoordinator}));
    RETURN_IF_ERROR(tx.InsertProgram(program));
    for (int i = 0; i < kPairs; ++i)
      RETURN_IF_ERROR(SeedPair(tx, program, manager.id, out->clock.Now(), i));
    return Status::Ok();
  }),
        "seed");
  return out;
}

std::filesystem::path sqlite_dir;
std::string postgres_base, postgres_name;

Seeded* SqliteDb() {
  static Seeded* seeded = [] {
    std::string dir = (std::filesystem::temp_directory_path() / "tandem-bench-XXXXXX").string();
    if (!mkdtemp(dir.data())) std::abort();
    sqlite_dir = dir;
    return Seed("sqlite:" + dir + "/bench.db");
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
    postgres_name = "tandem_caseload_bench_" + std::to_string(getpid());
    PGconn* admin = PQconnectdb(postgres_base.c_str());
    PQclear(PQexec(admin, ("CREATE DATABASE " + postgres_name).c_str()));
    PQfinish(admin);
    Seeded* out = Seed("postgresql://" + postgres_base + " dbname='" + postgres_name + "'");
    // Statistics as autovacuum would have them for tables this size (a freshly loaded table
    // has none, and the planner guesses).
    PGconn* db = PQconnectdb((postgres_base + " dbname='" + postgres_name + "'").c_str());
    PQclear(PQexec(db, "ANALYZE"));
    PQfinish(db);
    return out;
  }();
  return seeded;
}

void Cleanup() {
  if (std::getenv("CASELOAD_BENCH_KEEP")) return;  // to look at the databases afterwards
  if (!sqlite_dir.empty()) std::filesystem::remove_all(sqlite_dir);
  if (!postgres_name.empty()) {
    PGconn* admin = PQconnectdb(postgres_base.c_str());
    PQclear(PQexec(admin, ("DROP DATABASE IF EXISTS " + postgres_name + " WITH (FORCE)").c_str()));
    PQfinish(admin);
  }
}

void CaseloadPage(benchmark::State& state, Seeded* (*get)()) {
  Seeded* db = get();
  if (!db) {
    state.SkipWithError("TANDEM_TEST_PG is not set");
    return;
  }
  app::Caseload last;
  for (auto _ : state) {
    auto c = app::GetCaseload(*db->ctx, db->manager, db->org_id, {}, {50, ""});
    Check(c.status(), "GetCaseload");
    last = std::move(*c);
    benchmark::DoNotOptimize(last.page.items.data());
  }
  state.counters["pairs"] = last.on_track + last.needs_checkin + last.at_risk;
  state.counters["at_risk"] = last.at_risk;
  state.counters["needs_checkin"] = last.needs_checkin;
  state.counters["on_track"] = last.on_track;
  if (std::getenv("CASELOAD_BENCH_REASONS"))
    for (const auto& e : last.page.items)
      for (const auto& r : e.health.reasons) std::fprintf(stderr, "%s\n", r.id.c_str());
}

BENCHMARK_CAPTURE(CaseloadPage, Sqlite, &SqliteDb)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(CaseloadPage, Postgres, &PostgresDb)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tandem

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  tandem::Cleanup();
  return 0;
}
