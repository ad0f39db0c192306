#include "demo/data_messages.h"

namespace tandem::demo {
namespace {

constexpr DemoMessage kFirst[] = {
    {true, "Hi! Great to meet you last week. How did the essay draft go?", 96},
    {false, "Hi! I finished the outline. Could you look at the introduction before Friday?", 90},
    {true, "Of course. Share it here when it's ready and I'll send comments the same day.", 88},
    {false, "Here it is: I tried to start with the story about the science fair.", 30},
    {true, "That opening works well. Keep it, and cut the second paragraph to two sentences.", 2},
};

constexpr DemoMessage kSecond[] = {
    {false, "Thanks for the session. I wrote down the three goals we talked about.", 120},
    {true, "Nice. Which one do you want to start with this month?", 110},
    {false, "The presentation skills one: I have a team demo in three weeks.", 100},
    {true, "Good choice. Let's rehearse the demo at our next meeting; bring your slides.", 5},
};

constexpr DemoMessage kThird[] = {
    {true, "I found the article about data storytelling I mentioned. Worth 10 minutes!", 72},
    {false, "Read it on the train. The part about one chart per message really helped.", 60},
    {true, "Glad it did. Try it on your quarterly review and tell me how it lands.", 3},
};

constexpr Conversation kAll[] = {kFirst, kSecond, kThird};

}  // namespace

const std::span<const Conversation> kConversations = kAll;
const DemoMessage kFlaggedMessage = {
    false, "If it's easier, you can text me on 555-0142 after school.", 20};

}  // namespace tandem::demo
