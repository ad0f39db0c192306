// Who may do what with one relationship's message thread, from their relation to the
// relationship (domain/party.h) and the program's audience. Table tested in
// message_policy_test.cc, one table per audience.
//
// The pair read and write their thread, mark it read and report messages or concerns.
// Youth programs: the program's (organisation's) coordinators also read the thread and review
// its flags and reports, but never write in it: they are not the pair (403), and the page
// tells the participants that coordinators can read it (MessageThreadOverseen).
// Adult programs: nobody but the pair — no coordinator, no organisation administrator, no
// platform administrator — reads a message through any endpoint (404, as an outsider).
// Guardians (youth): do not read the thread (a minor's conversation with their mentor is
// overseen by the program's coordinators, who are trained for it); they are told of safety
// events through the coordinators. Everyone else: 404.
#ifndef TANDEM_DOMAIN_MESSAGE_POLICY_H_
#define TANDEM_DOMAIN_MESSAGE_POLICY_H_

#include <string_view>

#include "base/status.h"
#include "domain/party.h"
#include "domain/program.h"
#include "domain/relationship.h"

namespace tandem::domain {

enum class MessageAction {
  kRead,    // list the thread, receive its messages live
  kWrite,   // send a message, move one's own read marker
  kReport,  // report a message or a concern; the mentee's "I feel unsafe"
  kReview,  // see flags and reports of the thread, resolve them
};
std::string_view MessageActionName(MessageAction a);
inline constexpr MessageAction kAllMessageActions[] = {
    MessageAction::kRead, MessageAction::kWrite, MessageAction::kReport, MessageAction::kReview};

// The tables: one relation, one action, per audience.
Decision AdultMessageDecision(Relation r, MessageAction a);
Decision YouthMessageDecision(Relation r, MessageAction a);
Decision MessageDecision(Audience audience, Relation r, MessageAction a);

Decision DecideOnMessages(const PartyActor& who, const Relationship& r, Audience audience,
                          MessageAction a);
// As a Status; hidden is NotFound("No such relationship.").
Status AuthorizeOnMessages(const PartyActor& who, const Relationship& r, Audience audience,
                           MessageAction a);

// Whether someone other than the pair may read the thread (youth programs): the page says so.
bool MessageThreadOverseen(Audience audience);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MESSAGE_POLICY_H_
