#include "demo/messages_seeder.h"

#include <string>
#include <vector>

#include "app/messages.h"
#include "demo/active_pairs.h"
#include "demo/data_messages.h"
#include "demo/shifted_clock.h"

namespace tandem::demo {
namespace {

class MessagesSeeder {
 public:
  MessagesSeeder(const app::Context& ctx, const Cast& cast)
      : clock_(ctx.clock), ctx_(WithClock(ctx, clock_)), cast_(cast) {}

  Status Run() {
    ASSIGN_OR_RETURN(auto school, ActivePairs(ctx_, cast_.lincoln.id, cast_.career.id, 1));
    ASSIGN_OR_RETURN(auto circles, ActivePairs(ctx_, cast_.northwind.id, cast_.circles.id, 2));
    std::vector<domain::Relationship> pairs = school;
    pairs.insert(pairs.end(), circles.begin(), circles.end());
    for (size_t i = 0; i < pairs.size(); ++i) {
      const bool flagged = i < school.size();
      RETURN_IF_ERROR(Talk(pairs[i], kConversations[i % kConversations.size()], flagged));
    }
    return Status::Ok();
  }

 private:
  Status Say(const domain::Relationship& r, const DemoMessage& line) {
    const app::Caller author{line.from_mentor ? r.mentor_id : r.mentee_id};
    clock_.Back(line.hours_ago * kHour);
    return app::SendMessage(ctx_, author, r.organisation_id, r.id, std::string(line.body)).status();
  }

  Status Talk(const domain::Relationship& r, Conversation lines, bool flagged) {
    std::vector<DemoMessage> all(lines.begin(), lines.end());
    if (flagged) {
      // Before the mentor's last line, so it is the mentee's newest message.
      all.insert(all.end() - 1, kFlaggedMessage);
    }
    for (const DemoMessage& line : all) RETURN_IF_ERROR(Say(r, line));
    // Each side wrote after reading: the author's marker moves with each message. The mentee
    // has not read the mentor's last line yet; the mentor has read everything.
    return Status::Ok();
  }

  ShiftedClock clock_;
  const app::Context ctx_;
  const Cast& cast_;
};

}  // namespace

Status SeedMessages(const app::Context& ctx, const Cast& cast, SeedSummary& summary) {
  (void)summary;  // messages are not part of the summary `tandem seed` prints
  return MessagesSeeder(ctx, cast).Run();
}

}  // namespace tandem::demo
