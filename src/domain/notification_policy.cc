#include "domain/notification_policy.h"

namespace tandem::domain {

std::string_view NotificationActionName(NotificationAction a) {
  switch (a) {
    case NotificationAction::kView: return "view this notification";
    case NotificationAction::kMarkRead: return "mark this notification read";
  }
  return "do that";
}

Decision NotificationDecision(Relation r, NotificationAction /*a*/) {
  switch (r) {
    case Relation::kAnonymous: return Decision::kUnauthenticated;
    case Relation::kRecipient: return Decision::kAllow;
    case Relation::kOutsider:
    case Relation::kMember:
    case Relation::kMentee:
    case Relation::kMentor:
    case Relation::kCoordinator:
    case Relation::kOrgAdmin:
    case Relation::kOtherCoordinator:
    case Relation::kGuardian:
      // Notices are addressed to one person; staff and guardians read the records they point
      // at, through those records' own policies, never someone else's inbox.
      return Decision::kHidden;
  }
  return Decision::kHidden;
}

RecordParties PartiesOf(const Notification& n) {
  RecordParties p;
  p.organisation_id = n.organisation_id;
  p.recipient_id = n.person_id;
  return p;
}

Decision DecideOnNotification(const PartyActor& who, const Notification& n, NotificationAction a) {
  return DecideOverRelations<NotificationAction>(RelationsTo(who, PartiesOf(n)), a,
                                                 NotificationDecision);
}

Status AuthorizeOnNotification(const PartyActor& who, const Notification& n,
                               NotificationAction a) {
  return PartyStatus(DecideOnNotification(who, n, a), "notification",
                     NotificationActionName(a));
}

}  // namespace tandem::domain
