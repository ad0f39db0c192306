// Relationship care in the use cases: the default manager, reassigning, check-ins restarting the
// clock, the caseload's order and filter, and pulse surveys sent once at day 30 whose answers
// feed the health.
#include "app/care.h"

#include "app/caseload.h"
#include "app/me.h"
#include "app/messages.h"
#include "app/notifications.h"
#include "app/programs.h"
#include "app/pulse_surveys.h"
#include "app/relationships.h"
#include "app/test_support.h"
#include "base/status_matchers.h"
#include "tests/builders.h"

namespace tandem::app {
namespace {

using domain::HealthStatus;
using domain::ProgramRole;
using domain::Role;

class CareTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("acme");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Growth";
    p.default_mentor_capacity = 3;
    auto made = CreateProgram(*ctx_, coordinator_, org_.id, p);
    ASSERT_OK(made);
    program_ = made->program;
    mentee_ = Join("Ana Lopez", ProgramRole::kMentee);
    mentor_ = Join("Max Mentor", ProgramRole::kMentor);
    admin_only_ = Member(org_, {Role::kOrgAdmin}, "adm");
    relationship_ = Create();
  }

  Caller Join(const std::string& name, ProgramRole role) {
    Caller c = Member(org_, {domain::ToRole(role)}, name.substr(0, 3));
    domain::Profile profile;
    profile.skills_teach = {{"SQL", 4}};
    profile.skills_learn = {{"SQL", 1, 3}};
    profile.mentor = {3, true};
    profile.languages = {"en"};
    profile.availability_hours_per_month = 4;
    EXPECT_OK(PutMyProfile(*ctx_, c, name, profile));
    EXPECT_OK(ApplyToProgram(*ctx_, c, org_.id, program_.id, role, ""));
    return c;
  }

  domain::Relationship Create() {
    domain::Relationship out;
    EXPECT_OK(store_->Transact([&](Tx& tx) -> Status {
      domain::NewRelationshipInput in;
      in.id = NewId();
      in.organisation_id = org_.id;
      in.program_id = program_.id;
      in.mentee_id = mentee_.person_id;
      in.mentor_id = mentor_.person_id;
      in.source = domain::RelationshipSource::kRequest;
      domain::PairRoom room;
      room.mentor_capacity = 3;
      room.max_mentors_per_mentee = 3;
      ASSIGN_OR_RETURN(out, CreateRelationship(tx, room, in, clock_.Now(), [](domain::RoomLack) {
                         return FailedPrecondition("no room");
                       }));
      return Status::Ok();
    }));
    return out;
  }

  CaseloadEntry Entry(const Caller& who) {
    auto c = GetCaseload(*ctx_, who, org_.id, {}, {});
    EXPECT_OK(c);
    if (!c.ok() || c->page.items.empty()) return {};
    return c->page.items.front();
  }

  int Count(const Caller& c, domain::NotificationKind kind) {
    auto page = ListMyNotifications(*ctx_, c, {});
    EXPECT_OK(page);
    int n = 0;
    for (const auto& x : page->items) n += x.kind == kind;
    return n;
  }

  domain::Organisation org_;
  Caller coordinator_, mentee_, mentor_, admin_only_;
  domain::Program program_;
  domain::Relationship relationship_;
};

TEST_F(CareTest, ANewRelationshipIsManagedByTheLeastLoadedCoordinator) {
  auto m = GetRelationshipManager(*ctx_, coordinator_, org_.id, relationship_.id);
  ASSERT_OK(m);
  EXPECT_EQ(m->manager_id, coordinator_.person_id);
  Caller colleague = Member(org_, {Role::kCoordinator}, "colleague");
  // The colleague manages nothing yet; the next pair goes to them.
  Caller mentee2 = Join("Bea Mentee", ProgramRole::kMentee);
  mentee_ = mentee2;
  domain::Relationship second = Create();
  m = GetRelationshipManager(*ctx_, coordinator_, org_.id, second.id);
  EXPECT_EQ(m->manager_id, colleague.person_id);

  // Reassigning: audited, the new manager is told; only coordinators can be managers.
  ASSERT_OK(
      AssignRelationshipManager(*ctx_, colleague, org_.id, relationship_.id, colleague.person_id));
  EXPECT_EQ(Count(colleague, domain::NotificationKind::kCaseloadAssigned), 0);  // self
  ASSERT_OK(AssignRelationshipManager(*ctx_, colleague, org_.id, relationship_.id,
                                      coordinator_.person_id));
  EXPECT_EQ(Count(coordinator_, domain::NotificationKind::kCaseloadAssigned), 1);
  EXPECT_CODE(
      AssignRelationshipManager(*ctx_, colleague, org_.id, relationship_.id, mentor_.person_id),
      StatusCode::kInvalidArgument);
  EXPECT_CODE(
      AssignRelationshipManager(*ctx_, mentor_, org_.id, relationship_.id, mentor_.person_id),
      StatusCode::kNotFound);
}

TEST_F(CareTest, MessagesCountAsActivityUntilTheThreadGoesQuiet) {
  auto has = [](const CaseloadEntry& e, const std::string& id) {
    return std::any_of(e.health.reasons.begin(), e.health.reasons.end(),
                       [&](const auto& r) { return r.id == id; });
  };
  clock_.Advance(31 * kDay);  // past the adult meeting cadence (30) with no message
  EXPECT_TRUE(has(Entry(coordinator_), "no_messages"));
  ASSERT_OK(SendMessage(*ctx_, mentee_, org_.id, relationship_.id, "Shall we meet next week?"));
  EXPECT_FALSE(has(Entry(coordinator_), "no_messages"));
  EXPECT_FALSE(has(Entry(coordinator_), "quiet_messages"));
  clock_.Advance(31 * kDay);
  CaseloadEntry quiet = Entry(coordinator_);
  const auto it = std::find_if(quiet.health.reasons.begin(), quiet.health.reasons.end(),
                               [](const auto& r) { return r.id == "quiet_messages"; });
  ASSERT_NE(it, quiet.health.reasons.end());
  EXPECT_EQ(std::get<long long>(it->params.at("days")), 31);
}

TEST_F(CareTest, ACheckInRestartsTheClock) {
  clock_.Advance(61 * kDay);
  CaseloadEntry e = Entry(coordinator_);
  EXPECT_EQ(e.health.status, HealthStatus::kAtRisk);  // never met in 61 days (adult: every 30)
  ASSERT_GE(e.health.reasons.size(), 2u);
  EXPECT_EQ(e.health.reasons[0].id, "no_meeting_yet");
  EXPECT_EQ(e.health.reasons[1].id, "no_checkin_yet");
  ASSERT_OK(LogCheckin(*ctx_, coordinator_, org_.id, relationship_.id,
                       {domain::CheckinWith::kBoth, "", "Both fine, busy month.", {}}));
  e = Entry(coordinator_);
  // No check-in reason any more; the pair still never met nor wrote.
  ASSERT_EQ(e.health.reasons.size(), 2u);
  EXPECT_EQ(e.health.reasons[0].id, "no_meeting_yet");
  EXPECT_EQ(e.health.reasons[1].id, "no_messages");
  EXPECT_EQ(e.next_checkin_due, domain::AddDays(domain::UtcDate(clock_.Now()), 45));
  // The pair and a non-coordinating administrator see no check-ins and no caseload.
  EXPECT_CODE(ListCheckins(*ctx_, mentee_, org_.id, relationship_.id, {}).status(),
              StatusCode::kNotFound);
  EXPECT_CODE(ListCheckins(*ctx_, admin_only_, org_.id, relationship_.id, {}).status(),
              StatusCode::kNotFound);
  EXPECT_CODE(GetCaseload(*ctx_, admin_only_, org_.id, {}, {}).status(),
              StatusCode::kPermissionDenied);
}

TEST_F(CareTest, PulseSurveysGoOutOnceAtDayThirtyAndFeedTheHealth) {
  auto run = SendDuePulseSurveys(*ctx_);
  ASSERT_OK(run);
  EXPECT_EQ(run->activated, 1);  // the schedule starts now
  EXPECT_EQ(run->sent, 0);
  clock_.Advance(30 * kDay);
  run = SendDuePulseSurveys(*ctx_);
  EXPECT_EQ(run->sent, 2);
  run = SendDuePulseSurveys(*ctx_);
  EXPECT_EQ(run->sent, 0);  // claimed already
  EXPECT_EQ(Count(mentee_, domain::NotificationKind::kPulseSurveyDue), 1);
  EXPECT_EQ(Count(mentor_, domain::NotificationKind::kPulseSurveyDue), 1);

  auto mine = ListMyPulseSurveys(*ctx_, mentee_);
  ASSERT_OK(mine);
  ASSERT_EQ(mine->size(), 1u);
  const std::string id = mine->front().survey.id;
  EXPECT_EQ(mine->front().partner_name, "Max Mentor");
  EXPECT_CODE(GetPulseSurvey(*ctx_, mentor_, org_.id, id).status(), StatusCode::kNotFound);
  EXPECT_CODE(GetPulseSurvey(*ctx_, coordinator_, org_.id, id).status(), StatusCode::kNotFound);
  EXPECT_CODE(AnswerPulseSurvey(*ctx_, mentee_, org_.id, id, {7, true, ""}).status(),
              StatusCode::kInvalidArgument);
  ASSERT_OK(AnswerPulseSurvey(*ctx_, mentee_, org_.id, id, {2, true, "We lost touch."}));
  EXPECT_CODE(AnswerPulseSurvey(*ctx_, mentee_, org_.id, id, {5, true, ""}).status(),
              StatusCode::kFailedPrecondition);
  CaseloadEntry e = Entry(coordinator_);
  EXPECT_EQ(e.health.status, HealthStatus::kAtRisk);
  bool low = false;
  for (const auto& r : e.health.reasons) low |= r.id == "pulse_low";
  EXPECT_TRUE(low);
  auto filtered = GetCaseload(*ctx_, coordinator_, org_.id, {"", HealthStatus::kOnTrack}, {});
  ASSERT_OK(filtered);
  EXPECT_TRUE(filtered->page.items.empty());
  EXPECT_EQ(filtered->at_risk, 1);

  // Day 90: the next survey; nothing more before it.
  clock_.Advance(59 * kDay);
  EXPECT_EQ(SendDuePulseSurveys(*ctx_)->sent, 0);
  clock_.Advance(1 * kDay);
  EXPECT_EQ(SendDuePulseSurveys(*ctx_)->sent, 2);
}

}  // namespace
}  // namespace tandem::app
