#include "app/mail_queue.h"

#include <deque>

#include "app/admin.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::DeliveryStatus;
using domain::OutboxMessage;

// Records what it was asked to send; answers with the scripted statuses, then OK.
class FakeTransport : public MailTransport {
 public:
  Status Send(const OutgoingMail& mail) override {
    sent.push_back(mail);
    if (answers.empty()) return Status::Ok();
    Status s = answers.front();
    answers.pop_front();
    return s;
  }
  std::deque<Status> answers;
  std::vector<OutgoingMail> sent;
};

class MailQueueTest : public testing::UseCaseTest {
 protected:
  MailQueueTest() { options_.worker_id = "worker-1"; }

  OutboxMessage Enqueue(const std::string& to = "ana@example.org") {
    OutboxMessage m{NewId(), to, "Reset your Tandem password", "token=secret\n", clock_.Now()};
    EXPECT_OK(store_->Transact([&](Tx& tx) { return tx.InsertOutboxMessage(m); }));
    return m;
  }
  std::optional<OutboxMessage> Next(const MailQueueOptions& options) {
    auto r = DeliverNextMail(*store_, transport_, clock_, options);
    EXPECT_OK(r);
    return r.ok() ? *r : std::nullopt;
  }
  std::optional<OutboxMessage> Next() { return Next(options_); }
  OutboxMessage Stored(const std::string& id) {
    std::vector<OutboxMessage> all;
    EXPECT_OK(store_->TransactRead([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(all, EveryRow(tx.ListOutbox(kEveryRow)));
      return Status::Ok();
    }));
    for (const auto& m : all)
      if (m.id == id) return m;
    ADD_FAILURE() << "missing " << id;
    return {};
  }

  FakeTransport transport_;
  MailQueueOptions options_;
};

TEST_F(MailQueueTest, RetryDelayDoublesFromTheFirstRetryUpToTheCap) {
  MailQueueOptions o;
  o.first_retry = kMinute;
  o.max_retry = 10 * kMinute;
  EXPECT_EQ(RetryDelay(o, 1), kMinute);
  EXPECT_EQ(RetryDelay(o, 2), 2 * kMinute);
  EXPECT_EQ(RetryDelay(o, 4), 8 * kMinute);
  EXPECT_EQ(RetryDelay(o, 5), 10 * kMinute);
  EXPECT_EQ(RetryDelay(o, 1000), 10 * kMinute);
}

TEST_F(MailQueueTest, SendsADueMessageOnceAndClearsItsBody) {
  OutboxMessage m = Enqueue();
  auto done = Next();
  ASSERT_TRUE(done.has_value());
  EXPECT_EQ(done->status, DeliveryStatus::kSent);
  ASSERT_EQ(transport_.sent.size(), 1u);
  EXPECT_EQ(transport_.sent[0].id, m.id);
  EXPECT_EQ(transport_.sent[0].to, m.to);
  EXPECT_EQ(transport_.sent[0].subject, m.subject);
  EXPECT_EQ(transport_.sent[0].body, m.body);
  EXPECT_EQ(transport_.sent[0].date, m.created_at);

  OutboxMessage stored = Stored(m.id);
  EXPECT_EQ(stored.status, DeliveryStatus::kSent);
  EXPECT_EQ(stored.sent_at, clock_.Now());
  EXPECT_EQ(stored.attempts, 1);
  EXPECT_EQ(stored.body, "");
  EXPECT_FALSE(Next().has_value()) << "nothing else is due";
  EXPECT_EQ(transport_.sent.size(), 1u);
}

TEST_F(MailQueueTest, AFailedAttemptIsRetriedWithExponentialBackoff) {
  options_.first_retry = kMinute;
  OutboxMessage m = Enqueue();
  transport_.answers = {Unavailable("Connection refused"), Unavailable("421 busy")};

  auto first = Next();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->status, DeliveryStatus::kPending);
  EXPECT_EQ(first->next_attempt_at, clock_.Now() + kMinute);
  EXPECT_EQ(Stored(m.id).last_error, "Connection refused");
  EXPECT_EQ(Stored(m.id).body, m.body) << "kept for the retry";

  clock_.Advance(kMinute - 1);
  EXPECT_FALSE(Next().has_value()) << "not due yet";
  clock_.Advance(1);
  auto second = Next();
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->attempts, 2);
  EXPECT_EQ(second->next_attempt_at, clock_.Now() + 2 * kMinute);

  clock_.Advance(2 * kMinute);
  auto third = Next();
  ASSERT_TRUE(third.has_value());
  EXPECT_EQ(third->status, DeliveryStatus::kSent);
  EXPECT_EQ(Stored(m.id).attempts, 3);
  EXPECT_EQ(Stored(m.id).last_error, "");
  EXPECT_EQ(transport_.sent.size(), 3u);
}

TEST_F(MailQueueTest, GivesUpAfterTheLastAttempt) {
  options_.max_attempts = 3;
  OutboxMessage m = Enqueue();
  for (int i = 0; i < 3; ++i) transport_.answers.push_back(Unavailable("timeout"));
  for (int i = 0; i < 3; ++i) {
    auto r = Next();
    ASSERT_TRUE(r.has_value()) << "attempt " << i + 1;
    clock_.Advance(kHour);
  }
  OutboxMessage stored = Stored(m.id);
  EXPECT_EQ(stored.status, DeliveryStatus::kFailed);
  EXPECT_EQ(stored.attempts, 3);
  EXPECT_EQ(stored.last_error, "timeout");
  EXPECT_EQ(stored.body, "");
  EXPECT_FALSE(Next().has_value());
  EXPECT_EQ(transport_.sent.size(), 3u);
}

TEST_F(MailQueueTest, APermanentRefusalFailsAtOnce) {
  OutboxMessage m = Enqueue();
  transport_.answers = {InvalidArgument("550 no such user")};
  ASSERT_TRUE(Next().has_value());
  EXPECT_EQ(Stored(m.id).status, DeliveryStatus::kFailed);
  EXPECT_EQ(Stored(m.id).attempts, 1);
}

TEST_F(MailQueueTest, AMessageTooOldIsNotSent) {
  OutboxMessage m = Enqueue();
  clock_.Advance(options_.max_age + 1);
  ASSERT_TRUE(Next().has_value());
  EXPECT_EQ(Stored(m.id).status, DeliveryStatus::kFailed);
  EXPECT_TRUE(transport_.sent.empty());
}

TEST_F(MailQueueTest, TheClaimOfAWorkerThatDiedLapsesAndAnotherWorkerSends) {
  OutboxMessage m = Enqueue();
  // A worker claims the message, then dies before sending.
  ASSERT_OK(store_->Transact([&](Tx& tx) {
    return tx.ClaimOutboxMessages("dead-worker", clock_.Now(), clock_.Now() + options_.claim_for, 1)
        .status();
  }));
  EXPECT_FALSE(Next().has_value()) << "the claim is still held";
  clock_.Advance(options_.claim_for);
  auto done = Next();
  ASSERT_TRUE(done.has_value());
  EXPECT_EQ(done->status, DeliveryStatus::kSent);
  EXPECT_EQ(Stored(m.id).attempts, 2) << "the dead worker's attempt counts";
  EXPECT_EQ(transport_.sent.size(), 1u);
}

TEST_F(MailQueueTest, OnlyDevelopmentModeShowsBodies) {
  OutboxMessage m = Enqueue();
  auto dev = ListOutbox(*ctx_, admin_, {});
  ASSERT_OK(dev);
  EXPECT_EQ(dev->mode, MailMode::kDevelopment);
  ASSERT_EQ(dev->messages.items.size(), 1u);
  EXPECT_EQ(dev->messages.items[0].body, m.body);

  ctx_->mail_mode = MailMode::kSmtp;
  auto smtp = ListOutbox(*ctx_, admin_, {});
  ASSERT_OK(smtp);
  EXPECT_EQ(smtp->mode, MailMode::kSmtp);
  ASSERT_EQ(smtp->messages.items.size(), 1u);
  EXPECT_EQ(smtp->messages.items[0].body, "") << "a pending message's token is not shown";
  EXPECT_EQ(smtp->messages.items[0].subject, m.subject);
  EXPECT_EQ(smtp->messages.items[0].status, DeliveryStatus::kPending);
}

}  // namespace
}  // namespace tandem::app
