// Conformance: the outbox as a delivery queue (order, claims, attempts, lapsed claims,
// concurrency).
#include <atomic>
#include <set>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::DeliveryStatus;
using domain::OutboxMessage;

class OutboxConformanceTest : public StoreTest {
 protected:
  std::vector<std::string> OutboxIds(int limit) {
    auto messages = Read<std::vector<domain::OutboxMessage>>(
        [&](app::Tx& tx) { return app::EveryRow(tx.ListOutbox({limit, std::nullopt})); });
    EXPECT_OK(messages);
    if (!messages.ok()) return {};
    return Keys(*messages, [](const domain::OutboxMessage& m) { return m.id; });
  }
  void Add(const OutboxMessage& m) {
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertOutboxMessage(m); }));
  }
  std::vector<OutboxMessage> Claim(const std::string& worker, Millis now, Millis until,
                                   int limit = 10) {
    std::vector<OutboxMessage> out;
    EXPECT_OK(Write([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(out, tx.ClaimOutboxMessages(worker, now, until, limit));
      return Status::Ok();
    }));
    return out;
  }
  Status Finish(const OutboxMessage& m, const std::string& worker) {
    return Write([&](app::Tx& tx) { return tx.FinishOutboxAttempt(m, worker); });
  }
  OutboxMessage Stored(const std::string& id) {
    auto all = Read<std::vector<OutboxMessage>>(
        [](app::Tx& tx) { return app::EveryRow(tx.ListOutbox(app::kEveryRow)); });
    EXPECT_OK(all);
    if (all.ok())
      for (const auto& m : *all)
        if (m.id == id) return m;
    ADD_FAILURE() << "no outbox message " << id;
    return {};
  }
  static std::vector<std::string> Ids(const std::vector<OutboxMessage>& ms) {
    return Keys(ms, [](const OutboxMessage& m) { return m.id; });
  }
};

TEST_P(OutboxConformanceTest, EveryDeliveryFieldRoundTrips) {
  OutboxMessage m = test::AnOutboxMessage()
                        .Status(DeliveryStatus::kSending)
                        .Attempts(3)
                        .NextAttemptAt(test::kT0 + 5)
                        .LastError("421 try later")
                        .SentAt(test::kT0 + 7)
                        .ClaimedBy("worker-a")
                        .ClaimedUntil(test::kT0 + 9);
  Add(m);
  EXPECT_EQ(Fields(Stored(m.id)), Fields(m));
  OutboxMessage fresh = test::AnOutboxMessage();
  Add(fresh);
  OutboxMessage stored = Stored(fresh.id);
  EXPECT_EQ(stored.status, DeliveryStatus::kPending);
  EXPECT_EQ(stored.sent_at, 0);
  EXPECT_EQ(stored.attempts, 0);
}

TEST_P(OutboxConformanceTest, ClaimTakesDueMessagesEarliestFirstAndCountsTheAttempt) {
  const Millis now = test::kT0 + kHour;
  OutboxMessage later = test::AnOutboxMessage().NextAttemptAt(now - kMinute);
  OutboxMessage first = test::AnOutboxMessage().NextAttemptAt(now - kHour);
  OutboxMessage not_yet = test::AnOutboxMessage().NextAttemptAt(now + 1);
  OutboxMessage sent = test::AnOutboxMessage().Status(DeliveryStatus::kSent).SentAt(now - 5);
  OutboxMessage failed = test::AnOutboxMessage().Status(DeliveryStatus::kFailed);
  for (const auto& m : {later, first, not_yet, sent, failed}) Add(m);

  auto claimed = Claim("w1", now, now + 5 * kMinute, 1);
  ASSERT_EQ(Ids(claimed), (std::vector<std::string>{first.id}));
  EXPECT_EQ(claimed[0].status, DeliveryStatus::kSending);
  EXPECT_EQ(claimed[0].attempts, 1);
  EXPECT_EQ(claimed[0].claimed_by, "w1");
  EXPECT_EQ(claimed[0].claimed_until, now + 5 * kMinute);
  EXPECT_EQ(claimed[0].body, first.body);

  EXPECT_EQ(Ids(Claim("w2", now, now + 5 * kMinute)), (std::vector<std::string>{later.id}))
      << "a held claim, a message not due yet, sent and failed ones are not claimed";
  EXPECT_TRUE(Claim("w2", now, now + 5 * kMinute).empty());
  EXPECT_TRUE(Claim("w2", now, now + 5 * kMinute, 0).empty());
}

TEST_P(OutboxConformanceTest, ALapsedClaimIsTakenOverAndTheOldWorkerCannotFinish) {
  const Millis now = test::kT0;
  OutboxMessage m = test::AnOutboxMessage();
  Add(m);
  ASSERT_EQ(Claim("dead", now, now + kMinute).size(), 1u);
  EXPECT_TRUE(Claim("alive", now + kMinute - 1, now + 2 * kMinute).empty()) << "claim still held";
  auto taken = Claim("alive", now + kMinute, now + 3 * kMinute);
  ASSERT_EQ(taken.size(), 1u);
  EXPECT_EQ(taken[0].attempts, 2);
  EXPECT_EQ(taken[0].claimed_by, "alive");

  OutboxMessage done = taken[0];
  done.status = DeliveryStatus::kSent;
  done.sent_at = now + kMinute + 1;
  EXPECT_CODE(Finish(done, "dead"), StatusCode::kFailedPrecondition);
  EXPECT_OK(Finish(done, "alive"));
  EXPECT_CODE(Finish(done, "alive"), StatusCode::kFailedPrecondition) << "already finished";
  done.id = "no-such-message";
  EXPECT_CODE(Finish(done, "alive"), StatusCode::kNotFound);
}

TEST_P(OutboxConformanceTest, FinishingRecordsTheOutcomeAndClearsTheBodyOnceDone) {
  const Millis now = test::kT0;
  OutboxMessage retry = test::AnOutboxMessage();
  OutboxMessage sent = test::AnOutboxMessage();
  OutboxMessage failed = test::AnOutboxMessage();
  for (const auto& m : {retry, sent, failed}) Add(m);
  auto claimed = Claim("w", now, now + kMinute);
  ASSERT_EQ(claimed.size(), 3u);
  for (OutboxMessage m : claimed) {
    if (m.id == retry.id) {
      m.status = DeliveryStatus::kPending;
      m.next_attempt_at = now + 2 * kMinute;
      m.last_error = "connection refused";
    } else if (m.id == sent.id) {
      m.status = DeliveryStatus::kSent;
      m.sent_at = now + 10;
    } else {
      m.status = DeliveryStatus::kFailed;
      m.last_error = "550 no such user";
    }
    ASSERT_OK(Finish(m, "w"));
  }
  OutboxMessage r = Stored(retry.id);
  EXPECT_EQ(r.status, DeliveryStatus::kPending);
  EXPECT_EQ(r.next_attempt_at, now + 2 * kMinute);
  EXPECT_EQ(r.last_error, "connection refused");
  EXPECT_EQ(r.body, retry.body) << "kept for the next attempt";
  EXPECT_EQ(r.claimed_by, "");
  EXPECT_EQ(r.attempts, 1);
  OutboxMessage s = Stored(sent.id);
  EXPECT_EQ(s.status, DeliveryStatus::kSent);
  EXPECT_EQ(s.sent_at, now + 10);
  EXPECT_EQ(s.body, "");
  OutboxMessage f = Stored(failed.id);
  EXPECT_EQ(f.status, DeliveryStatus::kFailed);
  EXPECT_EQ(f.last_error, "550 no such user");
  EXPECT_EQ(f.body, "");

  EXPECT_TRUE(Claim("w", now + kMinute, now + 2 * kMinute).empty()) << "retry not due yet";
  EXPECT_EQ(Ids(Claim("w", now + 2 * kMinute, now + 3 * kMinute)),
            (std::vector<std::string>{retry.id}));
}

TEST_P(OutboxConformanceTest, ConcurrentClaimersNeverGetTheSameMessage) {
  constexpr int kMessages = 60;
  for (int i = 0; i < kMessages; ++i) Add(test::AnOutboxMessage());
  auto other = OpenAgain(2);
  ASSERT_OK(other);
  std::atomic<int> ready{0};
  auto claim_all = [&](app::Store& store, const std::string& worker) {
    std::vector<std::string> got;
    ++ready;
    while (ready < 2) std::this_thread::yield();
    for (;;) {
      std::vector<OutboxMessage> batch;
      Status st = store.Transact([&](app::Tx& tx) -> Status {
        ASSIGN_OR_RETURN(batch, tx.ClaimOutboxMessages(worker, test::kT0, test::kT0 + kHour, 3));
        return Status::Ok();
      });
      EXPECT_OK(st);
      if (!st.ok() || batch.empty()) break;
      for (const auto& m : batch) got.push_back(m.id);
    }
    return got;
  };
  std::vector<std::string> a, b;
  std::thread t1([&] { a = claim_all(*store_, "w1"); });
  std::thread t2([&] { b = claim_all(**other, "w2"); });
  t1.join();
  t2.join();
  std::set<std::string> all(a.begin(), a.end());
  for (const auto& id : b) EXPECT_TRUE(all.insert(id).second) << id << " claimed twice";
  EXPECT_EQ(all.size(), static_cast<size_t>(kMessages)) << "every message claimed once";
  EXPECT_EQ(a.size() + b.size(), static_cast<size_t>(kMessages));
}

TEST_P(OutboxConformanceTest, OutboxIsNewestFirstWithLimitAndTiesInInsertionOrder) {
  domain::OutboxMessage older = test::AnOutboxMessage().CreatedAt(test::kT0);
  domain::OutboxMessage tie_first = test::AnOutboxMessage().CreatedAt(test::kT0 + kMinute);
  domain::OutboxMessage tie_second = test::AnOutboxMessage().CreatedAt(test::kT0 + kMinute);
  domain::OutboxMessage newest = test::AnOutboxMessage().CreatedAt(test::kT0 + kHour);
  // Inserted out of time order on purpose.
  for (const auto& m : {tie_first, newest, older, tie_second})
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertOutboxMessage(m); }));

  EXPECT_EQ(OutboxIds(10),
            (std::vector<std::string>{newest.id, tie_second.id, tie_first.id, older.id}));
  EXPECT_EQ(OutboxIds(2), (std::vector<std::string>{newest.id, tie_second.id}));
  EXPECT_EQ(OutboxIds(0).size(), 4u);  // 0: every row

  auto all = Read<std::vector<domain::OutboxMessage>>(
      [](app::Tx& tx) { return app::EveryRow(tx.ListOutbox({1, std::nullopt})); });
  ASSERT_OK(all);
  EXPECT_EQ(Fields(all->at(0)), Fields(newest));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertOutboxMessage(older); }),
              StatusCode::kAlreadyExists);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
