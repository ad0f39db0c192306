// Conformance: request budgets (counted in one statement, so concurrent charges are all
// counted; old windows deleted) and the match-data version of a program, which the database
// moves on every change the prepared match data depends on and on nothing of other programs.
#include <atomic>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::ProgramRole;

class BudgetConformanceTest : public StoreTest {
 protected:
  int Charge(const std::string& bucket, Millis start, Millis expired_before = 0) {
    int used = -1;
    EXPECT_OK(Write([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(used, tx.ChargeBudget(bucket, start, expired_before));
      return Status::Ok();
    }));
    return used;
  }
};

TEST_P(BudgetConformanceTest, ChargesCountPerBucketAndWindow) {
  if (SetUpFailedOrSkipped()) return;
  EXPECT_EQ(Charge("recommendations:s:a", kMinute), 1);
  EXPECT_EQ(Charge("recommendations:s:a", kMinute), 2);
  EXPECT_EQ(Charge("recommendations:s:b", kMinute), 1);
  EXPECT_EQ(Charge("match-rounds:s:a", kMinute), 1);
  EXPECT_EQ(Charge("recommendations:s:a", 2 * kMinute), 1);  // a new window starts at one
  EXPECT_EQ(Charge("recommendations:s:a", kMinute), 3);      // the old one is still counted
}

TEST_P(BudgetConformanceTest, ChargingDeletesWindowsThatStartedBeforeTheCutoff) {
  if (SetUpFailedOrSkipped()) return;
  EXPECT_EQ(Charge("recommendations:s:a", kMinute), 1);
  EXPECT_EQ(Charge("recommendations:s:b", kMinute), 1);
  // Charging b's next window with a cutoff after the first one deletes every bucket's first
  // window: a charge there starts again at one.
  EXPECT_EQ(Charge("recommendations:s:b", 2 * kMinute, 2 * kMinute), 1);
  EXPECT_EQ(Charge("recommendations:s:a", kMinute, 0), 1);
}

TEST_P(BudgetConformanceTest, ConcurrentChargesAreAllCounted) {
  if (SetUpFailedOrSkipped()) return;
  constexpr int kThreads = 4, kEach = 10;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        Status st = store_->Transact([&](app::Tx& tx) -> Status {
          return tx.ChargeBudget("recommendations:s:race", kMinute, 0).status();
        });
        if (!st.ok()) ++failures;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(Charge("recommendations:s:race", kMinute), kThreads * kEach + 1);
}

class MatchVersionConformanceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    org_ = AddOrganisation();
    program_ = AddProgram(test::AProgram(org_.id).Name("Career Pathways"));
    other_ = AddProgram(test::AProgram(org_.id).Name("Other Program"));
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    outsider_ = AddPerson(test::APerson().Name("Olga Outsider"));
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    mentor_place_ = AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
    AddEnrollment(test::AnEnrollment(other_, outsider_.id));
  }
  std::int64_t Version(const std::string& program_id) {
    auto v = Read<std::int64_t>([&](app::Tx& tx) { return tx.GetMatchDataVersion(program_id); });
    EXPECT_OK(v);
    return v.ok() ? *v : -1;
  }
  // Runs `change` and expects this program's version to move and the other's not to.
  void ExpectMoves(const char* what, const std::function<Status(app::Tx&)>& change) {
    const std::int64_t before = Version(program_.id), other_before = Version(other_.id);
    EXPECT_OK(Write(change)) << what;
    EXPECT_GT(Version(program_.id), before) << what;
    EXPECT_EQ(Version(other_.id), other_before) << what << " moved another program's version";
  }

  domain::Organisation org_;
  domain::Program program_, other_;
  domain::Person mentee_, mentor_, outsider_;
  domain::Enrollment mentor_place_;
};

TEST_P(MatchVersionConformanceTest, EveryProgramHasAVersionFromItsCreation) {
  if (SetUpFailedOrSkipped()) return;
  EXPECT_GT(Version(program_.id), 0);
  EXPECT_GT(Version(other_.id), 0);
  EXPECT_EQ(Version("no-such-program"), 0);
}

TEST_P(MatchVersionConformanceTest, MovesOnEveryChangeTheMatchDataDependsOn) {
  if (SetUpFailedOrSkipped()) return;
  ExpectMoves("profile of a participant", [&](app::Tx& tx) {
    return tx.PutProfile(test::AProfile(mentor_.id).Headline("Data engineer"));
  });
  ExpectMoves("profile edited again", [&](app::Tx& tx) {
    return tx.PutProfile(test::AProfile(mentor_.id).Headline("Data scientist"));
  });
  ExpectMoves("name of a participant", [&](app::Tx& tx) {
    domain::Person p = mentor_;
    p.name = "Maxine Mentor";
    return tx.UpdatePerson(p);
  });
  ExpectMoves("membership of a participant", [&](app::Tx& tx) {
    return tx.SetRoles(org_.id, mentee_.id, domain::RoleSet{domain::Role::kMentee});
  });
  ExpectMoves("enrollment flags", [&](app::Tx& tx) {
    domain::Enrollment e = mentor_place_;
    e.screening_cleared = true;
    return tx.UpdateEnrollment(e);
  });
  const domain::Person newcomer = AddPerson(test::APerson().Name("Nia Newcomer"));
  ExpectMoves("new enrollment", [&](app::Tx& tx) {
    return tx.InsertEnrollment(test::AnEnrollment(program_, newcomer.id).Role(ProgramRole::kMentor));
  });
  ExpectMoves("settings", [&](app::Tx& tx) {
    return tx.PutMatchingSettings(test::SomeMatchingSettings(program_));
  });
  ExpectMoves("exclusion", [&](app::Tx& tx) {
    return tx.InsertExclusion(test::AnExclusion(program_, mentee_.id, mentor_.id));
  });
  ExpectMoves("relationship", [&](app::Tx& tx) {
    return tx.InsertRelationship(test::ARelationship(program_, mentee_.id, mentor_.id));
  });
  ExpectMoves("program", [&](app::Tx& tx) {
    domain::Program p = program_;
    p.default_mentor_capacity = 3;
    return tx.UpdateProgram(p);
  });
}

TEST_P(MatchVersionConformanceTest, DoesNotMoveForPeopleOutsideTheProgram) {
  if (SetUpFailedOrSkipped()) return;
  const std::int64_t before = Version(program_.id);
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.PutProfile(test::AProfile(outsider_.id).Headline("Somewhere else"));
  }));
  EXPECT_EQ(Version(program_.id), before);
  EXPECT_GT(Version(other_.id), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, BudgetConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(Backends, MatchVersionConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
