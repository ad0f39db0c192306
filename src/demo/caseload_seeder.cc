#include "demo/caseload_seeder.h"

#include <string>

#include "app/care.h"
#include "app/messages.h"
#include "app/pulse_surveys.h"
#include "base/ids.h"
#include "demo/active_pairs.h"
#include "demo/data_caseload.h"
#include "demo/shifted_clock.h"
#include "domain/checkin.h"
#include "domain/meeting.h"

namespace tandem::demo {
namespace {

class CaseloadSeeder {
 public:
  CaseloadSeeder(const app::Context& ctx, const Cast& cast)
      : base_(ctx), clock_(ctx.clock), ctx_(WithClock(ctx, clock_)), cast_(cast) {}

  Status Run() {
    const auto histories = CaseloadHistories();
    ASSIGN_OR_RETURN(auto pairs,
                     ActivePairs(ctx_, cast_.northwind.id, cast_.circles.id, histories.size()));
    const app::Caller coordinator{cast_.northwind_coordinator.id};
    const Millis now = base_.clock.Now();
    for (size_t i = 0; i < pairs.size(); ++i) {
      const domain::Relationship& r = pairs[i];
      const CaseloadHistory& h = histories[i];
      // Managed by the demo coordinator, active for four months (the pulse schedule's day 0).
      RETURN_IF_ERROR(app::AssignRelationshipManager(base_, coordinator, r.organisation_id, r.id,
                                                     coordinator.person_id)
                          .status());
      RETURN_IF_ERROR(base_.store.Transact([&](app::Tx& tx) -> Status {
        ASSIGN_OR_RETURN(auto a, tx.FindManagerAssignment(r.organisation_id, r.id));
        if (!a) return Internal("the demo pair has no manager row");
        a->active_since = now - kCaseloadActiveDays * kDay;
        RETURN_IF_ERROR(tx.SaveManagerAssignment(*a));
        // A meeting the pair logged as held (there is no use case for the past).
        if (h.met_days_ago >= 0) RETURN_IF_ERROR(tx.InsertMeeting(Held(r, now, h.met_days_ago)));
        return Status::Ok();
      }));
      if (h.message_days_ago >= 0) {
        // The mentor's last message in the pair's thread (the mentees answer in the app).
        clock_.Back(h.message_days_ago * kDay + 3 * kHour);
        RETURN_IF_ERROR(app::SendMessage(ctx_, app::Caller{r.mentor_id}, r.organisation_id, r.id,
                                         std::string(kCaseloadMessage))
                            .status());
      }
      if (h.checkin_days_ago >= 0) {
        clock_.Back(h.checkin_days_ago * kDay);
        app::CheckinInput in;
        in.with = domain::CheckinWith::kBoth;
        in.held_on = domain::UtcDate(clock_.Now());
        in.notes = std::string(h.checkin_notes);
        RETURN_IF_ERROR(app::LogCheckin(ctx_, coordinator, r.organisation_id, r.id, in).status());
      }
    }
    // The surveys due now (day 90) go to every pair; some mentees have answered.
    RETURN_IF_ERROR(app::SendDuePulseSurveys(base_).status());
    for (size_t i = 0; i < pairs.size(); ++i) {
      const CaseloadHistory& h = histories[i];
      if (h.mentee_pulse == 0) continue;
      const app::Caller mentee{pairs[i].mentee_id};
      ASSIGN_OR_RETURN(auto open, app::ListMyPulseSurveys(base_, mentee));
      for (const app::PulseSurveyRow& s : open) {
        if (s.survey.relationship_id != pairs[i].id) continue;
        RETURN_IF_ERROR(
            app::AnswerPulseSurvey(base_, mentee, s.survey.organisation_id, s.survey.id,
                                   {h.mentee_pulse, h.mentee_met, std::string(h.mentee_comment)})
                .status());
      }
    }
    return Status::Ok();
  }

 private:
  static domain::Meeting Held(const domain::Relationship& r, Millis now, int days_ago) {
    domain::Meeting m;
    m.id = NewId();
    m.organisation_id = r.organisation_id;
    m.relationship_id = r.id;
    m.details.start_at = (now / kDay - days_ago) * kDay + 17 * kHour;
    m.details.duration_minutes = 45;
    m.details.mode = domain::MeetingMode::kInPerson;
    m.details.location = "Northwind office, meeting room 3";
    m.details.agenda = "Progress on the plan";
    m.details.time_zone = "Europe/London";
    m.status = domain::MeetingStatus::kHeld;
    m.proposer = domain::MeetingProposer::kMentor;
    m.shared_notes = "Went through the plan's next milestone.";
    m.created_at = m.details.start_at - 3 * kDay;
    m.updated_at = m.details.start_at + kHour;
    return m;
  }

  const app::Context& base_;
  ShiftedClock clock_;
  const app::Context ctx_;
  const Cast& cast_;
};

}  // namespace

Status SeedCaseload(const app::Context& ctx, const Cast& cast, SeedSummary& summary) {
  (void)summary;  // care records are not part of the summary `tandem seed` prints
  return CaseloadSeeder(ctx, cast).Run();
}

}  // namespace tandem::demo
