#include "demo/meetings_seeder.h"

#include <string>
#include <utility>
#include <vector>

#include "app/meetings.h"
#include "demo/active_pairs.h"
#include "demo/data_meetings.h"
#include "demo/shifted_clock.h"

namespace tandem::demo {
namespace {

// The demo's pairs meet at 22:00 UTC (16:00 in Chicago in winter, 17:00 in summer).
constexpr Millis kMeetingHourUtc = 22 * kHour;
constexpr char kZone[] = "America/Chicago";

// Midnight UTC of the day of `t`, plus `days`, at the meeting hour.
Millis MeetingDay(Millis t, int days) { return (t / kDay + days) * kDay + kMeetingHourUtc; }

class MeetingsSeeder {
 public:
  MeetingsSeeder(const app::Context& ctx, const Cast& cast)
      : clock_(ctx.clock), ctx_(WithClock(ctx, clock_)), cast_(cast) {}

  Status Run() {
    ASSIGN_OR_RETURN(auto pairs, ActivePairs(ctx_, cast_.lincoln.id, cast_.career.id, 1));
    ASSIGN_OR_RETURN(auto circles, ActivePairs(ctx_, cast_.northwind.id, cast_.circles.id, 2));
    pairs.insert(pairs.end(), circles.begin(), circles.end());
    for (size_t i = 0; i < pairs.size(); ++i) RETURN_IF_ERROR(Meet(pairs[i], i));
    return Status::Ok();
  }

 private:
  domain::MeetingDetails Details(Millis start, size_t i, std::string_view agenda) const {
    domain::MeetingDetails d;
    d.start_at = start;
    d.duration_minutes = 45;
    d.mode = domain::MeetingMode::kOnline;
    d.location = std::string(kMeetingLinkBase) + std::to_string(i + 1);
    d.agenda = std::string(agenda);
    d.time_zone = kZone;
    return d;
  }

  Status Meet(const domain::Relationship& r, size_t i) {
    const app::Caller mentee{r.mentee_id}, mentor{r.mentor_id};
    const std::string& org = r.organisation_id;
    auto pick = [&](const Words& rows) { return rows[i % rows.size()]; };

    // Sixteen days ago the mentor proposed a first meeting four days later; the mentee accepted.
    clock_.Back(16 * kDay);
    ASSIGN_OR_RETURN(
        app::MeetingView first,
        app::ProposeMeeting(ctx_, mentor, org, r.id,
                            Details(MeetingDay(clock_.Now(), 4), i, pick(kMeetingAgendas))));
    clock_.Back(15 * kDay);
    RETURN_IF_ERROR(app::AnswerMeeting(ctx_, mentee, org, r.id, first.meeting.id, true).status());
    // After it, the mentee logged it with shared notes (Tandem proposed the next one) and the
    // mentor kept a private note.
    clock_.Back(11 * kDay);
    RETURN_IF_ERROR(app::LogMeetingHeld(ctx_, mentee, org, r.id, first.meeting.id,
                                        std::string(pick(kMeetingSharedNotes)))
                        .status());
    RETURN_IF_ERROR(app::SaveMyMeetingNote(ctx_, mentor, org, r.id, first.meeting.id,
                                           std::string(pick(kMeetingPrivateNotes)))
                        .status());
    // Two days ago the mentee proposed a meeting for later this week; the mentor accepted.
    clock_.Back(2 * kDay);
    ASSIGN_OR_RETURN(
        app::MeetingView soon,
        app::ProposeMeeting(ctx_, mentee, org, r.id,
                            Details(MeetingDay(clock_.Now(), 5), i, pick(kNextMeetingAgendas))));
    clock_.Back(1 * kDay + 20 * kHour);
    return app::AnswerMeeting(ctx_, mentor, org, r.id, soon.meeting.id, true).status();
  }

  ShiftedClock clock_;
  const app::Context ctx_;
  const Cast& cast_;
};

}  // namespace

Status SeedMeetings(const app::Context& ctx, const Cast& cast, SeedSummary& summary) {
  (void)summary;  // meetings are not part of the summary `tandem seed` prints
  return MeetingsSeeder(ctx, cast).Run();
}

}  // namespace tandem::demo
