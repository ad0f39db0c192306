#include "app/round_alternatives.h"

#include <algorithm>
#include <set>

#include "app/match_rounds.h"
#include "app/matching_settings.h"
#include "app/me.h"
#include "app/programs.h"
#include "app/test_support.h"
#include "base/status_matchers.h"
#include "domain/not_chosen.h"

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

// An unmatched mentee's list is every mentor, each with why the round did not choose them; the
// assignable ones (exactly those a hand assignment accepts) come first.
TEST_F(RoundAlternativesTest, UnmatchedMenteeSeesEveryMentorWithWhyNotChosen) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student());
  Caller ben = Join("Ben", ProgramRole::kMentee, Student());
  Caller grace = Join("Grace", ProgramRole::kMentor, Mentor(5, 1));
  Caller hal = Join("Hal", ProgramRole::kMentor, Mentor(4, 1));
  Caller ulysses = Join("Ulysses", ProgramRole::kMentor, Mentor(5, 3), /*cleared=*/false);
  RoundRequest scoped;
  scoped.mentor_scope = {grace.person_id};
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, scoped);
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 1u);
  ASSERT_EQ(round->unmatched.size(), 1u);
  const std::string left = round->unmatched[0].unmatched.mentee_id;
  EXPECT_EQ(round->unmatched[0].unmatched.reason_id, domain::kUnmatchedSuitableMentorsTaken);

  auto list = ListSwapAlternatives(*ctx_, coordinator_, org_.id, round->round.id, left, "");
  ASSERT_OK(list);
  ASSERT_EQ(Ids(*list),
            (std::vector<std::string>{hal.person_id, grace.person_id, ulysses.person_id}));
  const auto& h = list->items[0];
  EXPECT_TRUE(h.available);
  EXPECT_EQ(h.room_left, 1);
  ASSERT_TRUE(h.not_chosen);
  EXPECT_EQ(h.not_chosen->id, domain::kNotChosenOutsideScope);
  EXPECT_FALSE(h.explanation.Reasons().empty());
  const auto& g = list->items[1];
  EXPECT_FALSE(g.available);
  EXPECT_EQ(g.room_left, 0);
  ASSERT_TRUE(g.not_chosen);
  // Ana and Ben are alike: the one Grace took fits her as well.
  EXPECT_EQ(g.not_chosen->id, domain::kNotChosenTakenByBetterFits);
  EXPECT_EQ(std::get<long long>(g.not_chosen->params.at("mentees")), 1);
  const auto& u = list->items[2];
  EXPECT_FALSE(u.available);
  ASSERT_TRUE(u.not_chosen);
  EXPECT_EQ(u.not_chosen->id, domain::kNotChosenHardConstraint);
  EXPECT_EQ(std::get<std::string>(u.not_chosen->params.at("cause")), "youth_screening");
  EXPECT_EQ(u.score, 0);

  // Exactly the available mentor is accepted by a hand assignment.
  const std::string& id = round->round.id;
  EXPECT_CODE(SwapProposal(*ctx_, coordinator_, org_.id, id, left, "", grace.person_id),
              StatusCode::kFailedPrecondition);
  EXPECT_CODE(SwapProposal(*ctx_, coordinator_, org_.id, id, left, "", ulysses.person_id),
              StatusCode::kFailedPrecondition);
  auto assigned = SwapProposal(*ctx_, coordinator_, org_.id, id, left, "", hal.person_id);
  ASSERT_OK(assigned);
  EXPECT_EQ(assigned->proposals.size(), 2u);
  EXPECT_TRUE(assigned->unmatched.empty());
  EXPECT_EQ(assigned->round.matched, 2);
  EXPECT_EQ(assigned->round.unmatched, 0);
  bool locked = false;
  for (const auto& p : assigned->proposals)
    if (p.proposal.mentee_id == left) {
      EXPECT_EQ(p.proposal.mentor_id, hal.person_id);
      EXPECT_FALSE(p.proposal.reasons.empty());
      locked = p.proposal.locked;
    }
  EXPECT_TRUE(locked);
  // Matched now: a second assignment is refused, and a re-run keeps the hand-made pair.
  EXPECT_CODE(SwapProposal(*ctx_, coordinator_, org_.id, id, left, "", grace.person_id),
              StatusCode::kAlreadyExists);
  auto rerun = RerunMatchRound(*ctx_, coordinator_, org_.id, id);
  ASSERT_OK(rerun);
  // Hal is outside the round's mentor scope: placed by hand, he stays through the re-run.
  EXPECT_TRUE(std::any_of(rerun->proposals.begin(), rerun->proposals.end(), [&](const auto& p) {
    return p.proposal.mentee_id == left && p.proposal.mentor_id == hal.person_id;
  }));
}

// A mentor with room, in scope, ranked below the round's K best: "beyond the candidates".
TEST_F(RoundAlternativesTest, MentorBelowTheCandidatesConsidered) {
  Join("Ana", ProgramRole::kMentee, Student());
  Join("Ben", ProgramRole::kMentee, Student());
  Caller grace = Join("Grace", ProgramRole::kMentor, Mentor(5, 1));
  Caller hal = Join("Hal", ProgramRole::kMentor, Mentor(3, 1));
  RoundRequest k1;
  k1.candidates_per_mentee = 1;
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, k1);
  ASSERT_OK(round);
  ASSERT_EQ(round->unmatched.size(), 1u);
  EXPECT_EQ(round->unmatched[0].unmatched.reason_id, domain::kUnmatchedBestMentorsTaken);
  auto list = ListSwapAlternatives(*ctx_, coordinator_, org_.id, round->round.id,
                                   round->unmatched[0].unmatched.mentee_id, "");
  ASSERT_OK(list);
  ASSERT_EQ(Ids(*list), (std::vector<std::string>{hal.person_id, grace.person_id}));
  ASSERT_TRUE(list->items[0].not_chosen);
  EXPECT_EQ(list->items[0].not_chosen->id, domain::kNotChosenBeyondCandidates);
  EXPECT_EQ(std::get<long long>(list->items[0].not_chosen->params.at("rank")), 2);
  EXPECT_EQ(std::get<long long>(list->items[0].not_chosen->params.at("candidates")), 1);
  EXPECT_TRUE(list->items[0].available);
}

// Assigning needs an unmatched mentee of a draft round.
TEST_F(RoundAlternativesTest, AssignOnlyUnmatchedMenteesOfDraftRounds) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student());
  Caller grace = Join("Grace", ProgramRole::kMentor, Mentor(5, 1));
  Caller hal = Join("Hal", ProgramRole::kMentor, Mentor(5, 1));
  RoundRequest scoped;
  scoped.mentor_scope = {grace.person_id};
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, scoped);
  ASSERT_OK(round);
  const std::string& id = round->round.id;
  // Ana is proposed, not unmatched.
  EXPECT_CODE(SwapProposal(*ctx_, coordinator_, org_.id, id, ana.person_id, "", hal.person_id),
              StatusCode::kAlreadyExists);
  EXPECT_CODE(SwapProposal(*ctx_, ana, org_.id, id, ana.person_id, "", hal.person_id),
              StatusCode::kPermissionDenied);
  ASSERT_OK(RemoveProposal(*ctx_, coordinator_, org_.id, id, ana.person_id, grace.person_id));
  ASSERT_OK(PublishMatchRound(*ctx_, coordinator_, org_.id, id));
  EXPECT_CODE(SwapProposal(*ctx_, coordinator_, org_.id, id, ana.person_id, "", hal.person_id),
              StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace tandem::app
