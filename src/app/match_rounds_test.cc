#include "app/match_rounds.h"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

#include "app/match_cache.h"
#include "app/matching_settings.h"
#include "app/me.h"
#include "app/mentor_requests.h"
#include "app/notifications.h"
#include "app/programs.h"
#include "app/recommendations.h"
#include "app/relationships.h"
#include "app/request_budget.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

// The reason with this id, or null.
const Reason* FindReason(const std::vector<Reason>& reasons, std::string_view id) {
  for (const Reason& r : reasons)
    if (r.id == id) return &r;
  return nullptr;
}

using domain::ProgramRole;
using domain::Role;

class MatchingTest : public testing::UseCaseTest {
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

  // An active participant with a profile.
  Caller Join(const std::string& name, ProgramRole role, domain::Profile profile,
              bool cleared = true) {
    Caller c = Member(org_, {domain::ToRole(role)}, name);
    EXPECT_OK(PutMyProfile(*ctx_, c, name, profile));
    auto e = ApplyToProgram(*ctx_, c, org_.id, program_.id, role, "");
    EXPECT_OK(e);
    if (role == ProgramRole::kMentor) {
      EXPECT_OK(SetEnrollmentFlags(*ctx_, coordinator_, org_.id, program_.id, e->enrollment.id,
                                   {cleared, cleared}));
    }
    return c;
  }

  static domain::Profile Student(std::vector<std::string> languages, bool minor = true) {
    domain::Profile p;
    p.skills_learn = {{"SQL", 1, 3}};
    p.interests = {"Robotics"};
    p.goals = {{"Become a data analyst", {"data"}}};
    p.languages = std::move(languages);
    p.time_zone = "America/Chicago";
    p.availability_hours_per_month = 4;
    p.minor = {minor, minor ? "Guardian" : "", minor ? "guardian@example.org" : ""};
    return p;
  }

  static domain::Profile Mentor(int sql_level, int capacity = 1) {
    domain::Profile p;
    p.skills_teach = {{"SQL", sql_level}};
    p.interests = {"Robotics"};
    p.goals = {{"Help students become data analysts", {"data"}}};
    p.languages = {"en", "es"};
    p.time_zone = "America/Chicago";
    p.availability_hours_per_month = 4;
    p.mentor = {capacity, true};
    return p;
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
};

TEST_F(MatchingTest, RoundRespectsHardConstraintsAndExplainsEveryProposal) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller ben = Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Caller vi = Join("Vi", ProgramRole::kMentee, Student({"vi"}));  // no shared language
  Caller good = Join("Grace", ProgramRole::kMentor, Mentor(5));
  Caller uncleared = Join("Ulysses", ProgramRole::kMentor, Mentor(5), /*cleared=*/false);

  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 1u);  // capacity 1, one cleared mentor
  const auto& p = round->proposals[0].proposal;
  EXPECT_EQ(p.mentor_id, good.person_id);
  const Reason* skill = FindReason(p.reasons, "skill_match");
  ASSERT_NE(skill, nullptr);
  EXPECT_EQ(skill->params.at("skill"), ReasonParam("SQL"));
  EXPECT_EQ(skill->params.at("mentor_level"), ReasonParam(5LL));
  ASSERT_EQ(round->unmatched.size(), 2u);
  std::set<std::string> unmatched_ids;
  for (const auto& u : round->unmatched) {
    unmatched_ids.insert(u.unmatched.mentee_id);
    if (u.unmatched.mentee_id == vi.person_id) {
      // No mentor possible: Grace shares no language with Vi, Ulysses is not cleared (a tie,
      // which names the first cause by id).
      EXPECT_EQ(u.unmatched.reason_id, domain::kUnmatchedNoSuitableMentor);
      EXPECT_EQ(u.unmatched.params, (ReasonParams{{"cause", "no_shared_language"},
                                                  {"count", 1LL},
                                                  {"mentors", 2LL}}));
    } else {
      EXPECT_EQ(u.unmatched.reason_id, domain::kUnmatchedSuitableMentorsTaken);
      EXPECT_EQ(u.unmatched.params, (ReasonParams{{"candidates", 1LL}}));
    }
  }
  const std::string& left_out = p.mentee_id == ana.person_id ? ben.person_id : ana.person_id;
  ASSERT_TRUE(p.mentee_id == ana.person_id || p.mentee_id == ben.person_id) << p.mentee_id;
  EXPECT_EQ(unmatched_ids, (std::set<std::string>{vi.person_id, left_out}));
  (void)uncleared;
}

// One place, two mentees: Ben wants SQL, which Mo teaches; Ana, first-generation, wants Python,
// which Mo does not. Without a priority group Ben scores more and takes the place; with one,
// Ana does, and the round reports what that cost: Ben's score minus Ana's, each measured by a
// round of its own (a round's scope does not change a pair's score: every round of a program
// scores within the same whole-program context).
TEST_F(MatchingTest, APriorityGroupIsMatchedFirstAndItsCostIsReported) {
  domain::Profile first_generation = Student({"en"});
  first_generation.skills_learn = {{"Python", 1, 3}};
  first_generation.background = {{"first_generation", "yes", domain::Visibility::kMatching}};
  Caller ana = Join("Ana", ProgramRole::kMentee, first_generation);
  Caller ben = Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Caller mo = Join("Mo", ProgramRole::kMentor, Mentor(5));

  auto plain = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(plain);
  ASSERT_EQ(plain->proposals.size(), 1u);
  EXPECT_EQ(plain->proposals[0].proposal.mentee_id, ben.person_id);
  EXPECT_EQ(plain->proposals[0].proposal.mentor_id, mo.person_id);
  const int ben_score = plain->proposals[0].proposal.score;
  EXPECT_EQ(plain->round.total_score, ben_score);
  EXPECT_EQ(plain->round.priority_cost, 0);  // no priority group

  RoundRequest only_ana;
  only_ana.mentee_scope = {ana.person_id};
  auto alone = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, only_ana);
  ASSERT_OK(alone);
  ASSERT_EQ(alone->proposals.size(), 1u);
  const int ana_score = alone->proposals[0].proposal.score;
  ASSERT_LT(ana_score, ben_score) << "the instance needs Ben to be the better pair";

  auto settings = GetMatchingSettings(*ctx_, coordinator_, org_.id, program_.id);
  ASSERT_OK(settings);
  settings->priority_field = "first_generation";
  settings->priority_value = "yes";
  ASSERT_OK(PutMatchingSettings(*ctx_, coordinator_, org_.id, program_.id, *settings));

  auto tiered = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(tiered);
  ASSERT_EQ(tiered->proposals.size(), 1u);
  EXPECT_EQ(tiered->proposals[0].proposal.mentee_id, ana.person_id);
  EXPECT_EQ(tiered->proposals[0].proposal.mentor_id, mo.person_id);
  EXPECT_EQ(tiered->proposals[0].proposal.score, ana_score);
  EXPECT_EQ(tiered->round.total_score, ana_score);
  EXPECT_EQ(tiered->round.priority_cost, ben_score - ana_score);
  ASSERT_EQ(tiered->unmatched.size(), 1u);
  EXPECT_EQ(tiered->unmatched[0].unmatched.mentee_id, ben.person_id);
}

TEST_F(MatchingTest, LockRerunRemoveSwapPublish) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller ben = Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Caller m1 = Join("Mo", ProgramRole::kMentor, Mentor(5));
  Caller m2 = Join("Nia", ProgramRole::kMentor, Mentor(3));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 2u);
  const std::string id = round->round.id;
  const auto first = round->proposals[0].proposal;

  // Lock, then re-run: the locked pair survives.
  ASSERT_OK(
      SetProposalLock(*ctx_, coordinator_, org_.id, id, first.mentee_id, first.mentor_id, true));
  auto rerun = RerunMatchRound(*ctx_, coordinator_, org_.id, id);
  ASSERT_OK(rerun);
  bool kept = false;
  for (const auto& p : rerun->proposals)
    kept |= p.proposal.mentee_id == first.mentee_id && p.proposal.mentor_id == first.mentor_id &&
            p.proposal.locked;
  EXPECT_TRUE(kept);

  // Swapping onto a full mentor is refused.
  std::string other_mentor = first.mentor_id == m1.person_id ? m2.person_id : m1.person_id;
  auto swap = SwapProposal(*ctx_, coordinator_, org_.id, id, first.mentee_id, first.mentor_id,
                           other_mentor);
  EXPECT_CODE(swap, StatusCode::kFailedPrecondition);

  auto published = PublishMatchRound(*ctx_, coordinator_, org_.id, id);
  ASSERT_OK(published);
  EXPECT_EQ(published->round.status, domain::RoundStatus::kPublished);
  EXPECT_CODE(PublishMatchRound(*ctx_, coordinator_, org_.id, id), StatusCode::kFailedPrecondition);
  auto rels = ListMyRelationships(*ctx_, ana, {});
  ASSERT_EQ(rels->items.size(), 1u);
  EXPECT_EQ(rels->items.at(0).relationship.status, domain::RelationshipStatus::kProposed);
  EXPECT_FALSE(ListMyNotifications(*ctx_, ana, {})->items.empty());
  // Both sides accept: active.
  const auto& rel = rels->items.at(0).relationship;
  Caller mentor = rel.mentor_id == m1.person_id ? m1 : m2;
  ASSERT_OK(RespondToRelationship(*ctx_, ana, org_.id, rel.id, true));
  auto done = RespondToRelationship(*ctx_, mentor, org_.id, rel.id, true);
  ASSERT_OK(done);
  EXPECT_EQ(done->relationship.status, domain::RelationshipStatus::kActive);
  // A later round has nobody left to match (capacity used, mentees matched).
  auto later = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(later);
  EXPECT_TRUE(later->proposals.empty());
  (void)ben;
}

// Delegates to a store, running `before_next_write` (once) just before the next write
// transaction: "another request committed meanwhile", for use cases that read, compute outside
// any transaction, then write.
class InterleavingStore : public Store {
 public:
  explicit InterleavingStore(Store& inner) : inner_(inner) {}
  // Runs once, before the first write transaction that follows a read one: between a use
  // case's snapshot and its write (the request-budget charge before the snapshot is a write
  // that does not count).
  std::function<void()> before_next_write;
  Status Transact(const std::function<Status(Tx&)>& fn) override {
    if (read_) {
      if (auto hook = std::exchange(before_next_write, nullptr)) hook();
    }
    return inner_.Transact(fn);
  }
  Status TransactRead(const std::function<Status(Tx&)>& fn) override {
    read_ = true;
    return inner_.TransactRead(fn);
  }
  Status Ping() override { return inner_.Ping(); }

 private:
  Store& inner_;
  bool read_ = false;
};

// K = 1 keeps only each mentee's single best mentor: two mentees who both rank Mo first compete
// for him, and the loser stays unmatched although Nia has room (K = 2 would match both). A
// re-run must keep K = 1 rather than fall back to the default.
TEST_F(MatchingTest, AReRunKeepsTheRoundsCandidatesPerMentee) {
  Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Caller mo = Join("Mo", ProgramRole::kMentor, Mentor(5));
  Join("Nia", ProgramRole::kMentor, Mentor(3));

  RoundRequest wide;
  wide.candidates_per_mentee = 2;
  auto two = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, wide);
  ASSERT_OK(two);
  EXPECT_EQ(two->round.candidates_per_mentee, 2);
  EXPECT_EQ(two->proposals.size(), 2u);  // K matters in this instance

  RoundRequest narrow;
  narrow.candidates_per_mentee = 1;
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, narrow);
  ASSERT_OK(round);
  EXPECT_EQ(round->round.candidates_per_mentee, 1);
  ASSERT_EQ(round->proposals.size(), 1u);
  EXPECT_EQ(round->proposals[0].proposal.mentor_id, mo.person_id);
  EXPECT_EQ(round->unmatched.size(), 1u);

  auto rerun = RerunMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(rerun);
  EXPECT_EQ(rerun->round.candidates_per_mentee, 1);
  EXPECT_EQ(rerun->proposals.size(), 1u);
  EXPECT_EQ(rerun->unmatched.size(), 1u);

  auto stored = GetMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(stored);
  EXPECT_EQ(stored->round.candidates_per_mentee, 1);
}

TEST_F(MatchingTest, AReRunDoesNotOverwriteAnEditMadeWhileItSolved) {
  Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Join("Mo", ProgramRole::kMentor, Mentor(5));
  Join("Nia", ProgramRole::kMentor, Mentor(3));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 2u);
  const std::string id = round->round.id;
  const domain::Proposal first = round->proposals[0].proposal;

  InterleavingStore interleaving(*store_);
  Context racing{interleaving, hasher_, tokens_, clock_};
  interleaving.before_next_write = [&] {  // another coordinator removes a pair meanwhile
    ASSERT_OK(RemoveProposal(*ctx_, coordinator_, org_.id, id, first.mentee_id, first.mentor_id));
  };
  auto rerun = RerunMatchRound(racing, coordinator_, org_.id, id);
  EXPECT_CODE(rerun, StatusCode::kFailedPrecondition) << rerun.status().ToString();
  auto now = GetMatchRound(*ctx_, coordinator_, org_.id, id);
  ASSERT_OK(now);
  ASSERT_EQ(now->proposals.size(), 1u) << "the removal stands";
  EXPECT_NE(now->proposals[0].proposal.mentee_id, first.mentee_id);
  // Re-run again, now from the edited round: the removed pair stays excluded.
  auto again = RerunMatchRound(*ctx_, coordinator_, org_.id, id);
  ASSERT_OK(again);
  for (const auto& p : again->proposals)
    EXPECT_FALSE(p.proposal.mentee_id == first.mentee_id &&
                 p.proposal.mentor_id == first.mentor_id);
}

TEST_F(MatchingTest, PublishingAStaleRoundNeverGivesAMenteeASecondMentor) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller m1 = Join("Mo", ProgramRole::kMentor, Mentor(5));
  Caller m2 = Join("Nia", ProgramRole::kMentor, Mentor(5));
  RoundRequest only_m1, only_m2;
  only_m1.mentor_scope = {m1.person_id};
  only_m2.mentor_scope = {m2.person_id};
  auto first = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, only_m1);
  auto second = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, only_m2);
  ASSERT_EQ(first->proposals.size(), 1u);
  ASSERT_EQ(second->proposals.size(), 1u);
  ASSERT_OK(PublishMatchRound(*ctx_, coordinator_, org_.id, first->round.id));
  auto stale = PublishMatchRound(*ctx_, coordinator_, org_.id, second->round.id);
  EXPECT_CODE(stale, StatusCode::kFailedPrecondition);
  EXPECT_EQ(ListMyRelationships(*ctx_, ana, {})->items.size(), 1u);
}

TEST_F(MatchingTest, ADeclinedMatchIsNotProposedAgain) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller m1 = Join("Mo", ProgramRole::kMentor, Mentor(5));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id));
  auto rel = ListMyRelationships(*ctx_, ana, {})->items.at(0).relationship;
  ASSERT_OK(RespondToRelationship(*ctx_, m1, org_.id, rel.id, false));
  auto again = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  EXPECT_TRUE(again->proposals.empty());
}

TEST_F(MatchingTest, RemoveAddsAnExclusion) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller m1 = Join("Mo", ProgramRole::kMentor, Mentor(5));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_EQ(round->proposals.size(), 1u);
  auto removed = RemoveProposal(*ctx_, coordinator_, org_.id, round->round.id, ana.person_id,
                                m1.person_id);
  ASSERT_OK(removed);
  EXPECT_TRUE(removed->proposals.empty());
  EXPECT_EQ(ListExclusions(*ctx_, coordinator_, org_.id, program_.id, {})->items.size(), 1u);
  auto again = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  EXPECT_TRUE(again->proposals.empty());
}

TEST_F(MatchingTest, RecommendationsReuseThePreparedDataUntilItChanges) {
  MatchCache cache(4);
  ctx_->match_cache = &cache;
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller mo = Join("Mo", ProgramRole::kMentor, Mentor(5));
  Caller nia = Join("Nia", ProgramRole::kMentor, Mentor(3));

  auto first = RecommendMentors(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(first);
  ASSERT_EQ(first->items.size(), 2u);
  EXPECT_EQ(first->items.at(0).mentor_id, mo.person_id);
  auto again = RecommendMentors(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(again);
  EXPECT_EQ(cache.stats().builds, 1u);
  EXPECT_EQ(cache.stats().hits, 1u);
  EXPECT_EQ(again->items.at(0).score, first->items.at(0).score);

  // Nia now teaches SQL at level 5 too, and more: what Ana sees changes at once.
  domain::Profile better = Mentor(5, 2);
  better.interests = {"Robotics", "Chess"};
  ASSERT_OK(PutMyProfile(*ctx_, nia, "Nia", better));
  auto after = RecommendMentors(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(after);
  EXPECT_EQ(cache.stats().builds, 2u);
  const Recommendation& nia_now =
      after->items.at(0).mentor_id == nia.person_id ? after->items.at(0) : after->items.at(1);
  EXPECT_EQ(nia_now.remaining_capacity, 2);

  // A coordinator excluding the pair (a program-level change) is seen too.
  ASSERT_OK(AddExclusion(*ctx_, coordinator_, org_.id, program_.id, ana.person_id, mo.person_id,
                         "conflict of interest"));
  auto excluded = RecommendMentors(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(excluded);
  ASSERT_EQ(excluded->items.size(), 1u);
  EXPECT_EQ(excluded->items.at(0).mentor_id, nia.person_id);
  EXPECT_EQ(cache.stats().builds, 3u);

  // The next day the data is built again (its time-zone offsets are taken at the build instant).
  ASSERT_OK(RecommendMentors(*ctx_, ana, org_.id, program_.id, {}));
  EXPECT_EQ(cache.stats().builds, 3u);
  clock_.Advance(kDay);
  ASSERT_OK(RecommendMentors(*ctx_, ana, org_.id, program_.id, {}));
  EXPECT_EQ(cache.stats().builds, 4u);
}

TEST_F(MatchingTest, RecommendationsPageThroughTheRankingWithoutRepeatsOrGaps) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  for (const char* name : {"Mo", "Nia", "Ola", "Pia", "Quinn"})
    Join(name, ProgramRole::kMentor, Mentor(3 + static_cast<int>(std::string(name).size() % 3)));
  auto all = RecommendMentors(*ctx_, ana, org_.id, program_.id, {}, {200, ""});
  ASSERT_OK(all);
  ASSERT_EQ(all->items.size(), 5u);
  EXPECT_TRUE(all->next_cursor.empty());
  std::vector<std::string> walked;
  PageRequest page{2, ""};
  for (int pages = 0; pages < 10; ++pages) {
    auto one = RecommendMentors(*ctx_, ana, org_.id, program_.id, {}, page);
    ASSERT_OK(one);
    for (const auto& r : one->items) {
      walked.push_back(r.mentor_id);
      EXPECT_EQ(r.explanation.total, r.score);  // every page's mentors are explained
    }
    if (one->next_cursor.empty()) break;
    page.cursor = one->next_cursor;
  }
  std::vector<std::string> expected;
  for (const auto& r : all->items) expected.push_back(r.mentor_id);
  EXPECT_EQ(walked, expected);
  // Someone else's cursor, or a forged one, is refused.
  for (const std::string& bad : {std::string("garbage"), EncodeCursor("members", {std::string("x")}),
                                 EncodeCursor("recommendations", {std::string("x")})})
    EXPECT_CODE(RecommendMentors(*ctx_, ana, org_.id, program_.id, {}, {2, bad}),
                StatusCode::kInvalidArgument)
        << bad;
  EXPECT_CODE(RecommendMentors(*ctx_, ana, org_.id, program_.id, {}, {201, ""}),
              StatusCode::kInvalidArgument);
}

TEST_F(MatchingTest, ExpensiveRequestsHaveABudgetPerSessionAndAPersonCeiling) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller ben = Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Join("Mo", ProgramRole::kMentor, Mentor(5));
  clock_.Advance(kMinute - clock_.Now() % kMinute);  // the start of a window
  const domain::BudgetRule rule = domain::RuleFor(domain::Budget::kRecommendations);
  auto session = [&](int n) {
    Caller c = ana;
    c.session_key = "session-" + std::to_string(n);
    return c;
  };
  for (int i = 0; i < rule.limit; ++i)
    ASSERT_OK(RecommendMentors(*ctx_, session(0), org_.id, program_.id, {})) << i;
  clock_.Advance(20 * kSecond);
  auto refused = RecommendMentors(*ctx_, session(0), org_.id, program_.id, {});
  EXPECT_CODE(refused, StatusCode::kResourceExhausted);
  EXPECT_EQ(refused.status().retry_after_seconds(), 40);
  // Another person's budget is their own.
  EXPECT_OK(RecommendMentors(*ctx_, ben, org_.id, program_.id, {}));
  // Budgets are per kind of work: Ana can still ask for a mentor.
  EXPECT_OK(SpendBudget(*ctx_, session(0), domain::Budget::kMentorRequests));
  // A new session has a budget of its own, up to the person's ceiling over all sessions.
  int used = rule.limit + 1;  // the refused request was counted too
  for (int s = 1; used < rule.person_limit(); ++s)
    for (int i = 0; i < rule.limit && used < rule.person_limit(); ++i) {
      ++used;
      ASSERT_OK(SpendBudget(*ctx_, session(s), domain::Budget::kRecommendations)) << used;
    }
  EXPECT_CODE(SpendBudget(*ctx_, session(99), domain::Budget::kRecommendations),
              StatusCode::kResourceExhausted);
  // The next window starts afresh.
  clock_.Advance(40 * kSecond);
  EXPECT_OK(RecommendMentors(*ctx_, session(0), org_.id, program_.id, {}));
}

TEST_F(MatchingTest, RoundWorkIsChargedToTheCoordinatorsBudget) {
  Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Join("Mo", ProgramRole::kMentor, Mentor(5));
  clock_.Advance(kMinute - clock_.Now() % kMinute);
  const int limit = domain::RuleFor(domain::Budget::kMatchRounds).limit;
  for (int i = 0; i < limit - 1; ++i)
    ASSERT_OK(SpendBudget(*ctx_, coordinator_, domain::Budget::kMatchRounds)) << i;
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);  // the last one in this window
  EXPECT_CODE(RerunMatchRound(*ctx_, coordinator_, org_.id, round->round.id),
              StatusCode::kResourceExhausted);
  EXPECT_CODE(PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id),
              StatusCode::kResourceExhausted);
  Caller system{"", false, true};
  EXPECT_OK(SpendBudget(*ctx_, system, domain::Budget::kMatchRounds));
}

TEST_F(MatchingTest, OnlyCoordinatorsRunRounds) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  EXPECT_CODE(RunMatchRound(*ctx_, ana, org_.id, program_.id, {}), StatusCode::kPermissionDenied);
}

TEST_F(MatchingTest, SelfMatchFirstAcceptWinsAndCapacityHolds) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller ben = Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Caller m1 = Join("Mo", ProgramRole::kMentor, Mentor(5));
  Caller m2 = Join("Nia", ProgramRole::kMentor, Mentor(3));  // exactly at the target level
  Caller m3 = Join("Ola", ProgramRole::kMentor, Mentor(4), /*cleared=*/false);

  auto recs = RecommendMentors(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(recs);
  ASSERT_EQ(recs->items.size(), 2u);  // the uncleared mentor is never recommended to a minor
  EXPECT_EQ(recs->items.at(0).mentor_id, m1.person_id);  // level 5 above the target covers it best
  EXPECT_EQ(recs->items.at(0).explanation.total, recs->items.at(0).score);

  EXPECT_CODE(RequestMentor(*ctx_, ana, org_.id, program_.id, m3.person_id, "hi"),
              StatusCode::kFailedPrecondition);
  auto r1 = RequestMentor(*ctx_, ana, org_.id, program_.id, m1.person_id, "Hello!");
  auto r2 = RequestMentor(*ctx_, ana, org_.id, program_.id, m2.person_id, "Hello!");
  ASSERT_TRUE(r1.ok() && r2.ok());
  EXPECT_CODE(RequestMentor(*ctx_, ana, org_.id, program_.id, m1.person_id, ""),
              StatusCode::kAlreadyExists);
  auto b1 = RequestMentor(*ctx_, ben, org_.id, program_.id, m1.person_id, "Me too");
  ASSERT_OK(b1);

  EXPECT_CODE(RespondToRequest(*ctx_, m1, org_.id, r1->request.id, false, ""),
              StatusCode::kInvalidArgument);  // a reason is required to decline
  EXPECT_CODE(RespondToRequest(*ctx_, m2, org_.id, r1->request.id, true, ""),
              StatusCode::kNotFound);  // not addressed to m2
  auto accepted = RespondToRequest(*ctx_, m1, org_.id, r1->request.id, true, "");
  ASSERT_OK(accepted);
  EXPECT_EQ(accepted->effective_status, domain::RequestStatus::kAccepted);
  // Ana's other request was withdrawn; Mo is now full, so Ben cannot have him.
  auto mine = ListMyRequests(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(mine);
  auto other = std::find_if(mine->items.begin(), mine->items.end(),
                            [&](const auto& r) { return r.request.id == r2->request.id; });
  ASSERT_NE(other, mine->items.end()) << "Ana's second request is not listed";
  EXPECT_EQ(other->effective_status, domain::RequestStatus::kWithdrawn);
  EXPECT_CODE(RespondToRequest(*ctx_, m1, org_.id, b1->request.id, true, ""),
              StatusCode::kFailedPrecondition);
  EXPECT_EQ(ListMyRelationships(*ctx_, ana, {})->items.at(0).relationship.status,
            domain::RelationshipStatus::kActive);
}

TEST_F(MatchingTest, RequestsExpireAndAreLimitedToThree) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  std::vector<Caller> mentors;
  for (int i = 0; i < 4; ++i)
    mentors.push_back(Join("M" + std::to_string(i), ProgramRole::kMentor, Mentor(4)));
  for (int i = 0; i < 3; ++i)
    ASSERT_OK(RequestMentor(*ctx_, ana, org_.id, program_.id, mentors[i].person_id, ""));
  EXPECT_CODE(RequestMentor(*ctx_, ana, org_.id, program_.id, mentors[3].person_id, ""),
              StatusCode::kFailedPrecondition);
  clock_.Advance(8 * kDay);  // default expiry: 7 days
  auto mine = ListMyRequests(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(mine);
  ASSERT_EQ(mine->items.size(), 3u);
  for (const auto& r : mine->items) EXPECT_EQ(r.effective_status, domain::RequestStatus::kExpired);
  EXPECT_OK(RequestMentor(*ctx_, ana, org_.id, program_.id, mentors[3].person_id, ""));
  // Asking a mentor again after an expiry: the expired request is stored as such, so the new
  // one is the pair's only pending request (the database allows one).
  auto again = RequestMentor(*ctx_, ana, org_.id, program_.id, mentors[0].person_id, "Again?");
  ASSERT_OK(again);
  EXPECT_CODE(RequestMentor(*ctx_, ana, org_.id, program_.id, mentors[0].person_id, ""),
              StatusCode::kAlreadyExists);
  int pending = 0, expired = 0;
  auto listed = ListMyRequests(*ctx_, ana, org_.id, program_.id, {});
  ASSERT_OK(listed);
  for (const auto& r : listed->items) {
    pending += r.request.status == domain::RequestStatus::kPending;
    expired += r.request.status == domain::RequestStatus::kExpired;
    if (r.request.status == domain::RequestStatus::kExpired) {
      EXPECT_EQ(r.request.decided_at, 0) << "an expiry is not a decision";
    }
  }
  EXPECT_EQ(pending, 2);  // mentors[3] and mentors[0] again
  EXPECT_EQ(expired, 3);  // stored as expired when Ana asked again
}

// One set of reasons serves both readers (each app words them from its side): the proposal's
// go with a swap and into the relationship on publish; a request's into the relationship on
// acceptance.
TEST_F(MatchingTest, ReasonsTravelFromProposalsAndRequestsIntoRelationships) {
  Caller ana = Join("Ana", ProgramRole::kMentee, Student({"en"}));
  Caller ben = Join("Ben", ProgramRole::kMentee, Student({"en"}));
  Caller mo = Join("Mo", ProgramRole::kMentor, Mentor(5));
  Caller nia = Join("Nia", ProgramRole::kMentor, Mentor(3));

  // A round proposes Ana to Mo; the coordinator swaps her to Nia and publishes.
  RoundRequest only_ana;
  only_ana.mentee_scope = {ana.person_id};
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, only_ana);
  ASSERT_OK(round);
  ASSERT_EQ(round->proposals.size(), 1u);
  const auto& proposed = round->proposals[0].proposal;
  EXPECT_EQ(proposed.mentor_id, mo.person_id);
  const Reason* skill = FindReason(proposed.reasons, "skill_match");
  ASSERT_NE(skill, nullptr);
  EXPECT_EQ(skill->params, (ReasonParams{{"skill", "SQL"}, {"mentor_level", 5LL},
                                         {"target_level", 3LL}}));
  auto swapped = SwapProposal(*ctx_, coordinator_, org_.id, round->round.id, ana.person_id,
                              mo.person_id, nia.person_id);
  ASSERT_OK(swapped);
  const auto& to_nia = swapped->proposals.at(0).proposal;
  skill = FindReason(to_nia.reasons, "skill_match");
  ASSERT_NE(skill, nullptr);
  EXPECT_EQ(skill->params.at("mentor_level"), ReasonParam(3LL)) << "redone for the new mentor";
  ASSERT_OK(PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id));
  auto nias = ListMyRelationships(*ctx_, nia, {});
  ASSERT_EQ(nias->items.size(), 1u);
  EXPECT_EQ(nias->items.at(0).relationship.reasons, to_nia.reasons);

  // Ben asks Mo directly: Mo's list and Ben's hold the same reasons.
  auto asked = RequestMentor(*ctx_, ben, org_.id, program_.id, mo.person_id, "Hello!");
  ASSERT_OK(asked);
  auto incoming = ListIncomingRequests(*ctx_, mo, {});
  ASSERT_EQ(incoming->items.size(), 1u);
  const auto& seen_by_mo = incoming->items.at(0).request;
  ASSERT_NE(FindReason(seen_by_mo.reasons, "skill_match"), nullptr);
  EXPECT_EQ(FindReason(seen_by_mo.reasons, "skill_match")->params.at("mentor_level"),
            ReasonParam(5LL));
  auto bens = ListMyRequests(*ctx_, ben, org_.id, program_.id, {});
  ASSERT_EQ(bens->items.size(), 1u);
  const auto& seen_by_ben = bens->items.at(0).request;
  EXPECT_EQ(seen_by_ben.reasons, seen_by_mo.reasons);
  ASSERT_OK(RespondToRequest(*ctx_, mo, org_.id, seen_by_mo.id, true, ""));
  auto mos = ListMyRelationships(*ctx_, mo, {});
  ASSERT_EQ(mos->items.size(), 1u);
  EXPECT_EQ(mos->items.at(0).relationship.reasons, seen_by_mo.reasons);
}

TEST_F(MatchingTest, SettingsListEveryCriterionAndValidate) {
  auto s = GetMatchingSettings(*ctx_, coordinator_, org_.id, program_.id);
  ASSERT_OK(s);
  EXPECT_EQ(s->priorities.size(), 9u);
  domain::MatchingSettings bad = *s;
  bad.priorities = {{"language", "sometimes"}};
  EXPECT_CODE(PutMatchingSettings(*ctx_, coordinator_, org_.id, program_.id, bad),
              StatusCode::kInvalidArgument);
  domain::MatchingSettings good = *s;
  good.priorities = {{"language", "low"}};
  auto saved = PutMatchingSettings(*ctx_, coordinator_, org_.id, program_.id, good);
  ASSERT_OK(saved);
  bool found = false;
  for (const auto& [c, p] : saved->priorities) found |= c == "language" && p == "low";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace tandem::app

namespace tandem::app {
namespace {

class PeerMatchingTest : public MatchingTest {};

TEST_F(PeerMatchingTest, PeersArePairedWithinOnePool) {
  domain::Program peer;
  peer.name = "Peer Learning";
  peer.type = domain::ProgramType::kPeer;
  peer.audience = domain::Audience::kYouth;
  program_ = CreateProgram(*ctx_, coordinator_, org_.id, peer)->program;
  std::vector<Caller> people;
  for (const char* name : {"Ana", "Ben", "Cai", "Dee", "Eli"})
    people.push_back(Join(name, ProgramRole::kMentee, Student({"en"})));
  auto round = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(round);
  EXPECT_EQ(round->proposals.size(), 2u);   // five minors: two pairs
  EXPECT_EQ(round->unmatched.size(), 1u);  // and one left over
  std::set<std::string> paired;
  for (const auto& p : round->proposals) {
    EXPECT_TRUE(paired.insert(p.proposal.mentee_id).second);
    EXPECT_TRUE(paired.insert(p.proposal.mentor_id).second);
  }
  auto published = PublishMatchRound(*ctx_, coordinator_, org_.id, round->round.id);
  ASSERT_OK(published);
  auto again = RunMatchRound(*ctx_, coordinator_, org_.id, program_.id, {});
  ASSERT_OK(again);
  EXPECT_TRUE(again->proposals.empty());  // only one person is left
}

}  // namespace
}  // namespace tandem::app
