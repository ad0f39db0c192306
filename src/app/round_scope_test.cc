#include "app/round_scope.h"

#include "app/match_rounds.h"
#include "app/me.h"
#include "app/programs.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::ProgramRole;
using domain::Role;
using domain::Visibility;

class RoundScopeTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Career Pathways";
    p.default_mentor_capacity = 5;
    program_ = CreateProgram(*ctx_, coordinator_, org_.id, p)->program;
  }

  // A mentee with a grade, a group, languages and a first-generation answer of `visibility`
  // (none when nullopt).
  Caller Mentee(const std::string& name, const std::string& grade, const std::string& group,
                std::vector<std::string> languages, std::optional<Visibility> first_gen) {
    Caller c = Member(org_, {Role::kMentee}, name);
    domain::Profile p;
    p.skills_learn = {{"SQL", 1, 3}};
    p.languages = std::move(languages);
    p.time_zone = "America/Chicago";
    if (first_gen) p.background = {{"first_generation", "yes", *first_gen}};
    EXPECT_OK(PutMyProfile(*ctx_, c, name, p));
    auto e = ApplyToProgram(*ctx_, c, org_.id, program_.id, ProgramRole::kMentee, "");
    EXPECT_OK(e);
    EnrollmentFlags labels;
    labels.grade = grade;
    labels.group = group;
    EXPECT_OK(
        SetEnrollmentFlags(*ctx_, coordinator_, org_.id, program_.id, e->enrollment.id, labels));
    return c;
  }

  void Mentor(const std::string& name) {
    Caller c = Member(org_, {Role::kMentor}, name);
    domain::Profile p;
    p.skills_teach = {{"SQL", 5}};
    p.languages = {"en", "es"};
    p.time_zone = "America/Chicago";
    p.mentor = {5, true};
    EXPECT_OK(PutMyProfile(*ctx_, c, name, p));
    EXPECT_OK(ApplyToProgram(*ctx_, c, org_.id, program_.id, ProgramRole::kMentor, ""));
  }

  Result<MenteeScopePreview> Preview(const domain::MenteeFilter& f) {
    return PreviewMenteeScope(*ctx_, coordinator_, org_.id, program_.id, f);
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
};

TEST_F(RoundScopeTest, FiltersSelectByGradeGroupLanguageAndSharedFirstGeneration) {
  Caller ana = Mentee("Ana", "9", "A", {"es"}, Visibility::kCoordinators);
  Caller ben = Mentee("Ben", "9", "B", {"en"}, Visibility::kMatching);  // not shared
  Caller cy = Mentee("Cy", " 10 ", "A", {"en", "ES"}, Visibility::kParticipants);
  Mentee("Dee", "", "", {"en"}, std::nullopt);

  auto all = Preview({});
  ASSERT_OK(all);
  EXPECT_EQ(all->mentee_ids.size(), 4u);
  EXPECT_EQ(all->active_mentees, 4);
  EXPECT_EQ(all->options.grades, (std::vector<std::string>{"10", "9"}));  // trimmed when set
  EXPECT_EQ(all->options.groups, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(all->options.languages, (std::vector<std::string>{"en", "es"}));

  domain::MenteeFilter grade9;
  grade9.grades = {"9"};
  EXPECT_EQ(Preview(grade9)->mentee_ids, (std::vector<std::string>{ana.person_id, ben.person_id}));
  domain::MenteeFilter spanish_a;
  spanish_a.languages = {"es"};
  spanish_a.groups = {"A"};
  EXPECT_EQ(Preview(spanish_a)->mentee_ids,
            (std::vector<std::string>{ana.person_id, cy.person_id}));
  // Ben's answer is for matching only: a coordinator's filter never finds him by it.
  domain::MenteeFilter first_gen;
  first_gen.first_generation = true;
  EXPECT_EQ(Preview(first_gen)->mentee_ids,
            (std::vector<std::string>{ana.person_id, cy.person_id}));
  domain::MenteeFilter nobody;
  nobody.grades = {"10"};
  nobody.groups = {"B"};
  EXPECT_EQ(Preview(nobody)->mentee_ids.size(), 0u);
}

TEST_F(RoundScopeTest, UnknownValuesAreRefusedNamingTheField) {
  Mentee("Ana", "9", "A", {"es"}, std::nullopt);
  domain::MenteeFilter f;
  f.grades = {"12"};
  auto r = Preview(f);
  EXPECT_CODE(r, StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().ToString().find("mentee_filter.grades"), std::string::npos)
      << r.status().ToString();
  f = {};
  f.languages = {"fr"};
  EXPECT_CODE(Preview(f), StatusCode::kInvalidArgument);
  f = {};
  f.groups = {"a"};  // labels are exact
  EXPECT_CODE(Preview(f), StatusCode::kInvalidArgument);
}

TEST_F(RoundScopeTest, ARoundRunsForTheMenteesTheFilterSelects) {
  Caller ana = Mentee("Ana", "9", "A", {"en"}, std::nullopt);
  Mentee("Ben", "10", "A", {"en"}, std::nullopt);
  Mentor("Grace");
  RoundRequest req;
  domain::MenteeFilter f;
  f.grades = {"9"};
  req.mentee_filter = f;
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, req);
  ASSERT_OK(round);
  EXPECT_EQ(round->round.mentee_scope, std::vector<std::string>{ana.person_id});
  ASSERT_EQ(round->proposals.size(), 1u);
  EXPECT_EQ(round->proposals[0].proposal.mentee_id, ana.person_id);

  // Both ways at once, or a filter that selects nobody, is refused (an empty scope would mean
  // every mentee).
  req.mentee_scope = {ana.person_id};
  EXPECT_CODE(RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, req),
              StatusCode::kInvalidArgument);
  req.mentee_scope.clear();
  f.groups = {"A"};
  f.grades = {"9"};
  f.languages = {"en"};
  f.first_generation = true;
  req.mentee_filter = f;
  EXPECT_CODE(RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, req),
              StatusCode::kInvalidArgument);
}

TEST_F(RoundScopeTest, LabelsAreValidatedAndOnlyStaffPreview) {
  Caller ana = Mentee("Ana", "9", "A", {"en"}, std::nullopt);
  auto e = ListEnrollments(*ctx_, coordinator_, org_.id, program_.id, {}, {});
  ASSERT_OK(e);
  ASSERT_FALSE(e->items.empty());
  EnrollmentFlags bad;
  bad.group = std::string(41, 'x');
  EXPECT_CODE(
      SetEnrollmentFlags(*ctx_, coordinator_, org_.id, program_.id, e->items[0].enrollment.id, bad),
      StatusCode::kInvalidArgument);
  EnrollmentFlags clear;
  clear.grade = "";
  auto cleared = SetEnrollmentFlags(*ctx_, coordinator_, org_.id, program_.id,
                                    e->items[0].enrollment.id, clear);
  ASSERT_OK(cleared);
  EXPECT_EQ(cleared->enrollment.grade, "");
  EXPECT_EQ(cleared->enrollment.group, "A");  // untouched
  EXPECT_CODE(PreviewMenteeScope(*ctx_, ana, org_.id, program_.id, {}),
              StatusCode::kPermissionDenied);
  domain::Organisation other = MakeOrg("other");
  Caller stranger = Member(other, {Role::kCoordinator}, "stranger");
  EXPECT_CODE(PreviewMenteeScope(*ctx_, stranger, other.id, program_.id, {}),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::app
