#include "domain/unmatched_groups.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

using Act = UnmatchedAction;

Unmatched Item(const std::string& mentee, std::string_view reason) {
  return {"r", "o", mentee, std::string(reason), {}};
}

std::vector<std::string> MenteesOf(const UnmatchedGroup& g) {
  std::vector<std::string> out;
  for (const auto& u : g.mentees) out.push_back(u.mentee_id);
  return out;
}

TEST(UnmatchedGroupsTest, OneGroupPerReasonMostActionableFirstMenteesInOrder) {
  auto groups =
      GroupUnmatched({Item("ana", kUnmatchedNoSuitableMentor), Item("ben", kUnmatchedBestMentorsTaken),
                      Item("cy", kUnmatchedNoSuitableMentor), Item("dee", kUnmatchedMenteeLimit),
                      Item("eve", kUnmatchedBestMentorsTaken)});
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
    std::vector<Act> actions;
  };
  const std::vector<Row> rows = {
      {kUnmatchedBestMentorsTaken, {Act::kAssign, Act::kRerun}},
      {kUnmatchedSuitableMentorsTaken, {Act::kAssign, Act::kInvite, Act::kRerun}},
      {kUnmatchedRemovedByCoordinator, {Act::kAssign, Act::kRerun}},
      {kUnmatchedMentorLeft, {Act::kAssign, Act::kRerun}},
      {kUnmatchedMentorNotCleared, {Act::kAssign, Act::kRerun}},
      {kUnmatchedNoSuitableMentor, {Act::kInvite, Act::kAssign}},
      {kUnmatchedNoMentorsInScope, {Act::kRerun, Act::kInvite}},
      {kUnmatchedPeersTaken, {Act::kRerun}},
      {kUnmatchedNoSuitablePeer, {Act::kRerun}},
      {kUnmatchedNotRecorded, {Act::kRerun}},
      // Already has every mentor the program allows: nothing to do.
      {kUnmatchedMenteeLimit, {}},
      // A reason this version does not know: a new round computes a fresh one.
      {"from_the_future", {Act::kRerun}},
  };
  for (const auto& r : rows) EXPECT_EQ(ActionsForUnmatched(r.reason), r.actions) << r.reason;
}

TEST(UnmatchedGroupsTest, UnknownReasonsGroupLastWithARerun) {
  auto groups = GroupUnmatched({Item("ana", "from_the_future"), Item("ben", kUnmatchedMenteeLimit)});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].reason_id, kUnmatchedMenteeLimit);
  EXPECT_EQ(groups[1].reason_id, "from_the_future");
  EXPECT_EQ(groups[1].actions, std::vector<Act>{Act::kRerun});
}

TEST(UnmatchedGroupsTest, ActionNames) {
  EXPECT_EQ(UnmatchedActionName(Act::kAssign), "assign");
  EXPECT_EQ(UnmatchedActionName(Act::kRerun), "rerun");
  EXPECT_EQ(UnmatchedActionName(Act::kInvite), "invite");
}

}  // namespace
}  // namespace tandem::domain
