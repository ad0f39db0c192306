#include "domain/unmatched_groups.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

using A = UnmatchedAction;

Unmatched U(const std::string& mentee, std::string_view reason) {
  return {"r", "o", mentee, std::string(reason), {}};
}

std::vector<std::string> MenteesOf(const UnmatchedGroup& g) {
  std::vector<std::string> out;
  for (const auto& u : g.mentees) out.push_back(u.mentee_id);
  return out;
}

TEST(UnmatchedGroupsTest, OneGroupPerReasonMostActionableFirstMenteesInOrder) {
  auto groups =
      GroupUnmatched({U("ana", kUnmatchedNoSuitableMentor), U("ben", kUnmatchedBestMentorsTaken),
                      U("cy", kUnmatchedNoSuitableMentor), U("dee", kUnmatchedMenteeLimit),
                      U("eve", kUnmatchedBestMentorsTaken)});
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].reason_id, kUnmatchedBestMentorsTaken);
  EXPECT_EQ(MenteesOf(groups[0]), (std::vector<std::string>{"ben", "eve"}));
  EXPECT_EQ(groups[1].reason_id, kUnmatchedNoSuitableMentor);
  EXPECT_EQ(MenteesOf(groups[1]), (std::vector<std::string>{"ana", "cy"}));
  EXPECT_EQ(groups[2].reason_id, kUnmatchedMenteeLimit);
  EXPECT_EQ(MenteesOf(groups[2]), (std::vector<std::string>{"dee"}));
}

TEST(UnmatchedGroupsTest, EmptyListHasNoGroups) { EXPECT_TRUE(GroupUnmatched({}).empty()); }

TEST(UnmatchedGroupsTest, EachReasonCallsForItsActions) {
  struct Row {
    std::string_view reason;
    std::vector<A> actions;
  };
  const std::vector<Row> rows = {
      {kUnmatchedBestMentorsTaken, {A::kAssign, A::kRerun}},
      {kUnmatchedSuitableMentorsTaken, {A::kAssign, A::kInvite, A::kRerun}},
      {kUnmatchedRemovedByCoordinator, {A::kAssign, A::kRerun}},
      {kUnmatchedMentorLeft, {A::kAssign, A::kRerun}},
      {kUnmatchedMentorNotCleared, {A::kAssign, A::kRerun}},
      {kUnmatchedNoSuitableMentor, {A::kInvite, A::kAssign}},
      {kUnmatchedNoMentorsInScope, {A::kRerun, A::kInvite}},
      {kUnmatchedPeersTaken, {A::kRerun}},
      {kUnmatchedNoSuitablePeer, {A::kRerun}},
      {kUnmatchedNotRecorded, {A::kRerun}},
      // Already has every mentor the program allows: nothing to do.
      {kUnmatchedMenteeLimit, {}},
      // A reason this version does not know: a new round computes a fresh one.
      {"from_the_future", {A::kRerun}},
  };
  for (const auto& r : rows) EXPECT_EQ(ActionsForUnmatched(r.reason), r.actions) << r.reason;
}

TEST(UnmatchedGroupsTest, UnknownReasonsGroupLastWithARerun) {
  auto groups = GroupUnmatched({U("ana", "from_the_future"), U("ben", kUnmatchedMenteeLimit)});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].reason_id, kUnmatchedMenteeLimit);
  EXPECT_EQ(groups[1].reason_id, "from_the_future");
  EXPECT_EQ(groups[1].actions, std::vector<A>{A::kRerun});
}

TEST(UnmatchedGroupsTest, ActionNames) {
  EXPECT_EQ(UnmatchedActionName(A::kAssign), "assign");
  EXPECT_EQ(UnmatchedActionName(A::kRerun), "rerun");
  EXPECT_EQ(UnmatchedActionName(A::kInvite), "invite");
}

}  // namespace
}  // namespace tandem::domain
