#include "app/round_alternatives.h"

#include <set>

#include "app/match_rounds.h"
#include "app/matching_settings.h"
#include "app/me.h"
#include "app/programs.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::ProgramRole;
using domain::Role;

class RoundAlternativesTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Career Pathways";
    p.audience = domain::Audience::kYouth;
    p.default_mentor_capacity = 1;
    program_ = CreateProgram(*ctx_, coordinator_, org_.id, p)->program;
  }

  Caller Join(const std::string& name, ProgramRole role, const domain::Profile& profile,
              bool cleared = true) {
    Caller c = Member(org_, {domain::ToRole(role)}, name);
    EXPECT_OK(PutMyProfile(*ctx_, c, name, profile));
    auto e = ApplyToProgram(*ctx_, c, org_.id, program_.id, role, "");
    EXPECT_OK(e);
    if (role == ProgramRole::kMentor)
      EXPECT_OK(SetEnrollmentFlags(*ctx_, coordinator_, org_.id, program_.id, e->enrollment.id,
                                   {cleared, cleared}));
    return c;
  }

  static domain::Profile Student() {
    domain::Profile p;
    p.skills_learn = {{"SQL", 1, 3}};
    p.interests = {"Robotics"};
    p.languages = {"en"};
    p.time_zone = "America/Chicago";
    p.minor = {true, "Guardian", "guardian@example.org"};
    return p;
  }

  static domain::Profile Mentor(int sql_level, int capacity) {
    domain::Profile p;
    p.skills_teach = {{"SQL", sql_level}};
    p.interests = {"Robotics"};
    p.languages = {"en"};
    p.time_zone = "America/Chicago";
    p.mentor = {capacity, true};
    return p;
  }

  std::vector<std::string> Ids(const Page<MentorAlternative>& page) {
    std::vector<std::string> out;
    for (const auto& a : page.items) out.push_back(a.mentor_id);
    return out;
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
};

// The list is exactly the set of mentors a swap accepts: every listed mentor swaps in, every
// other mentor of the program is refused.
TEST_F(RoundAlternativesTest, ListsExactlyTheMentorsASwapAccepts) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student());
  Caller ben = Join("Ben", ProgramRole::kMentee, Student());
  Caller grace = Join("Grace", ProgramRole::kMentor, Mentor(5, 2));
  Caller hal = Join("Hal", ProgramRole::kMentor, Mentor(4, 1));
  Caller ida = Join("Ida", ProgramRole::kMentor, Mentor(5, 1));
  Caller ulysses = Join("Ulysses", ProgramRole::kMentor, Mentor(5, 3), /*cleared=*/false);
  Caller zed = Join("Zed", ProgramRole::kMentor, Mentor(5, 0));
  ASSERT_OK(AddExclusion(*ctx_, coordinator_, org_.id, program_.id, ana.person_id, ida.person_id,
                         "kept apart"));
  RoundRequest scoped;
  scoped.mentor_scope = {grace.person_id};
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, scoped);
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 2u);  // Grace takes both

  auto for_ana =
      ListSwapAlternatives(*ctx_, coordinator_, org_.id, round->round.id, ana.person_id, "");
  ASSERT_OK(for_ana);
  // Grace is current, Ida excluded, Ulysses not cleared, Zed without room.
  EXPECT_EQ(Ids(*for_ana), std::vector<std::string>{hal.person_id});
  EXPECT_EQ(for_ana->items[0].room_left, 1);
  EXPECT_FALSE(for_ana->items[0].explanation.Reasons().empty());
  auto for_ben =
      ListSwapAlternatives(*ctx_, coordinator_, org_.id, round->round.id, ben.person_id, "");
  ASSERT_OK(for_ben);
  // Ben was not kept apart from Ida. Best first: score, then name.
  const std::vector<std::string> ben_list = Ids(*for_ben);
  std::set<std::string> ben_ids(ben_list.begin(), ben_list.end());
  EXPECT_EQ(ben_ids, (std::set<std::string>{hal.person_id, ida.person_id}));
  for (size_t k = 1; k < for_ben->items.size(); ++k) {
    const auto& a = for_ben->items[k - 1];
    const auto& b = for_ben->items[k];
    EXPECT_TRUE(a.score > b.score || (a.score == b.score && a.name <= b.name));
  }

  for (const Caller& m : {hal, ida, ulysses, zed}) {
    const bool listed = std::find_if(for_ana->items.begin(), for_ana->items.end(), [&](auto& a) {
                          return a.mentor_id == m.person_id;
                        }) != for_ana->items.end();
    auto swapped = SwapProposal(*ctx_, coordinator_, org_.id, round->round.id, ana.person_id,
                                grace.person_id, m.person_id);
    EXPECT_EQ(swapped.ok(), listed) << m.person_id << ": " << swapped.status().message();
  }
  // Ana now has Hal, so Hal is full; Grace is Ben's current mentor: Ben sees only Ida.
  auto after =
      ListSwapAlternatives(*ctx_, coordinator_, org_.id, round->round.id, ben.person_id, "");
  ASSERT_OK(after);
  EXPECT_EQ(Ids(*after), std::vector<std::string>{ida.person_id});
  // Ana sees Grace with one place left (two, minus Ben's proposal).
  auto ana_after =
      ListSwapAlternatives(*ctx_, coordinator_, org_.id, round->round.id, ana.person_id, "");
  ASSERT_OK(ana_after);
  ASSERT_EQ(Ids(*ana_after), std::vector<std::string>{grace.person_id});
  EXPECT_EQ(ana_after->items[0].room_left, 1);
}

TEST_F(RoundAlternativesTest, SearchesNamesAndPagesWithoutRepeats) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student());
  Caller grace = Join("Grace", ProgramRole::kMentor, Mentor(5, 1));
  std::vector<std::string> others;
  for (const char* name : {"Hal", "Ida", "Jo", "Kim", "Lee"})
    others.push_back(Join(name, ProgramRole::kMentor, Mentor(4, 1)).person_id);
  RoundRequest scoped;
  scoped.mentor_scope = {grace.person_id};
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, scoped);
  ASSERT_OK(round);
  const std::string& id = round->round.id;

  auto all = ListSwapAlternatives(*ctx_, coordinator_, org_.id, id, ana.person_id, "");
  ASSERT_OK(all);
  ASSERT_EQ(all->items.size(), 5u);
  std::vector<std::string> paged;
  PageRequest page;
  page.limit = 2;
  for (int pages = 0; pages < 10; ++pages) {
    auto p = ListSwapAlternatives(*ctx_, coordinator_, org_.id, id, ana.person_id, "", page);
    ASSERT_OK(p);
    for (const auto& a : p->items) paged.push_back(a.mentor_id);
    if (p->next_cursor.empty()) break;
    page.cursor = p->next_cursor;
  }
  EXPECT_EQ(paged, Ids(*all));

  auto kim = ListSwapAlternatives(*ctx_, coordinator_, org_.id, id, ana.person_id, "KI");
  ASSERT_OK(kim);
  EXPECT_EQ(Ids(*kim), std::vector<std::string>{others[3]});
  EXPECT_CODE(
      ListSwapAlternatives(*ctx_, coordinator_, org_.id, id, ana.person_id, std::string(201, 'a')),
      StatusCode::kInvalidArgument);
}

TEST_F(RoundAlternativesTest, OnlyStaffOfTheOrganisationAndOnlyDraftRounds) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student());
  Caller grace = Join("Grace", ProgramRole::kMentor, Mentor(5, 1));
  Join("Hal", ProgramRole::kMentor, Mentor(5, 1));
  RoundRequest scoped;
  scoped.mentor_scope = {grace.person_id};
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, scoped);
  ASSERT_OK(round);
  const std::string& id = round->round.id;
  EXPECT_CODE(ListSwapAlternatives(*ctx_, ana, org_.id, id, ana.person_id, ""),
              StatusCode::kPermissionDenied);
  domain::Organisation other = MakeOrg("other");
  Caller stranger = Member(other, {Role::kCoordinator}, "stranger");
  EXPECT_CODE(ListSwapAlternatives(*ctx_, stranger, other.id, id, ana.person_id, ""),
              StatusCode::kNotFound);
  EXPECT_CODE(ListSwapAlternatives(*ctx_, coordinator_, org_.id, id, grace.person_id, ""),
              StatusCode::kNotFound);
  ASSERT_OK(PublishMatchRound(*ctx_, coordinator_, org_.id, id));
  EXPECT_CODE(ListSwapAlternatives(*ctx_, coordinator_, org_.id, id, ana.person_id, ""),
              StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace tandem::app
