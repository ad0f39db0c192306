#include "demo/messages_seeder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class MessagesSeederTest : public SeededDemoTest {
 protected:
  // The active relationships of a program that have messages, with them (newest first).
  static std::vector<std::pair<domain::Relationship, std::vector<domain::Message>>> WithMessages(
      Tx& tx, const std::string& org_id, const std::string& program_id) {
    std::vector<std::pair<domain::Relationship, std::vector<domain::Message>>> out;
    app::RelationshipFilter active;
    active.status = domain::RelationshipStatus::kActive;
    for (const auto& r : Must(tx.ListRelationships(org_id, program_id, active))) {
      auto messages = Must(tx.ListMessages(org_id, r.id, app::kEveryRow)).items;
      if (!messages.empty()) out.emplace_back(r, messages);
    }
    return out;
  }
};

TEST_F(MessagesSeederTest, PairsTalkAndTheMenteeHasOneUnread) {
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto northwind = Org(tx, "northwind");
    auto school =
        WithMessages(tx, lincoln.id, Program(tx, lincoln.id, "Career Pathways Mentoring").id);
    auto circles =
        WithMessages(tx, northwind.id, Program(tx, northwind.id, "Northwind Growth Circles").id);
    ASSERT_EQ(school.size(), 1u);
    // The caseload seeder gives some other circles one message of their mentor's: not a talk.
    std::erase_if(circles, [](const auto& thread) { return thread.second.size() < 3; });
    ASSERT_EQ(circles.size(), 2u);
    const Millis now = db_->clock.Now();
    school.insert(school.end(), circles.begin(), circles.end());
    for (const auto& [r, messages] : school) {
      ASSERT_GE(messages.size(), 3u);
      EXPECT_LT(messages.front().created_at, now);
      EXPECT_EQ(messages.front().author_id, r.mentor_id);  // the newest is the mentor's
      EXPECT_EQ(Must(tx.CountUnread(r.organisation_id, r.id, r.mentee_id)), 1);
      EXPECT_EQ(Must(tx.CountUnread(r.organisation_id, r.id, r.mentor_id)), 0);
    }
  });
}

TEST_F(MessagesSeederTest, TheSchoolPairHasOneFlaggedMessage) {
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto flagged = Must(tx.ListFlaggedMessages(lincoln.id, app::kEveryRow)).items;
    ASSERT_EQ(flagged.size(), 1u);
    EXPECT_EQ(flagged[0].flag_reasons, std::vector<std::string>{"contact_phone"});
    const auto northwind = Org(tx, "northwind");
    EXPECT_TRUE(Must(tx.ListFlaggedMessages(northwind.id, app::kEveryRow)).items.empty());
  });
}

}  // namespace
}  // namespace tandem::demo
