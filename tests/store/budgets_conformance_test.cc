// Conformance: request budgets (counted in one statement, so concurrent charges are all
// counted; old windows deleted).
#include <atomic>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

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

INSTANTIATE_TEST_SUITE_P(Backends, BudgetConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
