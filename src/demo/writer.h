// DemoWriter: what the base seeders share while they write the organisations, programs,
// people, profiles, enrollments and invitations of the demo in one transaction. It holds the
// transaction, the random streams, the time of the run, the Cast made so far, the summary being
// counted and the names and e-mails already taken, and offers the building blocks that write
// one record each (a person, a profile, an enrollment with its clearance in the audit log).
//
// Why Tx and not the use cases: the base demo is all or nothing (a failed seed leaves an empty
// database, so `make demo` can simply start again), and use cases each take their own
// transaction; about 260 people with profiles and enrollments also go in one transaction in a
// fraction of a second, where a use case per record would hash, authorise and commit each.
// The records are checked as the use cases would: profiles with domain::ValidateProfile,
// programs with domain::ValidateProgram, clearances recorded through app::RecordAudit.
//
// One DemoWriter per run, used inside its transaction only; not thread-safe.
#ifndef TANDEM_DEMO_WRITER_H_
#define TANDEM_DEMO_WRITER_H_

#include <cstdint>
#include <set>
#include <string>

#include "app/context.h"
#include "demo/cast.h"
#include "demo/random.h"
#include "demo/seed_summary.h"
#include "domain/profile.h"
#include "domain/program.h"

namespace tandem::demo {

class DemoWriter {
 public:
  // password_hash: kDemoPassword hashed once, shared by every account. Time starts at
  // ctx.clock.Now().
  DemoWriter(const app::Context& ctx, app::Tx& tx, uint64_t seed, std::string password_hash);

  app::Tx& tx() { return tx_; }
  const app::Context& ctx() const { return ctx_; }
  // The main random stream: every base seeder draws from it, in seed_demo.cc's order.
  DemoRandom& rng() { return rng_; }
  // A second stream, for mentor gender preferences only: added later, it changed no other
  // answer of the demo.
  DemoRandom& preference_rng() { return preference_rng_; }
  Millis now() const { return now_; }
  Cast& cast() { return cast_; }
  SeedSummary& summary() { return summary_; }
  std::set<std::string>& used_names() { return used_names_; }
  std::set<std::string>& used_emails() { return used_emails_; }

  // A random moment between lo and hi days (and up to 12 hours more) before now.
  Millis DaysAgo(int lo, int hi);

  // Inserts a person with the demo password. Counts people.
  Result<domain::Person> AddPerson(const std::string& email, const std::string& name,
                                   std::string locale, Millis created_at,
                                   bool platform_admin = false);

  // Normalises and stores the person's profile, updated a day after they joined. Internal when
  // it does not validate (a bug in a seeder, named by person). Counts profiles.
  Status AddProfile(const domain::Person& person, domain::Profile profile);

  // Inserts an enrollment made 1 to 45 days ago (not before the person joined) and, for a
  // cleared or trained mentor, the coordinator's clearance in the audit log. Counts enrollments
  // (and pending ones).
  Status Enroll(const domain::Program& program, const domain::Person& person,
                domain::ProgramRole role, domain::EnrollmentStatus status,
                domain::EnrollmentSource source, std::string message = "", bool screened = false,
                bool trained = false);

 private:
  Status RecordClearance(const domain::Program& program, const domain::Enrollment& e);

  const app::Context& ctx_;
  app::Tx& tx_;
  DemoRandom rng_;
  DemoRandom preference_rng_;
  const std::string hash_;
  const Millis now_;
  Cast cast_;
  SeedSummary summary_;
  std::set<std::string> used_names_;
  std::set<std::string> used_emails_;
};

// What the base seeders made, once their transaction has committed.
struct BaseRun {
  Cast cast;
  SeedSummary summary;
};

// A base seeder: writes one area of the demo through the writer (seed_demo.h).
using BaseSeeder = Status (*)(DemoWriter&);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_WRITER_H_
