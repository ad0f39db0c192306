// Conformance: match rounds and their output (proposals, unmatched mentees).
#include <atomic>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

class MatchRoundsConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    coordinator_ = AddPerson(test::APerson().Name("Cora Coordinator"));
  }
  std::vector<domain::Proposal> Proposals(const std::string& org, const std::string& round) {
    auto list = Read<std::vector<domain::Proposal>>(
        [&](app::Tx& tx) { return tx.ListProposals(org, round); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<domain::Proposal>{};
  }
  std::vector<domain::Unmatched> Unmatched(const std::string& org, const std::string& round) {
    auto list = Read<std::vector<domain::Unmatched>>(
        [&](app::Tx& tx) { return tx.ListUnmatched(org, round); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<domain::Unmatched>{};
  }
  domain::MatchRound AddRound(domain::MatchRound r) {
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRound(r); }));
    return r;
  }
  domain::Person coordinator_;
};

TEST_P(MatchRoundsConformanceTest, RoundRoundTripsEveryField) {
  domain::Person a = AddPerson(), b = AddPerson();
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id)
                                      .Objective(domain::Objective::kCoverage)
                                      .Status(domain::RoundStatus::kPublished)
                                      .MenteeScope({a.id, b.id})
                                      .MentorScope({b.id})
                                      .CandidatesPerMentee(7)
                                      .CreatedAt(test::kT0 + 5)
                                      .PublishedAt(test::kT0 + 9)
                                      .Totals(1234, 40, 3, 17));
  domain::MatchRound draft = AddRound(test::AMatchRound(program_, coordinator_.id));
  EXPECT_EQ(draft.candidates_per_mentee, 100);  // the default K
  for (const domain::MatchRound& want : {r, draft}) {
    auto got = Read<domain::MatchRound>([&](app::Tx& tx) { return tx.GetRound(org_.id, want.id); });
    ASSERT_OK(got);
    EXPECT_EQ(Fields(*got), Fields(want));
  }
  auto foreign =
      Read<domain::MatchRound>([&](app::Tx& tx) { return tx.GetRound(other_org_.id, r.id); });
  EXPECT_CODE(foreign, StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertRound(test::AMatchRound(program_, coordinator_.id).Id(r.id));
              }),
              StatusCode::kAlreadyExists);
  domain::MatchRound wrong_org = test::AMatchRound(program_, coordinator_.id);
  wrong_org.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertRound(wrong_org); }), StatusCode::kNotFound);
}

TEST_P(MatchRoundsConformanceTest, UpdateRoundChangesStatusTotalsAndPublishedAtOnly) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::MatchRound changed = r;
  changed.status = domain::RoundStatus::kPublished;
  changed.published_at = test::kT0 + kHour;
  changed.total_score = 900;
  changed.matched = 30;
  changed.unmatched = 2;
  changed.priority_cost = 12;
  changed.objective = domain::Objective::kCoverage;  // not updatable
  changed.mentee_scope = {coordinator_.id};          // not updatable
  changed.candidates_per_mentee = 3;                 // not updatable: re-runs reuse it
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRound(changed); }));
  domain::MatchRound expected = changed;
  expected.objective = r.objective;
  expected.mentee_scope = r.mentee_scope;
  expected.candidates_per_mentee = r.candidates_per_mentee;
  auto got = Read<domain::MatchRound>([&](app::Tx& tx) { return tx.GetRound(org_.id, r.id); });
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(expected));

  domain::MatchRound missing = test::AMatchRound(program_, coordinator_.id);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateRound(missing); }), StatusCode::kNotFound);
  changed.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateRound(changed); }), StatusCode::kNotFound);
}

TEST_P(MatchRoundsConformanceTest, LockRoundNeedsTheRoundInTheOrganisation) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.LockRound(org_.id, r.id); }));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.LockRound(other_org_.id, r.id); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.LockRound(org_.id, NewId()); }),
              StatusCode::kNotFound);
}

// Two publishes of one round: the second starts while the first holds the round's lock and
// has read it as a draft. Without a working lock (on PostgreSQL) both would read a draft and
// both would publish.
TEST_P(MatchRoundsConformanceTest, LockRoundMakesALaterPublisherSeeTheEarlierPublish) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  auto publish = [&](const std::function<void()>& after_read) {
    return Write([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockRound(org_.id, r.id));
      ASSIGN_OR_RETURN(domain::MatchRound round, tx.GetRound(org_.id, r.id));
      after_read();
      if (round.status != domain::RoundStatus::kDraft)
        return FailedPrecondition("already published");
      round.status = domain::RoundStatus::kPublished;
      round.published_at = test::kT0 + kHour;
      return tx.UpdateRound(round);
    });
  };
  std::atomic<bool> read{false};
  Status first, second;
  std::thread a([&] {
    first = publish([&] {
      read = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
  });
  std::thread b([&] {
    while (!read) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    second = publish([] {});
  });
  a.join();
  b.join();
  EXPECT_OK(first);
  EXPECT_CODE(second, StatusCode::kFailedPrecondition);
}

TEST_P(MatchRoundsConformanceTest, RoundsAreListedNewestFirstPerProgram) {
  domain::MatchRound old = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::MatchRound newest =
      AddRound(test::AMatchRound(program_, coordinator_.id).CreatedAt(test::kT0 + 2 * kDay));
  domain::MatchRound middle =
      AddRound(test::AMatchRound(program_, coordinator_.id).CreatedAt(test::kT0 + kDay));
  AddRound(test::AMatchRound(AddProgram(test::AProgram(org_.id)), coordinator_.id));
  auto list = Read<std::vector<domain::MatchRound>>(
      [&](app::Tx& tx) { return tx.ListRounds(org_.id, program_.id); });
  ASSERT_OK(list);
  EXPECT_EQ(Keys(*list, [](const domain::MatchRound& r) { return r.id; }),
            (std::vector<std::string>{newest.id, middle.id, old.id}));
  auto foreign = Read<std::vector<domain::MatchRound>>(
      [&](app::Tx& tx) { return tx.ListRounds(other_org_.id, program_.id); });
  EXPECT_TRUE(foreign->empty());
}

TEST_P(MatchRoundsConformanceTest, ReplaceProposalsReplacesTheRoundsRowsInKeyOrder) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::MatchRound other = AddRound(test::AMatchRound(program_, coordinator_.id));
  std::vector<domain::Proposal> first = {test::AProposal(r, "m2", "x1"),
                                         test::AProposal(r, "m1", "x2").Locked().Score(-3).ShownScore(-4),
                                         test::AProposal(r, "m1", "x1").Reasons({}),
                                         test::AProposal(r, "m3", "x1").Reasons({{"experience_gap", 0, {}}})};
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.ReplaceProposals(org_.id, other.id, {test::AProposal(other, "m9", "x9")}));
    return tx.ReplaceProposals(org_.id, r.id, first);
  }));
  std::vector<domain::Proposal> got = Proposals(org_.id, r.id);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(Fields(got[0]), Fields(first[2]));
  EXPECT_EQ(Fields(got[1]), Fields(first[1]));
  EXPECT_EQ(Fields(got[2]), Fields(first[0]));
  EXPECT_EQ(Fields(got[3]), Fields(first[3]));

  std::vector<domain::Proposal> second = {test::AProposal(r, "m3", "x3")};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceProposals(org_.id, r.id, second); }));
  got = Proposals(org_.id, r.id);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(Fields(got[0]), Fields(second[0]));
  EXPECT_EQ(Proposals(org_.id, other.id).size(), 1u) << "other rounds are untouched";
  EXPECT_TRUE(Proposals(other_org_.id, r.id).empty());

  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceProposals(org_.id, r.id, {}); }));
  EXPECT_TRUE(Proposals(org_.id, r.id).empty());
}

TEST_P(MatchRoundsConformanceTest, ReplaceProposalsNeedsTheRoundAndDistinctPairs) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.ReplaceProposals(other_org_.id, r.id, {}); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.ReplaceProposals(org_.id, NewId(), {test::AProposal(r, "m", "x")});
              }),
              StatusCode::kNotFound);
  Status dup = Write([&](app::Tx& tx) {
    return tx.ReplaceProposals(org_.id, r.id,
                               {test::AProposal(r, "m", "x"), test::AProposal(r, "m", "x")});
  });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists) << dup.ToString();
  EXPECT_NE(dup.message().find("round"), std::string::npos) << dup.message();
}

TEST_P(MatchRoundsConformanceTest, ReplaceProposalsStoresTenThousandRows) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  std::vector<domain::Proposal> many;
  for (int i = 0; i < 10'000; ++i) {
    char mentee[16], mentor[16];
    std::snprintf(mentee, sizeof mentee, "mentee%05d", i);
    std::snprintf(mentor, sizeof mentor, "mentor%04d", i % 1000);
    many.push_back(test::AProposal(r, mentee, mentor).Score(i).Locked(i % 7 == 0));
  }
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceProposals(org_.id, r.id, many); }));
  std::vector<domain::Proposal> got = Proposals(org_.id, r.id);
  ASSERT_EQ(got.size(), many.size());
  for (size_t i = 0; i < many.size(); ++i) ASSERT_EQ(Fields(got[i]), Fields(many[i])) << i;
}

TEST_P(MatchRoundsConformanceTest, ReplaceUnmatchedReplacesTheRoundsRowsByMentee) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  std::vector<domain::Unmatched> first = {
      test::AnUnmatched(r, "m2"),
      test::AnUnmatched(r, "m1").ReasonId("removed_by_coordinator").Params({})};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceUnmatched(org_.id, r.id, first); }));
  std::vector<domain::Unmatched> got = Unmatched(org_.id, r.id);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(Fields(got[0]), Fields(first[1]));
  EXPECT_EQ(Fields(got[1]), Fields(first[0]));
  EXPECT_TRUE(Unmatched(other_org_.id, r.id).empty());

  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.ReplaceUnmatched(org_.id, r.id, {test::AnUnmatched(r, "m3")});
  }));
  EXPECT_EQ(Keys(Unmatched(org_.id, r.id), [](const domain::Unmatched& u) { return u.mentee_id; }),
            (std::vector<std::string>{"m3"}));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.ReplaceUnmatched(other_org_.id, r.id, {}); }),
              StatusCode::kNotFound);
}

TEST_P(MatchRoundsConformanceTest, ReplacedRowsTakeTheRoundFromTheArguments) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::Proposal stray = test::AProposal(r, "m", "x");
  stray.round_id = "something else";
  stray.organisation_id = other_org_.id;
  domain::Unmatched lost = test::AnUnmatched(r, "n");
  lost.round_id.clear();
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.ReplaceProposals(org_.id, r.id, {stray}));
    return tx.ReplaceUnmatched(org_.id, r.id, {lost});
  }));
  ASSERT_EQ(Proposals(org_.id, r.id).size(), 1u);
  EXPECT_EQ(Proposals(org_.id, r.id)[0].round_id, r.id);
  EXPECT_EQ(Proposals(org_.id, r.id)[0].organisation_id, org_.id);
  EXPECT_EQ(Unmatched(org_.id, r.id)[0].round_id, r.id);
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchRoundsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
