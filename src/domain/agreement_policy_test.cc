// The agreement table: every relation against every action. A change in who may do what with a
// relationship's agreement must change this table on purpose.
#include "domain/agreement_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

constexpr Decision A = Decision::kAllow, U = Decision::kUnauthenticated, H = Decision::kHidden,
                   F = Decision::kForbidden;

struct Row {
  Relation relation;
  std::vector<Decision> expected;  // in the order of kAllAgreementActions
};

const std::vector<Row>& Table() {
  //                                      view accept send-link
  static const std::vector<Row> kTable = {
      {Relation::kAnonymous,        {U, U, U}},
      {Relation::kOutsider,         {H, H, H}},
      {Relation::kMember,           {H, H, H}},
      {Relation::kMentee,           {A, A, F}},
      {Relation::kMentor,           {A, A, F}},
      {Relation::kRecipient,        {H, H, H}},
      {Relation::kCoordinator,      {A, H, A}},  // sees and resends, never accepts for a side
      {Relation::kOrgAdmin,         {A, H, A}},
      {Relation::kOtherCoordinator, {H, H, H}},  // cannot occur yet (no outside mentors)
      {Relation::kGuardian,         {A, F, F}},  // accepts through the emailed link instead
  };
  return kTable;
}

TEST(AgreementPolicyTest, TableCoversEveryRelation) {
  ASSERT_EQ(Table().size(), std::size(kAllRelations));
  for (size_t i = 0; i < Table().size(); ++i) EXPECT_EQ(Table()[i].relation, kAllRelations[i]);
}

TEST(AgreementPolicyTest, EveryRelationAgainstEveryAction) {
  for (const Row& row : Table()) {
    ASSERT_EQ(row.expected.size(), std::size(kAllAgreementActions));
    for (size_t i = 0; i < row.expected.size(); ++i)
      EXPECT_EQ(AgreementDecision(row.relation, kAllAgreementActions[i]), row.expected[i])
          << RelationName(row.relation) << " / " << AgreementActionName(kAllAgreementActions[i]);
  }
}

TEST(AgreementPolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  auto who = [](std::string id, bool member, RoleSet roles) {
    return PartyActor{Actor{std::move(id), false, member, std::move(roles)}, {}};
  };
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnAgreement(who(side, true, {}), r, AgreementAction::kAccept));
  EXPECT_CODE(AuthorizeOnAgreement(who("c", true, {Role::kCoordinator}), r,
                                   AgreementAction::kAccept),
              StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnAgreement(who("mentee", true, {Role::kMentee}), r,
                                   AgreementAction::kSendGuardianLink),
              StatusCode::kPermissionDenied);
  EXPECT_OK(AuthorizeOnAgreement(who("c", true, {Role::kCoordinator}), r,
                                 AgreementAction::kSendGuardianLink));
  // A coordinator who is also the mentor accepts for the mentor's side.
  EXPECT_OK(AuthorizeOnAgreement(who("mentor", true, {Role::kCoordinator}), r,
                                 AgreementAction::kAccept));
  Status s = AuthorizeOnAgreement(who("other", true, {Role::kMentee}), r, AgreementAction::kView);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_CODE(AuthorizeOnAgreement(who("x", false, {}), r, AgreementAction::kView),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::domain
