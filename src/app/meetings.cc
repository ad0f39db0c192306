#include "app/meetings.h"

#include "app/meeting_events.h"
#include "app/notifications.h"
#include "app/relationships.h"
#include "base/ids.h"
#include "domain/meeting_policy.h"
#include "domain/relationship_policy.h"

namespace tandem::app {
namespace {

using domain::Meeting;
using domain::MeetingAction;
using domain::MeetingStatus;

// The relationship, and the caller as seen from it, once the policy allows `action`.
struct Access {
  domain::Relationship relationship;
  domain::PartyActor who;
  domain::Relations relations;
};

Result<Access> Authorized(Tx& tx, const Caller& caller, const std::string& org_id,
                          const std::string& relationship_id, MeetingAction action) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto found = tx.GetRelationship(org_id, relationship_id);
  if (!found.ok()) return NotFound("No such relationship.");
  ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
  RETURN_IF_ERROR(domain::AuthorizeOnMeetings(who, *found, action));
  domain::Relations relations = domain::RelationsTo(who, domain::PartiesOf(*found));
  return Access{*found, who, relations};
}

Status NoSuchMeeting() { return NotFound("No such meeting."); }

Result<Meeting> ReadMeeting(Tx& tx, const std::string& org_id, const std::string& relationship_id,
                            const std::string& meeting_id) {
  auto m = tx.GetMeeting(org_id, relationship_id, meeting_id);
  if (!m.ok() && m.status().code() == StatusCode::kNotFound) return NoSuchMeeting();
  return m;
}

MeetingView ViewOf(const Access& a, Meeting m, Millis now) {
  MeetingView v;
  v.notes_visible = domain::DecideOnMeetings(a.who, a.relationship, MeetingAction::kReadNotes) ==
                    domain::Decision::kAllow;
  if (!v.notes_visible) m.shared_notes.clear();
  v.viewer_side = domain::SideOf(a.relations);
  const bool takes_part =
      v.viewer_side && domain::DecideOnMeetings(a.who, a.relationship, MeetingAction::kTakePart) ==
                           domain::Decision::kAllow;
  const bool active = a.relationship.status == domain::RelationshipStatus::kActive;
  const bool open = m.status == MeetingStatus::kProposed || m.status == MeetingStatus::kAccepted;
  if (takes_part) {
    v.can_answer = active && m.status == MeetingStatus::kProposed &&
                   (m.proposer == domain::MeetingProposer::kSystem ||
                    m.proposer != domain::ProposerOf(*v.viewer_side));
    v.can_change = open && active;
    v.can_log = (open || m.status == MeetingStatus::kHeld) && m.details.start_at <= now;
  }
  v.meeting = std::move(m);
  return v;
}

// A change by one side: authorised to take part, the pair's locks taken, the relationship read
// again under them; the meeting too when `meeting_id` is not empty.
struct Change {
  Access access;
  domain::Side side = domain::Side::kMentee;
  Meeting meeting;
};

Result<Change> LockedChange(Tx& tx, const Caller& caller, const std::string& org_id,
                            const std::string& relationship_id, const std::string& meeting_id) {
  ASSIGN_OR_RETURN(Access a,
                   Authorized(tx, caller, org_id, relationship_id, MeetingAction::kTakePart));
  auto side = domain::SideOf(a.relations);
  if (!side) return PermissionDenied("Only the pair arrange their meetings.");
  const domain::Relationship& seen = a.relationship;
  RETURN_IF_ERROR(LockPair(tx, org_id, seen.program_id, seen.mentee_id, seen.mentor_id));
  ASSIGN_OR_RETURN(a.relationship, tx.GetRelationship(org_id, relationship_id));
  Change c{std::move(a), *side, {}};
  if (!meeting_id.empty()) {
    ASSIGN_OR_RETURN(c.meeting, ReadMeeting(tx, org_id, relationship_id, meeting_id));
  }
  return c;
}

using MeetingNotice = domain::NotificationContent (*)(const std::string&, const std::string&,
                                                      const std::string&, const std::string&,
                                                      Millis);

// Tells the side other than `by` what `by` did.
Status NotifyOtherSide(Tx& tx, const domain::Relationship& r, domain::Side by, const Meeting& m,
                       MeetingNotice notice, Millis now) {
  ASSIGN_OR_RETURN(PairNames names,
                   LoadPairNames(tx, r.organisation_id, r.program_id, r.mentee_id, r.mentor_id));
  const bool mentee_acted = by == domain::Side::kMentee;
  const std::string& reader = mentee_acted ? r.mentor_id : r.mentee_id;
  const std::string& actor_name = mentee_acted ? names.mentee : names.mentor;
  return Notify(tx, reader, r.organisation_id, now,
                notice(r.id, m.id, names.program, actor_name, m.details.start_at));
}

// After `held` is logged: the next meeting at the program's cadence, once, while the
// relationship is active; both sides hear of it.
Status ProposeNextMeeting(Tx& tx, const domain::Relationship& r, const Meeting& held, Millis now) {
  if (r.status != domain::RelationshipStatus::kActive) return Status::Ok();
  ASSIGN_OR_RETURN(bool exists, tx.HasFollowUpMeeting(r.organisation_id, held.id));
  if (exists) return Status::Ok();
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(r.organisation_id, r.program_id));
  ASSIGN_OR_RETURN(auto norms, tx.FindProgramNorms(r.organisation_id, r.program_id));
  const int cadence =
      domain::MeetingCadenceDays(norms ? norms->meeting_cadence_days : 0, program.audience);
  Meeting next = domain::NextMeeting(NewId(), held, cadence, now);
  // Logged late: the first date at the cadence that is still ahead.
  for (int i = 0; i < 1000 && next.details.start_at <= now; ++i) {
    Meeting later = domain::NextMeeting(next.id, next, cadence, now);
    later.follows_meeting_id = held.id;
    next = later;
  }
  RETURN_IF_ERROR(tx.InsertMeeting(next));
  ASSIGN_OR_RETURN(PairNames names,
                   LoadPairNames(tx, r.organisation_id, r.program_id, r.mentee_id, r.mentor_id));
  RETURN_IF_ERROR(Notify(
      tx, r.mentee_id, r.organisation_id, now,
      domain::MeetingSuggested(r.id, next.id, names.program, names.mentor, next.details.start_at)));
  return Notify(
      tx, r.mentor_id, r.organisation_id, now,
      domain::MeetingSuggested(r.id, next.id, names.program, names.mentee, next.details.start_at));
}

}  // namespace

Result<Page<MeetingView>> ListMeetings(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id,
                                       const PageRequest& page) {
  const Millis now = ctx.clock.Now();
  using Out = Page<MeetingView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(Access a,
                     Authorized(tx, caller, org_id, relationship_id, MeetingAction::kViewSchedule));
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("meetings", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListMeetings(org_id, relationship_id, pager.query()));
    return pager.Close(std::move(rows),
                       [&](const Meeting& m) -> Result<MeetingView> { return ViewOf(a, m, now); });
  });
}

Result<MeetingView> GetMeeting(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const std::string& meeting_id) {
  const Millis now = ctx.clock.Now();
  return InReadTx<MeetingView>(ctx.store, [&](Tx& tx) -> Result<MeetingView> {
    ASSIGN_OR_RETURN(Access a,
                     Authorized(tx, caller, org_id, relationship_id, MeetingAction::kViewSchedule));
    ASSIGN_OR_RETURN(Meeting m, ReadMeeting(tx, org_id, relationship_id, meeting_id));
    return ViewOf(a, std::move(m), now);
  });
}

Result<MeetingView> ProposeMeeting(const Context& ctx, const Caller& caller,
                                   const std::string& org_id, const std::string& relationship_id,
                                   const domain::MeetingDetails& details) {
  const Millis now = ctx.clock.Now();
  return InTx<MeetingView>(ctx.store, [&](Tx& tx) -> Result<MeetingView> {
    ASSIGN_OR_RETURN(Change c, LockedChange(tx, caller, org_id, relationship_id, ""));
    RETURN_IF_ERROR(domain::ValidateMeetingDetails(details, now));
    RETURN_IF_ERROR(domain::CheckMeetingsOpen(c.access.relationship));
    Meeting m = domain::NewMeeting(NewId(), c.access.relationship, details, c.side, now);
    RETURN_IF_ERROR(tx.InsertMeeting(m));
    RETURN_IF_ERROR(
        NotifyOtherSide(tx, c.access.relationship, c.side, m, &domain::MeetingProposed, now));
    return ViewOf(c.access, std::move(m), now);
  });
}

Result<MeetingView> AnswerMeeting(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& relationship_id,
                                  const std::string& meeting_id, bool accept) {
  const Millis now = ctx.clock.Now();
  return InTx<MeetingView>(ctx.store, [&](Tx& tx) -> Result<MeetingView> {
    ASSIGN_OR_RETURN(Change c, LockedChange(tx, caller, org_id, relationship_id, meeting_id));
    RETURN_IF_ERROR(domain::CheckMeetingsOpen(c.access.relationship));
    if (accept) {
      RETURN_IF_ERROR(domain::AcceptMeeting(c.meeting, c.side, now));
    } else {
      RETURN_IF_ERROR(domain::DeclineMeeting(c.meeting, c.side, now));
    }
    RETURN_IF_ERROR(tx.UpdateMeeting(c.meeting));
    RETURN_IF_ERROR(NotifyOtherSide(tx, c.access.relationship, c.side, c.meeting,
                                    accept ? &domain::MeetingAccepted : &domain::MeetingDeclined,
                                    now));
    return ViewOf(c.access, std::move(c.meeting), now);
  });
}

Result<MeetingView> RescheduleMeeting(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& relationship_id,
                                      const std::string& meeting_id,
                                      const domain::MeetingDetails& details) {
  const Millis now = ctx.clock.Now();
  return InTx<MeetingView>(ctx.store, [&](Tx& tx) -> Result<MeetingView> {
    ASSIGN_OR_RETURN(Change c, LockedChange(tx, caller, org_id, relationship_id, meeting_id));
    RETURN_IF_ERROR(domain::ValidateMeetingDetails(details, now));
    RETURN_IF_ERROR(domain::CheckMeetingsOpen(c.access.relationship));
    RETURN_IF_ERROR(domain::RescheduleMeeting(c.meeting, details, c.side, now));
    RETURN_IF_ERROR(tx.UpdateMeeting(c.meeting));
    RETURN_IF_ERROR(NotifyOtherSide(tx, c.access.relationship, c.side, c.meeting,
                                    &domain::MeetingRescheduled, now));
    return ViewOf(c.access, std::move(c.meeting), now);
  });
}

Result<MeetingView> CancelMeeting(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& relationship_id,
                                  const std::string& meeting_id) {
  const Millis now = ctx.clock.Now();
  return InTx<MeetingView>(ctx.store, [&](Tx& tx) -> Result<MeetingView> {
    ASSIGN_OR_RETURN(Change c, LockedChange(tx, caller, org_id, relationship_id, meeting_id));
    RETURN_IF_ERROR(domain::CancelMeeting(c.meeting, now));
    RETURN_IF_ERROR(tx.UpdateMeeting(c.meeting));
    RETURN_IF_ERROR(NotifyOtherSide(tx, c.access.relationship, c.side, c.meeting,
                                    &domain::MeetingCancelled, now));
    return ViewOf(c.access, std::move(c.meeting), now);
  });
}

Result<MeetingView> LogMeetingHeld(const Context& ctx, const Caller& caller,
                                   const std::string& org_id, const std::string& relationship_id,
                                   const std::string& meeting_id, const std::string& notes) {
  RETURN_IF_ERROR(domain::ValidateMeetingNotes("shared_notes", notes));
  const Millis now = ctx.clock.Now();
  return InTx<MeetingView>(ctx.store, [&](Tx& tx) -> Result<MeetingView> {
    ASSIGN_OR_RETURN(Change c, LockedChange(tx, caller, org_id, relationship_id, meeting_id));
    RETURN_IF_ERROR(domain::LogMeetingHeld(c.meeting, notes, now));
    RETURN_IF_ERROR(tx.UpdateMeeting(c.meeting));
    RETURN_IF_ERROR(ProposeNextMeeting(tx, c.access.relationship, c.meeting, now));
    return ViewOf(c.access, std::move(c.meeting), now);
  });
}

Result<std::string> GetMyMeetingNote(const Context& ctx, const Caller& caller,
                                     const std::string& org_id, const std::string& relationship_id,
                                     const std::string& meeting_id) {
  return InReadTx<std::string>(ctx.store, [&](Tx& tx) -> Result<std::string> {
    ASSIGN_OR_RETURN(Access a,
                     Authorized(tx, caller, org_id, relationship_id, MeetingAction::kTakePart));
    ASSIGN_OR_RETURN(Meeting m, ReadMeeting(tx, org_id, relationship_id, meeting_id));
    return tx.GetPrivateMeetingNote(org_id, m.id, caller.person_id);
  });
}

Result<std::string> SaveMyMeetingNote(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& relationship_id,
                                      const std::string& meeting_id, const std::string& text) {
  RETURN_IF_ERROR(domain::ValidateMeetingNotes("text", text));
  const Millis now = ctx.clock.Now();
  return InTx<std::string>(ctx.store, [&](Tx& tx) -> Result<std::string> {
    ASSIGN_OR_RETURN(Access a,
                     Authorized(tx, caller, org_id, relationship_id, MeetingAction::kTakePart));
    if (!domain::SideOf(a.relations))
      return PermissionDenied("Only the pair keep notes on their meetings.");
    ASSIGN_OR_RETURN(Meeting m, ReadMeeting(tx, org_id, relationship_id, meeting_id));
    RETURN_IF_ERROR(tx.SavePrivateMeetingNote(org_id, m.id, caller.person_id, text, now));
    return text;
  });
}

Result<std::string> MeetingIcs(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const std::string& meeting_id) {
  if (ctx.calendar == nullptr) return Internal("No calendar writer is configured.");
  CalendarEvent event;
  RETURN_IF_ERROR(ctx.store.TransactRead([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(Access a,
                     Authorized(tx, caller, org_id, relationship_id, MeetingAction::kViewSchedule));
    ASSIGN_OR_RETURN(Meeting m, ReadMeeting(tx, org_id, relationship_id, meeting_id));
    const domain::Relationship& r = a.relationship;
    ASSIGN_OR_RETURN(PairNames names,
                     LoadPairNames(tx, org_id, r.program_id, r.mentee_id, r.mentor_id));
    event = MeetingEvent(m, names.program, names.mentee, names.mentor, ctx.public_url);
    return Status::Ok();
  }));
  return ctx.calendar->Write("", {event});
}

}  // namespace tandem::app
