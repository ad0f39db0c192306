#include "demo/agreements_seeder.h"

#include <string>

#include "app/agreements.h"
#include "app/plans.h"
#include "demo/active_pairs.h"
#include "demo/data_agreements.h"
#include "demo/shifted_clock.h"

namespace tandem::demo {
namespace {

constexpr size_t kPairsWithPlans = 4;

class AgreementsSeeder {
 public:
  AgreementsSeeder(const app::Context& ctx, const Cast& cast)
      : clock_(ctx.clock), ctx_(WithClock(ctx, clock_)), cast_(cast) {}

  Status Run() {
    const app::Caller coordinator{cast_.northwind_coordinator.id};
    const std::string& org = cast_.northwind.id;
    const std::string& program = cast_.circles.id;

    clock_.Back(25 * kDay);
    domain::ProgramNorms norms;
    norms.expectations = std::string(kCirclesExpectations);
    norms.meeting_frequency = std::string(kCirclesMeetingFrequency);
    norms.confidentiality = std::string(kCirclesConfidentiality);
    norms.ending = std::string(kCirclesEnding);
    norms.meeting_cadence_days = kCirclesCadenceDays;
    RETURN_IF_ERROR(app::SaveProgramNorms(ctx_, coordinator, org, program, norms).status());
    RETURN_IF_ERROR(app::SavePlanTemplate(ctx_, coordinator, org, program, Template(), 0).status());

    clock_.Back(20 * kDay);
    ASSIGN_OR_RETURN(
        domain::AgreementVersion v1,
        app::PublishAgreement(ctx_, coordinator, org, program, std::string(kCirclesAgreement)));

    ASSIGN_OR_RETURN(auto pairs, ActivePairs(ctx_, org, program, SIZE_MAX));
    size_t planned = 0;
    for (size_t i = 0; i < pairs.size(); ++i) {
      const domain::Relationship& r = pairs[i];
      const app::Caller mentee{r.mentee_id}, mentor{r.mentor_id};
      if (i % 4 == 3) continue;  // neither has accepted yet
      clock_.Back((19 - static_cast<Millis>(i % 5)) * kDay);
      RETURN_IF_ERROR(app::AcceptAgreement(ctx_, mentee, org, r.id, v1.version).status());
      if (i % 4 == 2) continue;  // waiting for the mentor
      clock_.Back((18 - static_cast<Millis>(i % 5)) * kDay);
      RETURN_IF_ERROR(app::AcceptAgreement(ctx_, mentor, org, r.id, v1.version).status());
      if (planned < kPairsWithPlans) RETURN_IF_ERROR(Plan(r, planned++));
    }
    return Status::Ok();
  }

 private:
  static domain::PlanTemplate Template() {
    domain::PlanTemplate t;
    t.time_zone = "America/Chicago";
    domain::TemplateGoal g;
    g.title = std::string(kTemplateGoal.title);
    g.description = std::string(kTemplateGoal.description);
    g.due_week = 6;
    g.milestones.push_back(
        {std::string(kTemplateGoal.first_milestone), "", domain::Side::kMentee, 2});
    g.milestones.push_back(
        {std::string(kTemplateGoal.second_milestone), "", domain::Side::kMentor, 6});
    t.goals.push_back(std::move(g));
    return t;
  }

  // The pair's own goal, written by the mentee after the agreement, then moved on: pair 0 has
  // its first milestone done, pair 1 both in progress, pair 2 the whole goal done, pair 3
  // nothing yet.
  Status Plan(const domain::Relationship& r, size_t k) {
    const app::Caller mentee{r.mentee_id}, mentor{r.mentor_id};
    const DemoGoal& row = kPairGoals[k % kPairGoals.size()];
    clock_.Back(15 * kDay);
    domain::PlanGoal goal;
    goal.title = std::string(row.title);
    goal.description = std::string(row.description);
    goal.owner = domain::Side::kMentee;
    goal.due_date = DateIn(60 * kDay);
    goal.milestones.push_back({"", std::string(row.first_milestone), "", domain::Side::kMentee,
                               DateIn(14 * kDay), domain::PlanStatus::kNotStarted});
    goal.milestones.push_back({"", std::string(row.second_milestone), "", domain::Side::kMentee,
                               DateIn(40 * kDay), domain::PlanStatus::kNotStarted});
    ASSIGN_OR_RETURN(domain::PlanGoal saved,
                     app::AddPlanGoal(ctx_, mentee, r.organisation_id, r.id, goal));
    if (k % 4 == 3) return Status::Ok();
    clock_.Back(6 * kDay);
    const int version = saved.version;
    switch (k % 4) {
      case 0:
        saved.milestones[0].status = domain::PlanStatus::kDone;
        saved.status = domain::PlanStatus::kInProgress;
        break;
      case 1:
        saved.milestones[0].status = domain::PlanStatus::kInProgress;
        saved.milestones[1].status = domain::PlanStatus::kInProgress;
        saved.status = domain::PlanStatus::kInProgress;
        break;
      default:
        for (auto& m : saved.milestones) m.status = domain::PlanStatus::kDone;
        saved.status = domain::PlanStatus::kDone;
        break;
    }
    // The mentor updates it: progress is shared.
    return app::UpdatePlanGoal(ctx_, mentor, r.organisation_id, r.id, saved.id, saved, version)
        .status();
  }

  // "YYYY-MM-DD" of the seed clock's now plus `ahead`, in UTC.
  std::string DateIn(Millis ahead) const {
    return FormatRfc3339(clock_.Now() + ahead).substr(0, 10);
  }

  ShiftedClock clock_;
  const app::Context ctx_;
  const Cast& cast_;
};

}  // namespace

Status SeedCirclesAgreements(const app::Context& ctx, const Cast& cast, SeedSummary& summary) {
  (void)summary;  // agreements and plans are not part of the summary `tandem seed` prints
  return AgreementsSeeder(ctx, cast).Run();
}

}  // namespace tandem::demo
