#include "app/unmatched_groups.h"

#include "app/match_rounds.h"
#include "app/me.h"
#include "app/programs.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::ProgramRole;
using domain::Role;
using domain::UnmatchedAction;

class UnmatchedGroupsTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Career Pathways";
    p.default_mentor_capacity = 1;
    program_ = CreateProgram(*ctx_, coordinator_, org_.id, p)->program;
  }

  Caller Join(const std::string& name, ProgramRole role, const domain::Profile& profile) {
    Caller c = Member(org_, {domain::ToRole(role)}, name);
    EXPECT_OK(PutMyProfile(*ctx_, c, name, profile));
    EXPECT_OK(ApplyToProgram(*ctx_, c, org_.id, program_.id, role, ""));
    return c;
  }

  static domain::Profile Learner(std::vector<domain::SkillLearn> skills,
                                 std::vector<std::string> languages = {"en"}) {
    domain::Profile p;
    p.skills_learn = std::move(skills);
    p.languages = std::move(languages);
    p.time_zone = "America/Chicago";
    return p;
  }

  static domain::Profile Teacher(std::vector<domain::SkillTeach> skills, int capacity) {
    domain::Profile p;
    p.skills_teach = std::move(skills);
    p.languages = {"en"};
    p.time_zone = "America/Chicago";
    p.mentor = {capacity, true};
    return p;
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
};

// Two mentees want what only a full mentor teaches (one is left), one speaks no language any
// mentor speaks: two groups, each with its actions; the missing skills are those no mentor with
// room teaches to the level wanted.
TEST_F(UnmatchedGroupsTest, GroupsByReasonWithActionsAndMissingSkills) {
  Join("Ana", ProgramRole::kMentee, Learner({{"SQL", 1, 4}, {"Python", 1, 2}}));
  Join("Ben", ProgramRole::kMentee, Learner({{"SQL", 1, 4}, {"Python", 1, 2}}));
  Caller cy = Join("Cy", ProgramRole::kMentee, Learner({{"Welding", 1, 2}}, {"fr"}));
  // Grace (one place) teaches SQL to 5 and Python to 3; Hal (room) teaches SQL to 3 only.
  Join("Grace", ProgramRole::kMentor, Teacher({{"SQL", 5}, {"Python", 3}}, 1));
  Join("Hal", ProgramRole::kMentor, Teacher({{"SQL", 3}}, 0));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->unmatched.size(), 2u);

  auto groups = ListUnmatchedGroups(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(groups);
  ASSERT_EQ(groups->size(), 2u);
  const auto& taken = (*groups)[0];
  EXPECT_EQ(taken.group.reason_id, domain::kUnmatchedSuitableMentorsTaken);
  EXPECT_EQ(taken.group.actions,
            (std::vector<UnmatchedAction>{UnmatchedAction::kAssign, UnmatchedAction::kInvite,
                                          UnmatchedAction::kRerun}));
  ASSERT_EQ(taken.group.mentees.size(), 1u);
  ASSERT_EQ(taken.mentee_names.size(), 1u);
  // Grace is full (her place went to the other mentee) and Hal has no room: nobody with room
  // teaches SQL to 4 or Python.
  ASSERT_EQ(taken.missing_skills.size(), 2u);
  EXPECT_EQ(taken.missing_skills[0].skill, "Python");
  EXPECT_EQ(taken.missing_skills[0].mentees, 1);
  EXPECT_EQ(taken.missing_skills[1].skill, "SQL");

  const auto& none = (*groups)[1];
  EXPECT_EQ(none.group.reason_id, domain::kUnmatchedNoSuitableMentor);
  EXPECT_EQ(none.group.actions,
            (std::vector<UnmatchedAction>{UnmatchedAction::kInvite, UnmatchedAction::kAssign}));
  ASSERT_EQ(none.group.mentees.size(), 1u);
  EXPECT_EQ(none.group.mentees[0].mentee_id, cy.person_id);
  EXPECT_EQ(none.mentee_names[0], "Cy");
  ASSERT_EQ(none.missing_skills.size(), 1u);
  EXPECT_EQ(none.missing_skills[0].skill, "Welding");
}

// A mentor with room who teaches the skill to the level wanted (ignoring case) covers it.
TEST_F(UnmatchedGroupsTest, ASkillTaughtWithRoomIsNotMissing) {
  Join("Ana", ProgramRole::kMentee, Learner({{"sql", 1, 3}}, {"fr"}));
  Join("Grace", ProgramRole::kMentor, Teacher({{"SQL", 3}}, 2));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->unmatched.size(), 1u);  // no shared language
  auto groups = ListUnmatchedGroups(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(groups);
  ASSERT_EQ(groups->size(), 1u);
  EXPECT_TRUE((*groups)[0].missing_skills.empty());
}

TEST_F(UnmatchedGroupsTest, EveryoneMatchedHasNoGroups) {
  Join("Ana", ProgramRole::kMentee, Learner({{"SQL", 1, 3}}));
  Join("Grace", ProgramRole::kMentor, Teacher({{"SQL", 4}}, 1));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  auto groups = ListUnmatchedGroups(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(groups);
  EXPECT_TRUE(groups->empty());
}

TEST_F(UnmatchedGroupsTest, OnlyStaffOfTheRoundsOrganisation) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Learner({{"SQL", 1, 3}}));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  EXPECT_CODE(ListUnmatchedGroups(*ctx_, ana, org_.id, round->round.id),
              StatusCode::kPermissionDenied);
  domain::Organisation other = MakeOrg("other");
  Caller stranger = Member(other, {Role::kCoordinator}, "stranger");
  EXPECT_CODE(ListUnmatchedGroups(*ctx_, stranger, other.id, round->round.id),
              StatusCode::kNotFound);
  EXPECT_CODE(ListUnmatchedGroups(*ctx_, coordinator_, org_.id, "no-such-round"),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::app
