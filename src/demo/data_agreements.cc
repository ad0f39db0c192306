#include "demo/data_agreements.h"

#include <array>

namespace tandem::demo {

const std::string_view kCirclesExpectations =
    "Come to each circle prepared with one question. Mentors share how they work, not just what "
    "they know. Mentees own their goals and update their plan after each meeting.";
const std::string_view kCirclesMeetingFrequency =
    "Every two weeks, 45 minutes, online or in person.";
const std::string_view kCirclesConfidentiality =
    "What is said in a pair or circle stays there. Plans and notes are private to the pair; the "
    "program team sees only progress, never content.";
const std::string_view kCirclesEnding =
    "Either side may end the relationship at any time from the workspace, or ask the program "
    "coordinator to help. No reason is shared with the other side unless you choose to.";
const std::string_view kCirclesAgreement =
    "We agree to meet every two weeks for the next six months, to keep what we share "
    "confidential, to update our plan after each meeting, and to tell each other early if our "
    "availability changes. Either of us may end the relationship at any time.";

namespace {
constexpr std::array<DemoGoal, 4> kGoals = {{
    {"Lead a cross-team project", "Take ownership of a project that spans two teams.",
     "Pick the project with my manager", "Present the plan to both teams"},
    {"Build a habit of giving feedback", "Give specific, kind feedback every week.",
     "Read about the situation-behaviour-impact model", "Ask three peers for feedback on mine"},
    {"Prepare for a first promotion talk", "Know what the next level asks and show it.",
     "List the next level's expectations", "Collect three examples of my work at that level"},
    {"Speak up in design reviews", "Share one idea or concern in every review.",
     "Prepare notes before each review", "Lead one review myself"},
}};
}  // namespace

const std::span<const DemoGoal> kPairGoals = kGoals;
const DemoGoal kTemplateGoal = {"Agree on what success looks like",
                                "Write down what each of you wants from the next six months.",
                                "Share your hopes for the circle", "Agree on two goals together"};

}  // namespace tandem::demo
