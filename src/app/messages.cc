#include "app/messages.h"

#include "app/notifications.h"
#include "app/relationships.h"
#include "base/ids.h"
#include "domain/message_policy.h"
#include "domain/message_screening.h"
#include "domain/relationship_policy.h"

namespace tandem::app {
namespace {

using domain::Decision;
using domain::Message;
using domain::MessageAction;

// The relationship, its program's audience and the caller as seen from it, once the policy
// allows `action`.
struct ThreadAccess {
  domain::Relationship relationship;
  domain::Program program;
  domain::PartyActor who;
  std::optional<domain::Side> side;

  bool Allows(MessageAction a) const {
    return domain::DecideOnMessages(who, relationship, program.audience, a) == Decision::kAllow;
  }
};

Result<ThreadAccess> Authorized(Tx& tx, const Caller& caller, const std::string& org_id,
                                const std::string& relationship_id, MessageAction action) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto found = tx.GetRelationship(org_id, relationship_id);
  if (!found.ok()) return NotFound("No such relationship.");
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, found->program_id));
  ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
  RETURN_IF_ERROR(domain::AuthorizeOnMessages(who, *found, program.audience, action));
  auto side = domain::SideOf(domain::RelationsTo(who, domain::PartiesOf(*found)));
  return ThreadAccess{*found, std::move(program), std::move(who), side};
}

MessageView ViewOf(const ThreadAccess& a, const std::string& viewer_id, Message m) {
  MessageView v;
  const domain::Relationship& r = a.relationship;
  if (m.author_id == r.mentee_id) v.author_side = domain::Side::kMentee;
  if (m.author_id == r.mentor_id) v.author_side = domain::Side::kMentor;
  v.mine = m.author_id == viewer_id;
  v.flag_visible = a.Allows(MessageAction::kReview);
  if (!v.flag_visible) {
    m.flag_reasons.clear();
    m.flag_status = domain::FlagStatus::kNone;
    m.flag_note.clear();
    m.flag_resolved_by.clear();
    m.flag_resolved_at = 0;
  }
  v.message = std::move(m);
  return v;
}

Result<ThreadView> ThreadOf(Tx& tx, const ThreadAccess& a, const std::string& viewer_id) {
  ThreadView t;
  const domain::Relationship& r = a.relationship;
  t.relationship_id = r.id;
  t.relationship_status = r.status;
  t.viewer_side = a.side;
  t.overseen = domain::MessageThreadOverseen(a.program.audience);
  const bool pair = a.side.has_value();
  t.can_write = pair && a.Allows(MessageAction::kWrite) && domain::CheckMessagingOpen(r).ok();
  t.can_report = pair && a.Allows(MessageAction::kReport);
  t.can_feel_unsafe = t.can_report && a.side == domain::Side::kMentee &&
                      r.status != domain::RelationshipStatus::kPaused;
  t.can_review = a.Allows(MessageAction::kReview);
  if (pair) {
    ASSIGN_OR_RETURN(t.unread, tx.CountUnread(r.organisation_id, r.id, viewer_id));
    ASSIGN_OR_RETURN(ReadMarker marker, tx.GetReadMarker(r.organisation_id, r.id, viewer_id));
    t.read_message_id = marker.message_id;
  }
  return t;
}

void TellLive(const Context& ctx) {
  if (ctx.live != nullptr) ctx.live->MessagesChanged();
}

Status NotifyFlagged(Tx& tx, const domain::Program& program, const Message& m, Millis now) {
  MemberFilter coordinators;
  coordinators.role = domain::Role::kCoordinator;
  ASSIGN_OR_RETURN(auto members, tx.ListMembers(m.organisation_id, coordinators));
  for (const auto& member : members)
    RETURN_IF_ERROR(Notify(tx, member.person_id, m.organisation_id, now,
                           domain::MessageFlagged(m.organisation_id, program.id, program.name,
                                                  m.relationship_id, m.id)));
  return Status::Ok();
}

}  // namespace

Result<ThreadView> GetThread(const Context& ctx, const Caller& caller, const std::string& org_id,
                             const std::string& relationship_id) {
  return InReadTx<ThreadView>(ctx.store, [&](Tx& tx) -> Result<ThreadView> {
    ASSIGN_OR_RETURN(ThreadAccess a,
                     Authorized(tx, caller, org_id, relationship_id, MessageAction::kRead));
    return ThreadOf(tx, a, caller.person_id);
  });
}

Result<Page<MessageView>> ListMessages(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id,
                                       const PageRequest& page) {
  using Out = Page<MessageView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(ThreadAccess a,
                     Authorized(tx, caller, org_id, relationship_id, MessageAction::kRead));
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("messages", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListMessages(org_id, relationship_id, pager.query()));
    return pager.Close(std::move(rows), [&](const Message& m) -> Result<MessageView> {
      return ViewOf(a, caller.person_id, m);
    });
  });
}

Result<MessageView> GetMessage(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const std::string& message_id) {
  return InReadTx<MessageView>(ctx.store, [&](Tx& tx) -> Result<MessageView> {
    ASSIGN_OR_RETURN(ThreadAccess a,
                     Authorized(tx, caller, org_id, relationship_id, MessageAction::kRead));
    auto m = tx.GetMessage(org_id, relationship_id, message_id);
    if (!m.ok() && m.status().code() == StatusCode::kNotFound) return NotFound("No such message.");
    if (!m.ok()) return m.status();
    return ViewOf(a, caller.person_id, *std::move(m));
  });
}

Result<MessageView> SendMessage(const Context& ctx, const Caller& caller, const std::string& org_id,
                                const std::string& relationship_id, const std::string& body) {
  const Millis now = ctx.clock.Now();
  auto sent = InTx<MessageView>(ctx.store, [&](Tx& tx) -> Result<MessageView> {
    ASSIGN_OR_RETURN(ThreadAccess a,
                     Authorized(tx, caller, org_id, relationship_id, MessageAction::kWrite));
    if (!a.side) return PermissionDenied("Only the pair write in their thread.");
    RETURN_IF_ERROR(domain::ValidateMessageBody(body));
    // Under the pair's locks, read again: a pause ("I feel unsafe", safeguarding) committed a
    // moment ago is seen, and none commits between this check and the message.
    const domain::Relationship& seen = a.relationship;
    RETURN_IF_ERROR(LockPair(tx, org_id, seen.program_id, seen.mentee_id, seen.mentor_id));
    ASSIGN_OR_RETURN(a.relationship, tx.GetRelationship(org_id, relationship_id));
    RETURN_IF_ERROR(domain::CheckMessagingOpen(a.relationship));
    std::vector<std::string> reasons;
    if (a.program.audience == domain::Audience::kYouth) {
      ASSIGN_OR_RETURN(auto words, tx.GetWatchWords(org_id, a.program.id));
      reasons = domain::ScreenMessage(body, words);
    }
    Message m = domain::NewMessage(NewId(), a.relationship, caller.person_id, body,
                                   std::move(reasons), now);
    RETURN_IF_ERROR(tx.InsertMessage(m));
    RETURN_IF_ERROR(tx.AdvanceReadMarker(org_id, relationship_id, caller.person_id,
                                         ReadMarker{m.created_at, m.id}, now));
    if (m.flag_status == domain::FlagStatus::kOpen)
      RETURN_IF_ERROR(NotifyFlagged(tx, a.program, m, now));
    return ViewOf(a, caller.person_id, std::move(m));
  });
  if (sent.ok()) TellLive(ctx);
  return sent;
}

Result<ThreadView> MarkThreadRead(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& relationship_id,
                                  const std::string& message_id) {
  const Millis now = ctx.clock.Now();
  return InTx<ThreadView>(ctx.store, [&](Tx& tx) -> Result<ThreadView> {
    ASSIGN_OR_RETURN(ThreadAccess a,
                     Authorized(tx, caller, org_id, relationship_id, MessageAction::kRead));
    if (!a.side) return PermissionDenied("Only the pair keep read markers in their thread.");
    auto m = tx.GetMessage(org_id, relationship_id, message_id);
    if (!m.ok() && m.status().code() == StatusCode::kNotFound) return NotFound("No such message.");
    if (!m.ok()) return m.status();
    RETURN_IF_ERROR(tx.AdvanceReadMarker(org_id, relationship_id, caller.person_id,
                                         ReadMarker{m->created_at, m->id}, now));
    return ThreadOf(tx, a, caller.person_id);
  });
}

Result<UnreadSummary> GetMyUnread(const Context& ctx, const Caller& caller) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  return InReadTx<UnreadSummary>(ctx.store, [&](Tx& tx) -> Result<UnreadSummary> {
    UnreadSummary s;
    ASSIGN_OR_RETURN(s.threads, tx.CountUnreadOfPerson(caller.person_id));
    for (const ThreadUnread& t : s.threads) s.total += t.unread;
    return s;
  });
}

Result<std::vector<std::string>> MessageReaders(Tx& tx, const MessageDelivery& d) {
  std::vector<std::string> out = {d.mentee_id, d.mentor_id};
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(d.message.organisation_id, d.program_id));
  if (!domain::MessageThreadOverseen(program.audience)) return out;
  MemberFilter coordinators;
  coordinators.role = domain::Role::kCoordinator;
  ASSIGN_OR_RETURN(auto members, tx.ListMembers(d.message.organisation_id, coordinators));
  for (const auto& m : members) out.push_back(m.person_id);
  return out;
}

}  // namespace tandem::app
