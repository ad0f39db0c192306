// RelationsTo: the caller's relations to a record, from ids and roles alone.
#include "domain/party.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"
#include "domain/relationship_policy.h"

namespace tandem::domain {
namespace {

PartyActor Someone(std::string id, bool member, RoleSet roles, RoleSet home_roles = {}) {
  return PartyActor{Actor{std::move(id), false, member, std::move(roles)}, std::move(home_roles)};
}

RecordParties Pair() {
  RecordParties p;
  p.organisation_id = "org";
  p.mentee_id = "mentee";
  p.mentor_id = "mentor";
  return p;
}

std::vector<Relation> Of(const PartyActor& who, const RecordParties& parties) {
  return RelationsTo(who, parties).List();
}

TEST(PartyTest, PartiesFromTheirIds) {
  using R = std::vector<Relation>;
  EXPECT_EQ(Of(Someone("mentee", true, {Role::kMentee}), Pair()), R{Relation::kMentee});
  EXPECT_EQ(Of(Someone("mentor", true, {Role::kMentor}), Pair()), R{Relation::kMentor});
  // A party removed from the organisation since is still the record's party.
  EXPECT_EQ(Of(Someone("mentor", false, {}), Pair()), R{Relation::kMentor});
}

TEST(PartyTest, StaffMembersAndOutsiders) {
  using R = std::vector<Relation>;
  EXPECT_EQ(Of(PartyActor{}, Pair()), R{Relation::kAnonymous});
  EXPECT_EQ(Of(Someone("x", false, {}), Pair()), R{Relation::kOutsider});
  EXPECT_EQ(Of(Someone("x", true, {}), Pair()), R{Relation::kMember});
  EXPECT_EQ(Of(Someone("x", true, {Role::kMentee}), Pair()), R{Relation::kMember});
  EXPECT_EQ(Of(Someone("x", true, {Role::kCoordinator}), Pair()), R{Relation::kCoordinator});
  EXPECT_EQ(Of(Someone("x", true, {Role::kOrgAdmin}), Pair()), R{Relation::kOrgAdmin});
  // Roles of a non-member (there are none) never make staff.
  EXPECT_EQ(Of(Someone("x", false, {Role::kCoordinator}), Pair()), R{Relation::kOutsider});
}

TEST(PartyTest, RelationsCombine) {
  auto both = RelationsTo(Someone("mentor", true, {Role::kMentor, Role::kCoordinator}), Pair());
  EXPECT_TRUE(both.Has(Relation::kMentor));
  EXPECT_TRUE(both.Has(Relation::kCoordinator));
  EXPECT_FALSE(both.Has(Relation::kMember));
  // The most permissive decision wins: as mentor they answer; as coordinator they resume.
  EXPECT_EQ(DecideOverRelations<RelationshipAction>(both, RelationshipAction::kRespond,
                                                    RelationshipDecision),
            Decision::kAllow);
  EXPECT_EQ(DecideOverRelations<RelationshipAction>(both, RelationshipAction::kResume,
                                                    RelationshipDecision),
            Decision::kAllow);
  EXPECT_EQ(SideOf(both), Side::kMentor);
  EXPECT_EQ(SideOf(Relations{Relation::kCoordinator}), std::nullopt);
}

TEST(PartyTest, OtherOrganisationsCoordinator) {
  RecordParties outside = Pair();
  outside.home_organisation_id = "home";
  EXPECT_EQ(Of(Someone("c", false, {}, {Role::kCoordinator}), outside),
            std::vector<Relation>{Relation::kOtherCoordinator});
  // Without a home organisation apart from the record's, there is no other coordinator.
  EXPECT_EQ(Of(Someone("c", false, {}, {Role::kCoordinator}), Pair()),
            std::vector<Relation>{Relation::kOutsider});
  outside.home_organisation_id = "org";
  EXPECT_EQ(Of(Someone("c", false, {}, {Role::kCoordinator}), outside),
            std::vector<Relation>{Relation::kOutsider});
}

TEST(PartyTest, GuardianOfTheMentee) {
  RecordParties minor = Pair();
  minor.mentee_guardian_ids = {"g"};
  EXPECT_EQ(Of(Someone("g", false, {}), minor), std::vector<Relation>{Relation::kGuardian});
  EXPECT_EQ(Of(Someone("g", false, {}), Pair()), std::vector<Relation>{Relation::kOutsider});
}

TEST(PartyTest, Recipient) {
  RecordParties notice;
  notice.organisation_id = "org";
  notice.recipient_id = "p";
  EXPECT_EQ(Of(Someone("p", true, {Role::kMentee}), notice),
            std::vector<Relation>{Relation::kRecipient});
  EXPECT_EQ(Of(Someone("q", true, {}), notice), std::vector<Relation>{Relation::kMember});
  // An empty caller id is anonymous, never the party of a record whose id is empty.
  EXPECT_EQ(Of(Someone("", true, {}), Pair()), std::vector<Relation>{Relation::kAnonymous});
}

TEST(PartyTest, StatusOfEachDecision) {
  EXPECT_OK(PartyStatus(Decision::kAllow, "request", "answer this request"));
  EXPECT_CODE(PartyStatus(Decision::kUnauthenticated, "request", "x"),
              StatusCode::kUnauthenticated);
  Status hidden = PartyStatus(Decision::kHidden, "request", "answer this request");
  EXPECT_CODE(hidden, StatusCode::kNotFound);
  EXPECT_EQ(hidden.message(), "No such request.");
  Status forbidden = PartyStatus(Decision::kForbidden, "relationship", "resume this match");
  EXPECT_CODE(forbidden, StatusCode::kPermissionDenied);
  EXPECT_EQ(forbidden.message(), "You cannot resume this match.");
}

TEST(PartyTest, EveryRelationHasAName) {
  for (Relation r : kAllRelations) EXPECT_FALSE(RelationName(r).empty());
}

}  // namespace
}  // namespace tandem::domain
