// End to end: a match round over N mentees and N/5 mentors whose profiles are in a SQLite
// file — loading participants, scoring, top-K candidates, the exact solver, explanations and
// storing the proposals. `make bench`; the target is 10,000 mentees in at most 3 s.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <random>

#include "app/match_cache.h"
#include "app/match_rounds.h"
#include "app/organisations.h"
#include "app/recommendations.h"
#include "base/ids.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem {
namespace {

const char* kSkills[] = {"SQL",      "Python",     "Writing",    "Public speaking", "Statistics",
                         "Design",   "Marketing",  "Leadership", "Negotiation",     "JavaScript",
                         "Research", "Accounting", "Biology",    "Chemistry",       "Interviewing"};
const char* kInterests[] = {"Robotics", "Music",  "Chess",  "Health",   "Finance",     "Art",
                            "Sports",   "Travel", "Gaming", "Startups", "Environment", "Law"};
const char* kWords[] = {"data",     "analyst", "nurse",     "engineer", "college",
                        "career",   "product", "manager",   "teacher",  "startup",
                        "research", "design",  "community", "finance",  "health",
                        "software", "writing", "law",       "business", "science"};
const char* kZones[] = {"America/New_York", "America/Chicago", "America/Denver",
                        "America/Los_Angeles"};

domain::Profile RandomProfile(std::mt19937_64& rng, bool mentor) {
  auto pick = [&](auto& arr) { return std::string(arr[rng() % std::size(arr)]); };
  domain::Profile p;
  p.headline = pick(kWords) + " " + pick(kWords);
  p.bio = "I care about " + pick(kWords) + " and " + pick(kWords) + ".";
  for (int i = 0; i < 3; ++i) {
    if (mentor)
      p.skills_teach.push_back({pick(kSkills), 2 + static_cast<int>(rng() % 4)});
    else {
      int cur = 1 + static_cast<int>(rng() % 3);
      p.skills_learn.push_back({pick(kSkills), cur, cur + 1 + static_cast<int>(rng() % 2)});
    }
  }
  for (int i = 0; i < 3; ++i) p.interests.push_back(pick(kInterests));
  p.goals = {{"Grow in " + pick(kWords) + " and " + pick(kWords), {pick(kWords)}}};
  p.languages = {"en"};
  if (rng() % 3 == 0) p.languages.push_back("es");
  p.time_zone = pick(kZones);
  p.availability_hours_per_month = 2 + static_cast<int>(rng() % 8);
  p.mentor = {mentor ? 1 + static_cast<int>(rng() % 5) : 0, true};
  p.updated_at = 1;
  return domain::NormalizeProfile(p);
}

struct Fixture {
  std::unique_ptr<store::SociStore> store;
  security::SodiumHasher hasher{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens;
  SystemClock clock;
  std::unique_ptr<app::Context> ctx;
  std::string org_id, program_id;
  std::string first_mentee_id;
};

std::unique_ptr<Fixture> Build(int mentees, const std::filesystem::path& db) {
  auto f = std::make_unique<Fixture>();
  std::filesystem::remove(db);
  f->store = std::move(store::OpenStore("sqlite:" + db.string(), 2)).value();
  (void)f->store->Migrate();
  f->ctx = std::make_unique<app::Context>(app::Context{*f->store, f->hasher, f->tokens, f->clock});
  std::mt19937_64 rng(42);
  Status st = f->store->Transact([&](app::Tx& tx) -> Status {
    domain::Organisation org{NewId(), "Bench School", "bench", domain::OrganisationKind::kSchool,
                             1};
    RETURN_IF_ERROR(app::InsertOrganisationWithDefaults(tx, org));
    domain::Program program;
    program.id = NewId();
    program.organisation_id = org.id;
    program.name = "Bench Program";
    program.audience = domain::Audience::kAdult;
    RETURN_IF_ERROR(tx.InsertProgram(program));
    f->org_id = org.id;
    f->program_id = program.id;
    int mentors = mentees / 5;
    for (int i = 0; i < mentees + mentors; ++i) {
      bool mentor = i >= mentees;
      domain::Person p{NewId(),
                       "p" + std::to_string(i) + "@bench.example",
                       "Person " + std::to_string(i),
                       "",
                       "en",
                       false,
                       1};
      RETURN_IF_ERROR(tx.InsertPerson(p));
      if (i == 0) f->first_mentee_id = p.id;
      RETURN_IF_ERROR(
          tx.SetRoles(org.id, p.id, {mentor ? domain::Role::kMentor : domain::Role::kMentee}));
      domain::Profile profile = RandomProfile(rng, mentor);
      profile.person_id = p.id;
      RETURN_IF_ERROR(tx.PutProfile(profile));
      domain::Enrollment e;
      e.id = NewId();
      e.organisation_id = org.id;
      e.program_id = program.id;
      e.person_id = p.id;
      e.role = mentor ? domain::ProgramRole::kMentor : domain::ProgramRole::kMentee;
      e.status = domain::EnrollmentStatus::kActive;
      e.created_at = 1;
      RETURN_IF_ERROR(tx.InsertEnrollment(e));
    }
    return Status::Ok();
  });
  if (!st.ok()) {
    fprintf(stderr, "bench setup failed: %s\n", st.ToString().c_str());
    std::abort();
  }
  return f;
}

void BM_MatchRound(benchmark::State& state) {
  const int mentees = static_cast<int>(state.range(0));
  auto db = std::filesystem::temp_directory_path() / "tandem_match_round_bench.db";
  auto f = Build(mentees, db);
  app::Caller system;
  system.is_system = true;
  int matched = 0, total = 0;
  for (auto _ : state) {
    auto round = app::RunMatchRound(*f->ctx, system, f->org_id, f->program_id, {});
    if (!round.ok()) {
      state.SkipWithError(round.status().ToString().c_str());
      break;
    }
    matched = round->round.matched;
    total = round->round.total_score;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  state.counters["matched"] = matched;
  state.counters["total_score"] = total;
  state.counters["peak_rss_mb"] = ru.ru_maxrss / 1024.0;
  f.reset();
  std::filesystem::remove(db);
  std::filesystem::remove(db.string() + "-wal");
  std::filesystem::remove(db.string() + "-shm");
}
BENCHMARK(BM_MatchRound)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

// One mentee's recommendations (the top 20 with explanations) in a program of N mentees and N/5
// mentors: with the prepared match data reused (app/match_cache.h; arg 1 = cached) against
// rebuilding it on every request (arg 0, what every request did before the cache), in the same
// run. The cached figure includes the version check (one indexed read).
void BM_Recommendations(benchmark::State& state) {
  const int mentees = static_cast<int>(state.range(0));
  const bool cached = state.range(1) != 0;
  auto db = std::filesystem::temp_directory_path() / "tandem_recommendations_bench.db";
  auto f = Build(mentees, db);
  app::MatchCache cache(4);
  if (cached) f->ctx->match_cache = &cache;
  f->ctx->charge_request_budgets = false;
  app::Caller mentee{f->first_mentee_id};
  size_t shown = 0;
  // The cache is filled before timing: the build is what arg 0 measures.
  if (cached) (void)app::RecommendMentors(*f->ctx, mentee, f->org_id, f->program_id, {});
  for (auto _ : state) {
    auto recs = app::RecommendMentors(*f->ctx, mentee, f->org_id, f->program_id, {});
    if (!recs.ok()) {
      state.SkipWithError(recs.status().ToString().c_str());
      break;
    }
    shown = recs->items.size();
  }
  state.counters["shown"] = static_cast<double>(shown);
  state.counters["builds"] = static_cast<double>(cache.stats().builds);
  f.reset();
  std::filesystem::remove(db);
  std::filesystem::remove(db.string() + "-wal");
  std::filesystem::remove(db.string() + "-shm");
}
BENCHMARK(BM_Recommendations)
    ->Args({1000, 0})
    ->Args({1000, 1})
    ->Args({10000, 0})
    ->Args({10000, 1})
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

}  // namespace
}  // namespace tandem

BENCHMARK_MAIN();
