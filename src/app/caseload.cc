#include "app/caseload.h"

#include <algorithm>

#include "domain/checkin.h"
#include "domain/meeting.h"
#include "domain/plan.h"

namespace tandem::app {
namespace {

constexpr std::string_view kNoManager = "none";

}  // namespace

CaseloadEntry AssessCaseloadRow(CaseloadRow row, Millis now) {
  CaseloadEntry e;
  e.meeting_cadence_days = domain::MeetingCadenceDays(row.meeting_cadence_days, row.audience);
  e.checkin_cadence_days = domain::CheckinCadenceDays(row.checkin_cadence_days, row.audience);
  const Millis start =
      row.manager.active_since > 0 ? row.manager.active_since : row.relationship.created_at;
  domain::HealthSignals s;
  s.paused = row.relationship.status == domain::RelationshipStatus::kPaused;
  s.days_active = std::max(0, domain::CalendarDaysBetween(start, now));
  s.meeting_cadence_days = e.meeting_cadence_days;
  s.checkin_cadence_days = e.checkin_cadence_days;
  if (row.last_meeting_at > 0)
    s.days_since_meeting = std::max(0, domain::CalendarDaysBetween(row.last_meeting_at, now));
  if (!row.last_checkin_on.empty())
    s.days_since_checkin = std::max(0, domain::DaysSinceDate(row.last_checkin_on, now));
  s.messages = domain::MessageActivity{};
  if (row.last_message_at > 0)
    s.messages->days_since_last =
        std::max(0, domain::CalendarDaysBetween(row.last_message_at, now));
  s.milestones_overdue = row.milestones_overdue;
  s.milestones_total = row.milestones_total;
  s.milestones_done = row.milestones_done;
  const int lowest = std::min(row.mentee_pulse > 0 ? row.mentee_pulse : 6,
                              row.mentor_pulse > 0 ? row.mentor_pulse : 6);
  if (lowest <= 5) s.pulse_score = lowest;
  s.pulse_not_met = row.pulse_not_met;
  s.follow_ups_overdue = row.follow_ups_overdue;
  e.health = domain::AssessHealth(s);
  e.next_checkin_due =
      domain::AddDays(row.last_checkin_on.empty() ? domain::UtcDate(start) : row.last_checkin_on,
                      e.checkin_cadence_days);
  e.row = std::move(row);
  return e;
}

Result<Caseload> GetCaseload(const Context& ctx, const Caller& caller, const std::string& org_id,
                             const CaseloadFilter& filter, const PageRequest& page) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("caseload", page));
  const Millis now = ctx.clock.Now();
  return InReadTx<Caseload>(ctx.store, [&](Tx& tx) -> Result<Caseload> {
    ASSIGN_OR_RETURN(domain::Actor actor, ActorIn(tx, caller, org_id));
    if (!actor.is_member) return NotFound("No such organisation.");
    if (!actor.Has(domain::Role::kCoordinator))
      return PermissionDenied("Only the organisation's coordinators have caseloads.");
    Caseload out;
    out.manager_id = filter.manager_id.empty() ? caller.person_id : filter.manager_id;
    if (out.manager_id == kNoManager) {
      out.manager_id.clear();
    } else {
      ASSIGN_OR_RETURN(auto roles, tx.FindRoles(org_id, out.manager_id));
      if (!roles || !roles->count(domain::Role::kCoordinator))
        return FieldInvalid("manager_id", "must be a coordinator of this organisation");
      ASSIGN_OR_RETURN(domain::Person manager, tx.GetPerson(out.manager_id));
      out.manager_name = manager.name;
    }
    ASSIGN_OR_RETURN(auto rows, tx.ListCaseload(org_id, out.manager_id, domain::UtcDate(now)));
    std::vector<CaseloadEntry> entries;
    entries.reserve(rows.size());
    for (CaseloadRow& row : rows) {
      CaseloadEntry e = AssessCaseloadRow(std::move(row), now);
      switch (e.health.status) {
        case domain::HealthStatus::kOnTrack:
          ++out.on_track;
          break;
        case domain::HealthStatus::kNeedsCheckin:
          ++out.needs_checkin;
          break;
        case domain::HealthStatus::kAtRisk:
          ++out.at_risk;
          break;
      }
      if (!filter.status || *filter.status == e.health.status) entries.push_back(std::move(e));
    }
    // Most urgent first; the cursor is the last row's (urgency, id), compared the same way.
    auto before = [](long long ua, const std::string& ia, long long ub, const std::string& ib) {
      return ua != ub ? ua > ub : ia < ib;
    };
    std::sort(entries.begin(), entries.end(), [&](const CaseloadEntry& a, const CaseloadEntry& b) {
      return before(a.health.urgency, a.row.relationship.id, b.health.urgency,
                    b.row.relationship.id);
    });
    const PageQuery& q = pager.query();
    size_t first = 0;
    if (q.after) {
      if (q.after->size() != 2 || !std::holds_alternative<std::int64_t>((*q.after)[0]) ||
          !std::holds_alternative<std::string>((*q.after)[1]))
        return FieldInvalid("cursor", "is not a cursor of this list");
      const long long u = std::get<std::int64_t>((*q.after)[0]);
      const std::string& id = std::get<std::string>((*q.after)[1]);
      while (first < entries.size() &&
             !before(u, id, entries[first].health.urgency, entries[first].row.relationship.id))
        ++first;
    }
    PageRows<CaseloadEntry> page_rows;
    const size_t limit = q.limit > 0 ? static_cast<size_t>(q.limit) : entries.size();
    for (size_t i = first; i < entries.size() && page_rows.items.size() < limit; ++i)
      page_rows.items.push_back(std::move(entries[i]));
    if (first + page_rows.items.size() < entries.size() && !page_rows.items.empty()) {
      const CaseloadEntry& last = page_rows.items.back();
      page_rows.next =
          SortKey{static_cast<std::int64_t>(last.health.urgency), last.row.relationship.id};
    }
    out.page = pager.Close(std::move(page_rows));
    return out;
  });
}

}  // namespace tandem::app
