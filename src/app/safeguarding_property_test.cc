// The safeguarding property test: random interleavings (seeded, deterministic) of profile edits
// (the own minor box on and off), applications and approvals, screening and training changes,
// coordinator minor marks, rounds (run and publish), requests, acceptances of requests and of
// proposals, and coordinator resumes, in youth and adult programs of every type. After every
// step the invariant is checked from the store with a reference rule written out here, not
// with domain::MayReach:
//
//   no proposed or active relationship, no pending request and no unpublished proposal links a
//   protected participant (any mentee of a youth program, or a minor by box or mark) with
//   someone who may not reach them now (an adult not screened and trained in the program, or a
//   minor mentoring an adult); paused relationships are allowed.
//
// Checked after every step, this implies the invariant: a pair was cleared at the
// moment it became proposed or active (the step that made it so is followed by a check), and
// no active pair has an uncleared adult with a protected mentee.
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>

#include "app/match_rounds.h"
#include "app/me.h"
#include "app/mentor_requests.h"
#include "app/programs.h"
#include "app/relationships.h"
#include "app/safeguarding.h"
#include "base/ids.h"
#include "base/status_matchers.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"
#include "tests/builders.h"

namespace tandem::app {
namespace {

using domain::ProgramRole;
using domain::RelationshipStatus;

constexpr int kSeeds = 100;  // x 60 steps: a few seconds of CPU on an idle machine
constexpr int kSteps = 60;
constexpr int kPeople = 6;

struct Totals {
  int steps = 0, became_real = 0, paused = 0, refused_real = 0, checks = 0;
};

// What the reference rule reads about a person, straight from the store.
struct Facts {
  bool minor = false, screened = false, trained = false;
};

class World {
 public:
  World(uint32_t seed, Totals& totals) : rng_(seed), totals_(totals) {}

  void Build() {
    auto s = store::OpenStore("sqlite::memory:", 1);
    ASSERT_OK(s);
    store_ = std::move(s).value();
    ASSERT_OK(store_->Migrate());
    ctx_ = std::make_unique<Context>(Context{*store_, hasher_, tokens_, clock_});
    domain::Organisation org = test::AnOrganisation();
    org_id_ = org.id;
    ASSERT_OK(store_->Transact([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.InsertOrganisation(org));
      domain::Person c = test::APerson();
      RETURN_IF_ERROR(tx.InsertPerson(c));
      coordinator_ = Caller{c.id, false};
      RETURN_IF_ERROR(tx.SetRoles(org.id, c.id, {domain::Role::kCoordinator}));
      for (int i = 0; i < kPeople; ++i) {
        domain::Person p = test::APerson();
        RETURN_IF_ERROR(tx.InsertPerson(p));
        RETURN_IF_ERROR(tx.SetRoles(org.id, p.id, {domain::Role::kMentee, domain::Role::kMentor}));
        people_.push_back(Caller{p.id, false});
      }
      return Status::Ok();
    }));
    domain::Program p;
    p.name = "Program";
    p.audience = Pick(2) ? domain::Audience::kYouth : domain::Audience::kAdult;
    const domain::ProgramType types[] = {domain::ProgramType::kOneToOne,
                                         domain::ProgramType::kGroup, domain::ProgramType::kPeer};
    p.type = types[Pick(3)];
    p.requires_approval = Pick(2);
    p.default_mentor_capacity = 2;
    auto made = CreateProgram(*ctx_, coordinator_, org_id_, p);
    ASSERT_OK(made);
    program_ = made->program;
    // A head start, so that pairs form within a few steps: everyone joins in one role (the
    // program may still ask for approval), and some mentors are already cleared.
    for (const Caller& c : people_) {
      ASSERT_OK(EditProfile(c, Pick(3) == 0));
      const bool mentor = Pick(2);
      auto e = ApplyToProgram(*ctx_, c, org_id_, program_.id,
                              mentor ? ProgramRole::kMentor : ProgramRole::kMentee, "");
      ASSERT_OK(e);
      if (mentor && Pick(2)) {
        EnrollmentFlags f;
        f.screening_cleared = f.training_complete = true;
        ASSERT_OK(
            SetEnrollmentFlags(*ctx_, coordinator_, org_id_, program_.id, e->enrollment.id, f));
      }
    }
  }

  void Step() {
    clock_.Advance(kMinute);
    ++totals_.steps;
    switch (Pick(12)) {
      case 0: Expect(EditProfile(AnyPerson(), Pick(2))); break;
      case 1:
        Expect(ApplyToProgram(*ctx_, AnyPerson(), org_id_, program_.id,
                              Pick(2) ? ProgramRole::kMentor : ProgramRole::kMentee, "")
                   .status());
        break;
      case 2:
        if (auto e = AnyEnrollment(domain::EnrollmentStatus::kPending))
          Expect(ReviewEnrollment(*ctx_, coordinator_, org_id_, program_.id, e->id,
                                  Review::kApprove)
                     .status());
        break;
      case 3:
      case 4:
        if (auto e = AnyEnrollment(std::nullopt, ProgramRole::kMentor)) {
          EnrollmentFlags f;
          // Clearing is likelier than revoking, so that pairs form and then lapse.
          bool value = Pick(3) != 0;
          (Pick(2) ? f.screening_cleared : f.training_complete) = value;
          if (Pick(3) == 0) f.screening_cleared = f.training_complete = value;
          Expect(SetEnrollmentFlags(*ctx_, coordinator_, org_id_, program_.id, e->id, f).status());
        }
        break;
      case 5:
        if (auto e = AnyEnrollment()) {
          EnrollmentFlags f;
          f.minor_marked = Pick(2);
          Expect(SetEnrollmentFlags(*ctx_, coordinator_, org_id_, program_.id, e->id, f).status());
        }
        break;
      case 6: {
        auto round = RunMatchRound(*ctx_, coordinator_, org_id_, program_.id, {});
        Expect(round.status());
        if (round.ok()) {
          if (Pick(2)) Publish(round->round.id);
          else drafts_.push_back(round->round.id);
        }
        break;
      }
      case 7:
        if (!drafts_.empty()) Publish(drafts_[Pick(static_cast<int>(drafts_.size()))]);
        break;
      case 8: {
        auto mentee = AnyEnrollment(domain::EnrollmentStatus::kActive, ProgramRole::kMentee);
        auto mentor = AnyEnrollment(domain::EnrollmentStatus::kActive, ProgramRole::kMentor);
        if (mentee && mentor)
          Expect(RequestMentor(*ctx_, Caller{mentee->person_id, false}, org_id_, program_.id,
                               mentor->person_id, "")
                     .status());
        break;
      }
      case 9: {
        auto requests = PendingRequests();
        if (!requests.empty()) {
          const auto& q = requests[Pick(static_cast<int>(requests.size()))];
          Real(RespondToRequest(*ctx_, Caller{q.mentor_id, false}, org_id_, q.id, true, "")
                   .status());
        }
        break;
      }
      case 10: {
        auto rels = RelationshipsIn(RelationshipStatus::kProposed);
        if (!rels.empty()) {
          const auto& r = rels[Pick(static_cast<int>(rels.size()))];
          Real(RespondToRelationship(*ctx_, Caller{Pick(2) ? r.mentee_id : r.mentor_id, false},
                                     org_id_, r.id, true)
                   .status());
        }
        break;
      }
      case 11: {
        auto rels = RelationshipsIn(RelationshipStatus::kPaused);
        if (!rels.empty())
          Real(ResumeRelationship(*ctx_, coordinator_, org_id_,
                                  rels[Pick(static_cast<int>(rels.size()))].id)
                   .status());
        break;
      }
    }
  }

  // The invariant, read from the store with the reference rule.
  void Check(int step) {
    ++totals_.checks;
    ASSERT_OK(store_->TransactRead([&](Tx& tx) -> Status {
      std::map<std::string, Facts> facts;
      auto of = [&](const std::string& id) -> Result<Facts> {
        if (auto it = facts.find(id); it != facts.end()) return it->second;
        Facts f;
        for (auto role : {ProgramRole::kMentee, ProgramRole::kMentor}) {
          ASSIGN_OR_RETURN(auto e, tx.FindEnrollment(org_id_, program_.id, id, role));
          if (!e) continue;
          f.minor |= e->minor_marked;
          if (role == ProgramRole::kMentor)
            f.screened = e->screening_cleared, f.trained = e->training_complete;
        }
        ASSIGN_OR_RETURN(auto profile, tx.FindProfile(id));
        f.minor |= profile && profile->minor.is_minor;
        return facts[id] = f;
      };
      auto ok = [&](const std::string& mentee_id, const std::string& mentor_id,
                    const std::string& what) -> Status {
        ASSIGN_OR_RETURN(Facts mentee, of(mentee_id));
        ASSIGN_OR_RETURN(Facts mentor, of(mentor_id));
        const bool youth = program_.audience == domain::Audience::kYouth;
        auto reaches = [&](const Facts& from, const Facts& to, bool peer) {
          bool to_protected = youth || to.minor;
          bool cleared = from.screened && from.trained;
          if (peer) return !to_protected || from.minor || cleared;
          if (from.minor && !to.minor) return false;
          return !to_protected || cleared;
        };
        bool fine = program_.type == domain::ProgramType::kPeer
                        ? reaches(mentor, mentee, true) && reaches(mentee, mentor, true)
                        : reaches(mentor, mentee, false);
        if (!fine)
          ADD_FAILURE() << what << " breaks safeguarding at step " << step << ": mentee "
                        << mentee_id << " (minor " << mentee.minor << "), mentor " << mentor_id
                        << " (minor " << mentor.minor << ", screened " << mentor.screened
                        << ", trained " << mentor.trained << "), youth " << youth;
        return Status::Ok();
      };
      ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id_, program_.id, {}));
      for (const auto& r : rels) {
        if (r.status == RelationshipStatus::kPaused) ++paused_now_;
        if (!r.UsesCapacity()) continue;
        if (seen_.insert(r.id + domain::RelationshipStatusName(r.status).data()).second)
          ++totals_.became_real;
        RETURN_IF_ERROR(
            ok(r.mentee_id, r.mentor_id,
               std::string(domain::RelationshipStatusName(r.status)) + " relationship"));
      }
      for (const auto& p : people_) {
        ASSIGN_OR_RETURN(auto qs, tx.ListRequestsOfMentee(org_id_, program_.id, p.person_id));
        for (const auto& q : qs)
          if (q.EffectiveStatus(clock_.Now()) == domain::RequestStatus::kPending)
            RETURN_IF_ERROR(ok(q.mentee_id, q.mentor_id, "pending request"));
      }
      ASSIGN_OR_RETURN(auto rounds, tx.ListRounds(org_id_, program_.id));
      for (const auto& round : rounds) {
        if (round.status != domain::RoundStatus::kDraft) continue;
        ASSIGN_OR_RETURN(auto ps, tx.ListProposals(org_id_, round.id));
        for (const auto& p : ps)
          RETURN_IF_ERROR(ok(p.mentee_id, p.mentor_id, "unpublished proposal"));
      }
      return Status::Ok();
    }));
    totals_.paused = std::max(totals_.paused, paused_now_);
    paused_now_ = 0;
  }

 private:
  int Pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  const Caller& AnyPerson() { return people_[Pick(kPeople)]; }

  Status EditProfile(const Caller& c, bool minor_box) {
    domain::Profile p;
    p.skills_teach = {{"SQL", 4}};
    p.skills_learn = {{"SQL", 1, 3}};
    p.interests = {"Robotics"};
    p.languages = {"en"};
    p.mentor = {2, true};
    if (minor_box) p.minor = {true, "Guardian", "guardian@example.org"};
    return PutMyProfile(*ctx_, c, "Person", p).status();
  }

  // Refusals are part of the game; broken storage is not.
  void Expect(const Status& s) {
    EXPECT_NE(s.code(), StatusCode::kInternal) << s.ToString();
    EXPECT_NE(s.code(), StatusCode::kUnavailable) << s.ToString();
  }
  // A step that would make a pair real (publish, accept, resume).
  void Real(const Status& s) {
    Expect(s);
    if (!s.ok()) ++totals_.refused_real;
  }
  void Publish(const std::string& round_id) {
    Real(PublishMatchRound(*ctx_, coordinator_, org_id_, round_id).status());
  }

  std::optional<domain::Enrollment> AnyEnrollment(
      std::optional<domain::EnrollmentStatus> status = std::nullopt,
      std::optional<ProgramRole> role = std::nullopt) {
    std::vector<domain::Enrollment> all;
    EXPECT_OK(store_->TransactRead([&](Tx& tx) -> Status {
      EnrollmentFilter f;
      f.status = status;
      f.role = role;
      ASSIGN_OR_RETURN(auto views, tx.ListEnrollmentViews(org_id_, program_.id, f));
      for (auto& v : views) all.push_back(v.enrollment);
      return Status::Ok();
    }));
    if (all.empty()) return std::nullopt;
    return all[Pick(static_cast<int>(all.size()))];
  }

  std::vector<domain::MentorRequest> PendingRequests() {
    std::vector<domain::MentorRequest> out;
    EXPECT_OK(store_->TransactRead([&](Tx& tx) -> Status {
      for (const auto& p : people_) {
        ASSIGN_OR_RETURN(auto qs, tx.ListRequestsOfMentee(org_id_, program_.id, p.person_id));
        for (auto& q : qs)
          if (q.EffectiveStatus(clock_.Now()) == domain::RequestStatus::kPending)
            out.push_back(std::move(q));
      }
      return Status::Ok();
    }));
    return out;
  }

  std::vector<domain::Relationship> RelationshipsIn(RelationshipStatus status) {
    std::vector<domain::Relationship> out;
    EXPECT_OK(store_->TransactRead([&](Tx& tx) -> Status {
      RelationshipFilter f;
      f.status = status;
      ASSIGN_OR_RETURN(out, tx.ListRelationships(org_id_, program_.id, f));
      return Status::Ok();
    }));
    return out;
  }

  std::mt19937 rng_;
  Totals& totals_;
  security::SodiumHasher hasher_{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens_;
  FakeClock clock_{test::kT0};
  std::unique_ptr<store::SociStore> store_;
  std::unique_ptr<Context> ctx_;
  std::string org_id_;
  Caller coordinator_;
  std::vector<Caller> people_;
  domain::Program program_;
  std::vector<std::string> drafts_;
  std::set<std::string> seen_;
  int paused_now_ = 0;
};

TEST(SafeguardingPropertyTest, NoPairEverLinksAProtectedParticipantWithAnUnclearedAdult) {
  Totals totals;
  for (uint32_t seed = 1; seed <= kSeeds; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    World world(seed, totals);
    world.Build();
    if (::testing::Test::HasFatalFailure()) return;
    for (int step = 0; step < kSteps; ++step) {
      world.Step();
      world.Check(step);
      if (::testing::Test::HasFailure()) return;
    }
  }
  // Not vacuous: pairs formed, and safeguarding both paused pairs and refused some.
  EXPECT_GT(totals.became_real, kSeeds);
  EXPECT_GT(totals.paused, 0);
  EXPECT_GT(totals.refused_real, 0);
  std::cout << "safeguarding property: " << totals.steps << " steps, " << totals.became_real
            << " pairs became proposed/active, " << totals.refused_real
            << " publish/accept/resume refused\n";
}

}  // namespace
}  // namespace tandem::app
