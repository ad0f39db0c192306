// Youth safeguarding, path by path: recommendation, request, round, publish, acceptance of a
// request and of a proposal, the revocation cascade, coordinator marks, minors as mentors and
// peers. The random interleavings are in safeguarding_property_test.cc.
#include "app/safeguarding.h"

#include <algorithm>

#include "app/invitations.h"
#include "app/match_rounds.h"
#include "app/matching_settings.h"
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

using domain::ProgramRole;
using domain::RelationshipStatus;
using domain::Role;

class SafeguardingTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    program_ = NewProgram(domain::Audience::kYouth, domain::ProgramType::kOneToOne);
  }

  domain::Program NewProgram(domain::Audience audience, domain::ProgramType type) {
    domain::Program p;
    p.name = "Program " + NewId().substr(0, 6);
    p.audience = audience;
    p.type = type;
    p.default_mentor_capacity = 3;
    auto made = CreateProgram(*ctx_, coordinator_, org_.id, p);
    EXPECT_OK(made);
    return made->program;
  }

  static domain::Profile ProfileOf(bool minor_box, bool mentor) {
    domain::Profile p;
    // Both sides of a skill, so that peers (who are each other's mentor) can pair too.
    p.skills_teach = {{"SQL", mentor ? 4 : 2}};
    p.skills_learn = {{"SQL", 1, 3}};
    p.mentor = {3, true};
    p.interests = {"Robotics"};
    p.languages = {"en"};
    p.time_zone = "America/Chicago";
    p.availability_hours_per_month = 4;
    if (minor_box) p.minor = {true, "Guardian", "guardian@example.org"};
    return p;
  }

  struct Joined {
    Caller caller;
    std::string enrollment_id;
  };

  // An active participant of `program`; mentors screened and trained when `cleared`.
  Joined Join(const domain::Program& program, const std::string& name, ProgramRole role,
              bool minor_box = false, bool cleared = true) {
    Caller c = Member(org_, {domain::ToRole(role)}, name);
    EXPECT_OK(PutMyProfile(*ctx_, c, name, ProfileOf(minor_box, role == ProgramRole::kMentor)));
    auto e = ApplyToProgram(*ctx_, c, org_.id, program.id, role, "");
    EXPECT_OK(e);
    if (role == ProgramRole::kMentor && cleared) {
      EXPECT_OK(Flags(program, e->enrollment.id, {true, true, std::nullopt}));
    }
    return {c, e.ok() ? e->enrollment.id : ""};
  }

  Result<domain::EnrollmentView> Flags(const domain::Program& program, const std::string& id,
                                       EnrollmentFlags flags) {
    return SetEnrollmentFlags(*ctx_, coordinator_, org_.id, program.id, id, flags);
  }

  // Changes an enrollment behind the use cases' back, as if screening lapsed in a way no
  // cascade saw: the checks at publish and acceptance must still refuse.
  void LapseBehindTheBack(const std::string& enrollment_id) {
    ASSERT_OK(store_->Transact([&](Tx& tx) {
      auto e = tx.GetEnrollment(org_.id, enrollment_id);
      if (!e.ok()) return e.status();
      e->screening_cleared = false;
      return tx.UpdateEnrollment(*e);
    }));
  }

  std::vector<domain::Relationship> Relationships(const domain::Program& program) {
    std::vector<domain::Relationship> out;
    EXPECT_OK(store_->Transact([&](Tx& tx) {
      auto rels = tx.ListRelationships(org_.id, program.id, {});
      if (!rels.ok()) return rels.status();
      out = std::move(rels).value();
      return Status::Ok();
    }));
    return out;
  }

  std::vector<std::string> Recommended(const domain::Program& program, const Caller& mentee) {
    auto recs = RecommendMentors(*ctx_, mentee, org_.id, program.id, {});
    EXPECT_OK(recs);
    std::vector<std::string> ids;
    if (recs.ok())
      for (const auto& r : recs->items) ids.push_back(r.mentor_id);
    return ids;
  }

  static bool Has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
};

// In a youth program a mentee who never ticked the box is still protected.
TEST_F(SafeguardingTest, YouthProgramProtectsEveryMenteeInRecommendationsRequestsAndRounds) {
  Joined adult = Join(program_, "Ada", ProgramRole::kMentee, /*minor_box=*/false);
  Joined cleared = Join(program_, "Cleo", ProgramRole::kMentor);
  Joined uncleared = Join(program_, "Uli", ProgramRole::kMentor, false, /*cleared=*/false);
  Joined half = Join(program_, "Hal", ProgramRole::kMentor, false, false);
  ASSERT_OK(Flags(program_, half.enrollment_id, {true, std::nullopt, std::nullopt}));

  auto recs = Recommended(program_, adult.caller);
  EXPECT_TRUE(Has(recs, cleared.caller.person_id));
  EXPECT_FALSE(Has(recs, uncleared.caller.person_id));
  EXPECT_FALSE(Has(recs, half.caller.person_id));  // screened but not trained

  auto refused = RequestMentor(*ctx_, adult.caller, org_.id, program_.id,
                               uncleared.caller.person_id, "");
  EXPECT_CODE(refused, StatusCode::kFailedPrecondition);

  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 1u);
  EXPECT_EQ(round->proposals[0].proposal.mentor_id, cleared.caller.person_id);

  // The enrollment says so too.
  auto list = ListEnrollments(*ctx_, coordinator_, org_.id, program_.id, {}, {});
  ASSERT_OK(list);
  auto v = std::find_if(list->items.begin(), list->items.end(), [&](const auto& x) {
    return x.enrollment.person_id == adult.caller.person_id;
  });
  ASSERT_NE(v, list->items.end()) << "the adult's enrollment is not listed";
  EXPECT_FALSE(v->self_declared_minor);
  EXPECT_EQ(v->program_audience, domain::Audience::kYouth);
}

TEST_F(SafeguardingTest, PublishRefusesAMentorWhoseScreeningLapsedAfterTheRound) {
  Joined mentee = Join(program_, "Ana", ProgramRole::kMentee);
  Joined mentor = Join(program_, "Mo", ProgramRole::kMentor);
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 1u);
  LapseBehindTheBack(mentor.enrollment_id);
  auto published = PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_CODE(published, StatusCode::kFailedPrecondition);
  EXPECT_NE(published.status().message().find("screening and training"), std::string::npos)
      << published.status().message();
  EXPECT_TRUE(Relationships(program_).empty());
  auto again = GetMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(again);
  EXPECT_EQ(again->round.status, domain::RoundStatus::kDraft);
  (void)mentee;
}

TEST_F(SafeguardingTest, AcceptingARequestOrAProposalChecksClearanceNow) {
  Joined ana = Join(program_, "Ana", ProgramRole::kMentee);
  Joined mo = Join(program_, "Mo", ProgramRole::kMentor);
  auto request = RequestMentor(*ctx_, ana.caller, org_.id, program_.id, mo.caller.person_id, "");
  ASSERT_OK(request);
  LapseBehindTheBack(mo.enrollment_id);
  auto accepted = RespondToRequest(*ctx_, mo.caller, org_.id, request->request.id, true, "");
  EXPECT_CODE(accepted, StatusCode::kFailedPrecondition);
  EXPECT_TRUE(Relationships(program_).empty());

  // A proposal: published while cleared, then screening lapses before the mentor accepts.
  ASSERT_OK(Flags(program_, mo.enrollment_id, {true, true, std::nullopt}));
  ASSERT_OK(WithdrawRequest(*ctx_, ana.caller, org_.id, request->request.id));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_OK(PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id));
  auto rels = Relationships(program_);
  ASSERT_EQ(rels.size(), 1u);
  ASSERT_EQ(rels[0].status, RelationshipStatus::kProposed);
  ASSERT_OK(RespondToRelationship(*ctx_, ana.caller, org_.id, rels[0].id, true));
  LapseBehindTheBack(mo.enrollment_id);
  auto confirm = RespondToRelationship(*ctx_, mo.caller, org_.id, rels[0].id, true);
  EXPECT_CODE(confirm, StatusCode::kFailedPrecondition);
  EXPECT_EQ(Relationships(program_)[0].status, RelationshipStatus::kProposed);
}

TEST_F(SafeguardingTest, RevokingScreeningWithdrawsPausesAndTellsCoordinators) {
  Joined active = Join(program_, "Ana", ProgramRole::kMentee);
  Joined asking = Join(program_, "Ben", ProgramRole::kMentee);
  Joined drafted = Join(program_, "Cy", ProgramRole::kMentee);
  Joined mo = Join(program_, "Mo", ProgramRole::kMentor);
  // Ana: an active match from an accepted request.
  auto q = RequestMentor(*ctx_, active.caller, org_.id, program_.id, mo.caller.person_id, "");
  ASSERT_OK(q);
  ASSERT_OK(RespondToRequest(*ctx_, mo.caller, org_.id, q->request.id, true, ""));
  // Ben and Cy: a round proposes both; then Ben also asks, so Cy is only a draft proposal.
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 2u);
  auto pending = RequestMentor(*ctx_, asking.caller, org_.id, program_.id, mo.caller.person_id, "");
  ASSERT_OK(pending);

  auto revoked = Flags(program_, mo.enrollment_id, {false, std::nullopt, std::nullopt});
  ASSERT_OK(revoked);

  auto rels = Relationships(program_);
  ASSERT_EQ(rels.size(), 1u);
  EXPECT_EQ(rels[0].status, RelationshipStatus::kPaused);
  auto requests = ListMyRequests(*ctx_, asking.caller, org_.id, program_.id, {});
  ASSERT_OK(requests);
  EXPECT_EQ(requests->items.at(0).effective_status, domain::RequestStatus::kWithdrawn);
  auto view = GetMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(view);
  EXPECT_TRUE(view->proposals.empty());
  EXPECT_EQ(view->unmatched.size(), 3u);  // Ana (already matched), now Ben and Cy too
  auto has = [&](const Caller& who, const std::string& kind, const std::string& link) {
    auto notes = ListMyNotifications(*ctx_, who, {});
    EXPECT_OK(notes);
    return notes.ok() && std::any_of(notes->items.begin(), notes->items.end(), [&](const auto& n) {
             return domain::NotificationKindName(n.kind) == kind && n.link == link;
           });
  };
  EXPECT_TRUE(has(coordinator_, "safeguarding_paused",
                  "/orgs/" + org_.id + "/programs/" + program_.id));
  EXPECT_TRUE(has(active.caller, "match_paused", "/relationships/" + rels[0].id));
  EXPECT_TRUE(has(mo.caller, "match_paused", "/relationships/" + rels[0].id));
  // Publishing the emptied round creates nothing with Mo.
  ASSERT_OK(PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id));
  EXPECT_EQ(Relationships(program_).size(), 1u);

  // Paused means no contact: neither side can act on it.
  EXPECT_CODE(RespondToRelationship(*ctx_, mo.caller, org_.id, rels[0].id, true),
              StatusCode::kFailedPrecondition);
  auto paused = ListPausedRelationships(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(paused);
  ASSERT_EQ(paused->items.size(), 1u);
  EXPECT_CODE(ListPausedRelationships(*ctx_, mo.caller, org_.id, program_.id, {}),
              StatusCode::kPermissionDenied);

  // Restoring screening does not un-pause; resuming needs a coordinator, and clearance.
  EXPECT_CODE(ResumeRelationship(*ctx_, coordinator_, org_.id, rels[0].id),
              StatusCode::kFailedPrecondition);
  ASSERT_OK(Flags(program_, mo.enrollment_id, {true, std::nullopt, std::nullopt}));
  EXPECT_EQ(Relationships(program_)[0].status, RelationshipStatus::kPaused);
  EXPECT_CODE(ResumeRelationship(*ctx_, mo.caller, org_.id, rels[0].id),
              StatusCode::kPermissionDenied);
  auto resumed = ResumeRelationship(*ctx_, coordinator_, org_.id, rels[0].id);
  ASSERT_OK(resumed);
  EXPECT_EQ(resumed->relationship.status, RelationshipStatus::kActive);
  (void)drafted;
}

TEST_F(SafeguardingTest, RevokingTrainingPausesToo) {
  Joined ana = Join(program_, "Ana", ProgramRole::kMentee);
  Joined mo = Join(program_, "Mo", ProgramRole::kMentor);
  auto q = RequestMentor(*ctx_, ana.caller, org_.id, program_.id, mo.caller.person_id, "");
  ASSERT_OK(q);
  ASSERT_OK(RespondToRequest(*ctx_, mo.caller, org_.id, q->request.id, true, ""));
  ASSERT_OK(Flags(program_, mo.enrollment_id, {std::nullopt, false, std::nullopt}));
  EXPECT_EQ(Relationships(program_)[0].status, RelationshipStatus::kPaused);
}

// A coordinator's mark is per program: joining the same program in the other role carries it,
// whether by applying or by accepting an invitation.
TEST_F(SafeguardingTest, TheMinorMarkCarriesToTheOtherRoleHoweverItIsJoined) {
  domain::Program peer = NewProgram(domain::Audience::kAdult, domain::ProgramType::kOneToOne);
  Joined sam = Join(peer, "Sam", ProgramRole::kMentee);
  ASSERT_OK(Flags(peer, sam.enrollment_id, {std::nullopt, std::nullopt, true}));
  auto me = GetMe(*ctx_, sam.caller);
  ASSERT_OK(me);
  auto inv = CreateInvitation(*ctx_, coordinator_, org_.id,
                              {me->person.email, {}, peer.id, ProgramRole::kMentor});
  ASSERT_OK(inv);
  const std::string token = inv->link.substr(inv->link.rfind('/') + 1);
  ASSERT_OK(AcceptInvitation(*ctx_, sam.caller, token, {}, "192.0.2.10"));
  auto mine = ListMyEnrollments(*ctx_, sam.caller, {});
  ASSERT_OK(mine);
  ASSERT_EQ(mine->items.size(), 2u);
  for (const auto& e : mine->items) EXPECT_TRUE(e.enrollment.minor_marked) << e.enrollment.id;
}

// Adult program: only minors are protected. A coordinator's mark protects whatever the
// person's own box says, and their profile edits cannot clear it.
TEST_F(SafeguardingTest, CoordinatorMarkOutlivesTheStudentsOwnBox) {
  domain::Program adult = NewProgram(domain::Audience::kAdult, domain::ProgramType::kOneToOne);
  Joined sam = Join(adult, "Sam", ProgramRole::kMentee, /*minor_box=*/false);
  Joined uli = Join(adult, "Uli", ProgramRole::kMentor, false, /*cleared=*/false);
  EXPECT_TRUE(Has(Recommended(adult, sam.caller), uli.caller.person_id));
  auto q = RequestMentor(*ctx_, sam.caller, org_.id, adult.id, uli.caller.person_id, "");
  ASSERT_OK(q);
  ASSERT_OK(RespondToRequest(*ctx_, uli.caller, org_.id, q->request.id, true, ""));

  // Sam ticks the box: the active match with an uncleared mentor pauses at once.
  ASSERT_OK(PutMyProfile(*ctx_, sam.caller, "Sam", ProfileOf(true, false)));
  EXPECT_EQ(Relationships(adult)[0].status, RelationshipStatus::kPaused);

  // Another uncleared mentor, never paired with Sam, shows what recommendations allow.
  Joined vic = Join(adult, "Vic", ProgramRole::kMentor, false, /*cleared=*/false);
  auto marked = Flags(adult, sam.enrollment_id, {std::nullopt, std::nullopt, true});
  ASSERT_OK(marked);
  EXPECT_TRUE(marked->enrollment.minor_marked);
  // Sam clears the box: the mark holds, Uli is still not recommended.
  ASSERT_OK(PutMyProfile(*ctx_, sam.caller, "Sam", ProfileOf(false, false)));
  EXPECT_FALSE(Has(Recommended(adult, sam.caller), vic.caller.person_id));
  auto mine = ListMyEnrollments(*ctx_, sam.caller, {});
  ASSERT_OK(mine);
  EXPECT_TRUE(mine->items.at(0).enrollment.minor_marked);
  // Only coordinators mark.
  EXPECT_CODE(SetEnrollmentFlags(*ctx_, sam.caller, org_.id, adult.id, sam.enrollment_id,
                                 {std::nullopt, std::nullopt, false}),
              StatusCode::kPermissionDenied);
  // A coordinator may clear the mark; then only Sam's own (cleared) box counts.
  ASSERT_OK(Flags(adult, sam.enrollment_id, {std::nullopt, std::nullopt, false}));
  EXPECT_TRUE(Has(Recommended(adult, sam.caller), vic.caller.person_id));
  // The paused match stays paused: nothing un-pauses by itself.
  EXPECT_EQ(Relationships(adult)[0].status, RelationshipStatus::kPaused);
}

TEST_F(SafeguardingTest, AMinorNeverMentorsAnAdult) {
  domain::Program adult = NewProgram(domain::Audience::kAdult, domain::ProgramType::kOneToOne);
  Joined grown = Join(adult, "Gia", ProgramRole::kMentee, false);
  Joined kid = Join(adult, "Kit", ProgramRole::kMentee, /*minor_box=*/true);
  Joined young = Join(adult, "Yan", ProgramRole::kMentor, /*minor_box=*/true, /*cleared=*/true);
  EXPECT_FALSE(Has(Recommended(adult, grown.caller), young.caller.person_id));
  EXPECT_TRUE(Has(Recommended(adult, kid.caller), young.caller.person_id));
  auto refused = RequestMentor(*ctx_, grown.caller, org_.id, adult.id, young.caller.person_id, "");
  ASSERT_CODE(refused, StatusCode::kFailedPrecondition);
  EXPECT_NE(refused.status().message().find("is a minor"), std::string::npos);
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, adult.id, {});
  ASSERT_OK(round);
  for (const auto& p : round->proposals)
    EXPECT_NE(p.proposal.mentee_id, grown.caller.person_id);
}

// Peers: minors pair with minors or with cleared adults, never with an uncleared adult.
TEST_F(SafeguardingTest, PeerProgramsPairMinorsOnlyWithMinorsOrClearedAdults) {
  domain::Program peer = NewProgram(domain::Audience::kAdult, domain::ProgramType::kPeer);
  Joined kid = Join(peer, "Kit", ProgramRole::kMentee, /*minor_box=*/true);
  Joined adult = Join(peer, "Ada", ProgramRole::kMentee, false);
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, peer.id, {});
  ASSERT_OK(round);
  EXPECT_TRUE(round->proposals.empty());
  Joined other_kid = Join(peer, "Kai", ProgramRole::kMentee, true);
  round = RunMatchRound(*ctx_, coordinator_, org_.id, peer.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 1u);
  const auto& p = round->proposals[0].proposal;
  EXPECT_TRUE((p.mentee_id == kid.caller.person_id && p.mentor_id == other_kid.caller.person_id) ||
              (p.mentor_id == kid.caller.person_id && p.mentee_id == other_kid.caller.person_id));
  (void)adult;
}

TEST_F(SafeguardingTest, MakingAProgramYouthPausesUnclearedMatches) {
  domain::Program adult = NewProgram(domain::Audience::kAdult, domain::ProgramType::kOneToOne);
  Joined ana = Join(adult, "Ana", ProgramRole::kMentee, false);
  Joined uli = Join(adult, "Uli", ProgramRole::kMentor, false, /*cleared=*/false);
  auto q = RequestMentor(*ctx_, ana.caller, org_.id, adult.id, uli.caller.person_id, "");
  ASSERT_OK(q);
  ASSERT_OK(RespondToRequest(*ctx_, uli.caller, org_.id, q->request.id, true, ""));
  domain::Program youth = adult;
  youth.audience = domain::Audience::kYouth;
  ASSERT_OK(UpdateProgram(*ctx_, coordinator_, org_.id, adult.id, youth));
  EXPECT_EQ(Relationships(adult)[0].status, RelationshipStatus::kPaused);
}

}  // namespace
}  // namespace tandem::app
