// The relationship table: every relation against every action. A change in who may do what
// with a match must change this table on purpose.
#include "domain/relationship_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

constexpr Decision A = Decision::kAllow, U = Decision::kUnauthenticated, H = Decision::kHidden,
                   F = Decision::kForbidden;

struct Row {
  Relation relation;
  std::vector<Decision> expected;  // in the order of kAllRelationshipActions
};

const std::vector<Row>& Table() {
  //                                      view respond resume
  static const std::vector<Row> kTable = {
      {Relation::kAnonymous,        {U, U, U}},
      {Relation::kOutsider,         {H, H, H}},
      {Relation::kMember,           {H, H, F}},  // resume: 403 as kManageMatching answers
      {Relation::kMentee,           {A, A, F}},
      {Relation::kMentor,           {A, A, F}},
      {Relation::kRecipient,        {H, H, H}},
      {Relation::kCoordinator,      {A, H, A}},  // never answers for a side: 404 as before
      {Relation::kOrgAdmin,         {A, H, A}},
      {Relation::kOtherCoordinator, {H, H, H}},  // cannot occur yet (no outside mentors)
      {Relation::kGuardian,         {A, F, F}},  // cannot occur yet (issue 10)
  };
  return kTable;
}

TEST(RelationshipPolicyTest, TableCoversEveryRelation) {
  ASSERT_EQ(Table().size(), std::size(kAllRelations));
  for (size_t i = 0; i < Table().size(); ++i) EXPECT_EQ(Table()[i].relation, kAllRelations[i]);
}

TEST(RelationshipPolicyTest, EveryRelationAgainstEveryAction) {
  for (const Row& row : Table()) {
    ASSERT_EQ(row.expected.size(), std::size(kAllRelationshipActions));
    for (size_t i = 0; i < row.expected.size(); ++i)
      EXPECT_EQ(RelationshipDecision(row.relation, kAllRelationshipActions[i]), row.expected[i])
          << RelationName(row.relation) << " / "
          << RelationshipActionName(kAllRelationshipActions[i]);
  }
}

TEST(RelationshipPolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  auto who = [](std::string id, bool member, RoleSet roles) {
    return PartyActor{Actor{std::move(id), false, member, std::move(roles)}, {}};
  };
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnRelationship(who(side, true, {}), r, RelationshipAction::kRespond));
  Status s = AuthorizeOnRelationship(who("c", true, {Role::kCoordinator}), r,
                                     RelationshipAction::kRespond);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_OK(AuthorizeOnRelationship(who("c", true, {Role::kCoordinator}), r,
                                    RelationshipAction::kResume));
  EXPECT_CODE(
      AuthorizeOnRelationship(who("mentee", true, {Role::kMentee}), r, RelationshipAction::kResume),
      StatusCode::kPermissionDenied);
  EXPECT_CODE(AuthorizeOnRelationship(who("x", false, {}), r, RelationshipAction::kView),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::domain
