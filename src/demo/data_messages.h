// What the demo's pairs write to each other (messages_seeder.h): a short exchange per pair,
// used in turn, one row per pair; and the youth pair's message that the screening flags.
#ifndef TANDEM_DEMO_DATA_MESSAGES_H_
#define TANDEM_DEMO_DATA_MESSAGES_H_

#include <span>
#include <string_view>

namespace tandem::demo {

// One line of a conversation: who writes it, what, and how many hours before "now".
struct DemoMessage {
  bool from_mentor = false;
  std::string_view body;
  int hours_ago = 0;
};
using Conversation = std::span<const DemoMessage>;

// The conversations, used in turn (the last line of each is the mentor's, left unread by the
// mentee, so the badge shows).
extern const std::span<const Conversation> kConversations;
// The school pair's mentee gives a phone number: delivered, and flagged for the coordinator.
extern const DemoMessage kFlaggedMessage;

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_MESSAGES_H_
