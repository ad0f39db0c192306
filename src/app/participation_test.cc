// Ending participation through each of its three doors: a coordinator ends an enrollment, an
// admin takes a role away, an admin removes a member. Each must leave nothing open behind.
#include "app/participation.h"

#include <algorithm>

#include "app/match_rounds.h"
#include "app/me.h"
#include "app/mentor_requests.h"
#include "app/notifications.h"
#include "app/programs.h"
#include "app/recommendations.h"
#include "app/relationships.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;
using domain::RelationshipStatus;
using domain::Role;

class ParticipationTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Career Pathways";
    p.audience = domain::Audience::kAdult;
    p.default_mentor_capacity = 1;
    program_ = CreateProgram(*ctx_, coordinator_, org_.id, p)->program;
  }

  struct Joined {
    Caller caller;
    std::string enrollment_id;
  };

  Joined Join(const std::string& name, ProgramRole role, int capacity = 1) {
    Caller c = Member(org_, {domain::ToRole(role)}, name);
    domain::Profile p;
    p.languages = {"en"};
    p.interests = {"Robotics"};
    if (role == ProgramRole::kMentor) {
      p.skills_teach = {{"SQL", 4}};
      p.mentor = {capacity, true};
    } else {
      p.skills_learn = {{"SQL", 1, 3}};
    }
    EXPECT_OK(PutMyProfile(*ctx_, c, name, p));
    auto e = ApplyToProgram(*ctx_, c, org_.id, program_.id, role, "");
    EXPECT_OK(e);
    return {c, e.ok() ? e->enrollment.id : ""};
  }

  domain::Enrollment Enrollment(const std::string& id) {
    domain::Enrollment out;
    EXPECT_OK(store_->TransactRead([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(out, tx.GetEnrollment(org_.id, id));
      return Status::Ok();
    }));
    return out;
  }

  std::vector<domain::Notification> Notifications(const Caller& c) {
    auto n = ListMyNotifications(*ctx_, c, {});
    EXPECT_OK(n);
    return n.ok() ? n->items : std::vector<domain::Notification>{};
  }

  static bool HasKind(const std::vector<domain::Notification>& ns, const std::string& kind) {
    return std::any_of(ns.begin(), ns.end(), [&](const auto& n) { return domain::NotificationKindName(n.kind) == kind; });
  }

  domain::Relationship OnlyRelationship(const Caller& c) {
    auto rels = ListMyRelationships(*ctx_, c, {});
    EXPECT_OK(rels);
    EXPECT_EQ(rels->items.size(), 1u);
    return rels->items.empty() ? domain::Relationship{} : rels->items.front().relationship;
  }

  // A mentee asks a mentor, who accepts: an active relationship.
  void Pair(const Caller& mentee, const Caller& mentor) {
    auto r = RequestMentor(*ctx_, mentee, org_.id, program_.id, mentor.person_id, "");
    ASSERT_OK(r);
    ASSERT_OK(RespondToRequest(*ctx_, mentor, org_.id, r->request.id, true, ""));
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
};

TEST_F(ParticipationTest, EndingAMentorsEnrollmentClosesEverythingOnTheirSide) {
  Joined ana = Join("Ana", ProgramRole::kMentee);
  Joined ben = Join("Ben", ProgramRole::kMentee);
  Joined mo = Join("Mo", ProgramRole::kMentor, 2);
  Joined nia = Join("Nia", ProgramRole::kMentor, 1);
  Pair(ben.caller, mo.caller);  // active Ben–Mo
  auto asked = RequestMentor(*ctx_, ana.caller, org_.id, program_.id, mo.caller.person_id, "");
  ASSERT_OK(asked);
  RoundRequest scope;
  scope.mentee_scope = {ana.caller.person_id};
  scope.mentor_scope = {mo.caller.person_id};
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, scope);
  ASSERT_OK(round);
  const bool ana_proposed_to_mo =
      std::any_of(round->proposals.begin(), round->proposals.end(), [&](const auto& p) {
        return p.proposal.mentee_id == ana.caller.person_id &&
               p.proposal.mentor_id == mo.caller.person_id;
      });
  ASSERT_TRUE(ana_proposed_to_mo) << "Mo has one place left for Ana";

  auto ended = EndEnrollment(*ctx_, coordinator_, org_.id, program_.id, mo.enrollment_id);
  ASSERT_OK(ended);
  EXPECT_EQ(ended->enrollment.status, EnrollmentStatus::kEnded);

  // The pending request is withdrawn and Ana is told.
  auto mine = ListMyRequests(*ctx_, ana.caller, org_.id, program_.id, {});
  ASSERT_OK(mine);
  EXPECT_EQ(mine->items.front().request.status, domain::RequestStatus::kWithdrawn);
  EXPECT_TRUE(HasKind(Notifications(ana.caller), "request_withdrawn"));
  // The active relationship ends with a reason id, and Ben is told.
  domain::Relationship rel = OnlyRelationship(ben.caller);
  EXPECT_EQ(rel.status, RelationshipStatus::kEnded);
  EXPECT_EQ(rel.end_reason, "enrollment_ended");
  EXPECT_TRUE(HasKind(Notifications(ben.caller), "relationship_ended"));
  EXPECT_TRUE(HasKind(Notifications(mo.caller), "enrollment_ended"));
  // The draft round lost the proposal and stays consistent: Ana is unmatched again.
  auto after = GetMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(after);
  int64_t total = 0;
  for (const auto& p : after->proposals) {
    EXPECT_NE(p.proposal.mentor_id, mo.caller.person_id);
    total += p.proposal.score;
  }
  EXPECT_EQ(after->round.total_score, total);
  EXPECT_EQ(after->round.matched, static_cast<int>(after->proposals.size()));
  EXPECT_EQ(after->round.unmatched, static_cast<int>(after->unmatched.size()));
  EXPECT_TRUE(std::any_of(after->unmatched.begin(), after->unmatched.end(), [&](const auto& u) {
    return u.unmatched.mentee_id == ana.caller.person_id;
  }));
  // Gone from recommendations; cannot be requested.
  auto recs = RecommendMentors(*ctx_, ana.caller, org_.id, program_.id, {});
  ASSERT_OK(recs);
  for (const auto& r : recs->items) EXPECT_NE(r.mentor_id, mo.caller.person_id);
  EXPECT_FALSE(
      RequestMentor(*ctx_, ana.caller, org_.id, program_.id, mo.caller.person_id, "").ok());
  // Nia is untouched.
  EXPECT_EQ(Enrollment(nia.enrollment_id).status, EnrollmentStatus::kActive);

  // Ending twice is refused; applying again waits for a coordinator, though the program
  // admits newcomers at once.
  auto again = EndEnrollment(*ctx_, coordinator_, org_.id, program_.id, mo.enrollment_id);
  EXPECT_CODE(again, StatusCode::kFailedPrecondition);
  auto back = ApplyToProgram(*ctx_, mo.caller, org_.id, program_.id, ProgramRole::kMentor, "");
  ASSERT_OK(back);
  EXPECT_EQ(back->enrollment.status, EnrollmentStatus::kPending);
  auto other_role =
      ApplyToProgram(*ctx_, mo.caller, org_.id, program_.id, ProgramRole::kMentee, "");
  ASSERT_OK(other_role);
  EXPECT_EQ(other_role->enrollment.status, EnrollmentStatus::kPending);
}

TEST_F(ParticipationTest, OnlyStaffOfTheProgramsOrganisationMayEndAnEnrollment) {
  Joined ana = Join("Ana", ProgramRole::kMentee);
  Joined mo = Join("Mo", ProgramRole::kMentor);
  auto by_mentor = EndEnrollment(*ctx_, mo.caller, org_.id, program_.id, ana.enrollment_id);
  EXPECT_CODE(by_mentor, StatusCode::kPermissionDenied);
  domain::Organisation other = MakeOrg("other");
  Caller outsider = Member(other, {Role::kCoordinator}, "out");
  auto by_outsider = EndEnrollment(*ctx_, outsider, org_.id, program_.id, ana.enrollment_id);
  EXPECT_CODE(by_outsider, StatusCode::kNotFound);
  auto wrong_program = EndEnrollment(*ctx_, coordinator_, org_.id, "nope", ana.enrollment_id);
  EXPECT_CODE(wrong_program, StatusCode::kNotFound);
  EXPECT_EQ(Enrollment(ana.enrollment_id).status, EnrollmentStatus::kActive);
}

TEST_F(ParticipationTest, RemovingAMemberEndsTheirParticipationAndMembership) {
  Joined ben = Join("Ben", ProgramRole::kMentee);
  Joined mo = Join("Mo", ProgramRole::kMentor);
  Pair(ben.caller, mo.caller);
  ASSERT_OK(RemoveMember(*ctx_, admin_, org_.id, ben.caller.person_id));
  domain::Relationship rel = OnlyRelationship(mo.caller);
  EXPECT_EQ(rel.status, RelationshipStatus::kEnded);
  EXPECT_EQ(rel.end_reason, "member_removed");
  EXPECT_TRUE(HasKind(Notifications(mo.caller), "relationship_ended"));
  EXPECT_EQ(Enrollment(ben.enrollment_id).status, EnrollmentStatus::kEnded);
  auto members = ListMembers(*ctx_, admin_, org_.id, {}, {});
  ASSERT_OK(members);
  for (const auto& m : members->items) EXPECT_NE(m.person_id, ben.caller.person_id);
  // No longer a member: the organisation is gone from their view.
  EXPECT_CODE(ListPrograms(*ctx_, ben.caller, org_.id, {}), StatusCode::kNotFound);
  EXPECT_CODE(RemoveMember(*ctx_, admin_, org_.id, ben.caller.person_id), StatusCode::kNotFound);
}

TEST_F(ParticipationTest, TakingAwayTheMenteeRoleEndsOnlyTheMenteeSide) {
  Joined ben = Join("Ben", ProgramRole::kMentee);
  Joined mo = Join("Mo", ProgramRole::kMentor);
  Pair(ben.caller, mo.caller);
  auto member = SetMemberRoles(*ctx_, admin_, org_.id, ben.caller.person_id, {});
  ASSERT_OK(member);
  EXPECT_EQ(OnlyRelationship(mo.caller).end_reason, "role_removed");
  EXPECT_EQ(Enrollment(ben.enrollment_id).status, EnrollmentStatus::kEnded);
  // Mo's roles change without touching anything of theirs that is not in scope.
  ASSERT_OK(
      SetMemberRoles(*ctx_, admin_, org_.id, mo.caller.person_id, {Role::kMentor, Role::kMentee}));
  EXPECT_EQ(Enrollment(mo.enrollment_id).status, EnrollmentStatus::kActive);
}

TEST_F(ParticipationTest, TheLastAdministratorCannotBeRemovedNorDemoted) {
  Caller second = Member(org_, {Role::kOrgAdmin}, "second");
  // admin_ (who created the organisation) and `second` are both administrators.
  EXPECT_CODE(RemoveMember(*ctx_, second, org_.id, second.person_id),
              StatusCode::kFailedPrecondition)
      << "not oneself";
  ASSERT_OK(RemoveMember(*ctx_, second, org_.id, admin_.person_id));
  // `second` is now the last one: they can neither step down nor leave, and the platform
  // administrator, not a member, cannot act on the organisation's members at all.
  EXPECT_CODE(SetMemberRoles(*ctx_, second, org_.id, second.person_id, {Role::kCoordinator}),
              StatusCode::kFailedPrecondition);
  Caller platform = MakeUser("ops@tandem.example", "Ops", true);
  EXPECT_CODE(RemoveMember(*ctx_, platform, org_.id, second.person_id),
              StatusCode::kPermissionDenied);
  EXPECT_CODE(SetMemberRoles(*ctx_, platform, org_.id, second.person_id, {Role::kCoordinator}),
              StatusCode::kPermissionDenied);
  EXPECT_OK(SetMemberRoles(*ctx_, second, org_.id, second.person_id,
                           {Role::kOrgAdmin, Role::kCoordinator}));
}

TEST_F(ParticipationTest, PublishingRefusesAPairWhosePlaceEndedMeanwhile) {
  Joined ana = Join("Ana", ProgramRole::kMentee);
  Joined mo = Join("Mo", ProgramRole::kMentor);
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 1u);
  // A path that skipped the cascade (the draft round keeps the proposal): publishing checks.
  ASSERT_OK(store_->Transact([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(domain::Enrollment e, tx.GetEnrollment(org_.id, ana.enrollment_id));
    e.status = EnrollmentStatus::kEnded;
    return tx.UpdateEnrollment(e);
  }));
  auto published = PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  EXPECT_CODE(published, StatusCode::kFailedPrecondition);
  auto rels = ListMyRelationships(*ctx_, mo.caller, {});
  ASSERT_OK(rels);
  EXPECT_TRUE(rels->items.empty());
}

}  // namespace
}  // namespace tandem::app
