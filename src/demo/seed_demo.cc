#include "demo/seed_demo.h"

#include <string>

#include "demo/accounts_seeder.h"
#include "demo/agreements_seeder.h"
#include "demo/alumni_seeder.h"
#include "demo/caseload_seeder.h"
#include "demo/circles_seeder.h"
#include "demo/cohorts_seeder.h"
#include "demo/employees_seeder.h"
#include "demo/invitations_seeder.h"
#include "demo/meetings_seeder.h"
#include "demo/messages_seeder.h"
#include "demo/organisations_seeder.h"
#include "demo/programs_seeder.h"
#include "demo/requests_seeder.h"
#include "demo/students_seeder.h"
#include "demo/writer.h"

namespace tandem::demo {
namespace {

using UseCaseSeeder = Status (*)(const app::Context&, const Cast&, SeedSummary&);

// In this order: each needs what the ones before it made, and the base seeders share one
// random stream (a new one goes at the end, or every generated person after it changes).
constexpr BaseSeeder kBaseSeeders[] = {
    SeedOrganisations, SeedPrograms,  SeedNamedAccounts, SeedStudents,
    SeedAlumni,        SeedEmployees, SeedInvitations,
};
constexpr UseCaseSeeder kUseCaseSeeders[] = {SeedGrowthCircles,     SeedCareerRequests,
                                             SeedCareerCohorts,     SeedMeetings,
                                             SeedCirclesAgreements, SeedMessages,
                                             SeedCaseload};

Status RequireEmptyDatabase(app::Tx& tx) {
  ASSIGN_OR_RETURN(auto existing, tx.ListOrganisations());
  if (!existing.empty())
    return FailedPrecondition(
        "The database already has organisations; demo data only goes into an empty one.");
  ASSIGN_OR_RETURN(auto admin, tx.FindPersonByEmail("admin@tandem.example"));
  if (admin) return FailedPrecondition("The demo platform admin already exists.");
  return Status::Ok();
}

}  // namespace

Result<SeedSummary> SeedDemo(const app::Context& ctx, uint64_t seed) {
  // Hashed once, outside the transaction: argon2 costs ~30 ms and every account shares it.
  ASSIGN_OR_RETURN(std::string hash, ctx.hasher.Hash(kDemoPassword));
  ASSIGN_OR_RETURN(BaseRun base, app::InTx<BaseRun>(ctx.store, [&](app::Tx& tx) -> Result<BaseRun> {
                     RETURN_IF_ERROR(RequireEmptyDatabase(tx));
                     DemoWriter writer(ctx, tx, seed, hash);
                     for (BaseSeeder run : kBaseSeeders) RETURN_IF_ERROR(run(writer));
                     return BaseRun{writer.cast(), writer.summary()};
                   }));
  // The use cases take their own transactions, so these run after the base is committed.
  for (UseCaseSeeder run : kUseCaseSeeders) RETURN_IF_ERROR(run(ctx, base.cast, base.summary));
  return base.summary;
}

}  // namespace tandem::demo
