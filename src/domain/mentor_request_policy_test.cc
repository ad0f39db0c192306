// The mentor-request table: every relation against every action. A change in who may do what
// with a request must change this table on purpose.
#include "domain/mentor_request_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

constexpr Decision A = Decision::kAllow, U = Decision::kUnauthenticated, H = Decision::kHidden,
                   F = Decision::kForbidden;

struct Row {
  Relation relation;
  std::vector<Decision> expected;  // in the order of kAllRequestActions
};

const std::vector<Row>& Table() {
  //                                      view answer withdraw
  static const std::vector<Row> kTable = {
      {Relation::kAnonymous,        {U, U, U}},
      {Relation::kOutsider,         {H, H, H}},
      {Relation::kMember,           {H, H, H}},
      {Relation::kMentee,           {A, H, A}},  // answering is the mentor's: 404 as before
      {Relation::kMentor,           {A, A, H}},  // withdrawing is the mentee's: 404 as before
      {Relation::kRecipient,        {H, H, H}},
      {Relation::kCoordinator,      {H, H, H}},
      {Relation::kOrgAdmin,         {H, H, H}},
      {Relation::kOtherCoordinator, {H, H, H}},
      {Relation::kGuardian,         {A, F, F}},  // cannot occur yet (issue 10)
  };
  return kTable;
}

TEST(MentorRequestPolicyTest, TableCoversEveryRelation) {
  ASSERT_EQ(Table().size(), std::size(kAllRelations));
  for (size_t i = 0; i < Table().size(); ++i) EXPECT_EQ(Table()[i].relation, kAllRelations[i]);
}

TEST(MentorRequestPolicyTest, EveryRelationAgainstEveryAction) {
  for (const Row& row : Table()) {
    ASSERT_EQ(row.expected.size(), std::size(kAllRequestActions));
    for (size_t i = 0; i < row.expected.size(); ++i)
      EXPECT_EQ(RequestDecision(row.relation, kAllRequestActions[i]), row.expected[i])
          << RelationName(row.relation) << " / " << RequestActionName(kAllRequestActions[i]);
  }
}

TEST(MentorRequestPolicyTest, DecidesFromTheRecord) {
  MentorRequest r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  auto who = [](std::string id, bool member, RoleSet roles) {
    return PartyActor{Actor{std::move(id), false, member, std::move(roles)}, {}};
  };
  EXPECT_OK(AuthorizeOnRequest(who("mentor", true, {Role::kMentor}), r, RequestAction::kAnswer));
  Status s = AuthorizeOnRequest(who("mentee", true, {Role::kMentee}), r, RequestAction::kAnswer);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such request.");
  EXPECT_OK(AuthorizeOnRequest(who("mentee", true, {Role::kMentee}), r, RequestAction::kWithdraw));
  // Another mentor of the organisation, a coordinator, another organisation's member: 404.
  for (const auto& other : {who("m2", true, {Role::kMentor}), who("c", true, {Role::kCoordinator}),
                            who("x", false, {})})
    EXPECT_CODE(AuthorizeOnRequest(other, r, RequestAction::kAnswer), StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnRequest(PartyActor{}, r, RequestAction::kView),
              StatusCode::kUnauthenticated);
}

}  // namespace
}  // namespace tandem::domain
