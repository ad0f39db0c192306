#include "demo/invitations_seeder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class InvitationsSeederTest : public SeededDemoTest {};

TEST_F(InvitationsSeederTest, InvitationsWaitInTheOutbox) {
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    for (const auto& inv : Must(tx.ListInvitations(lincoln.id))) {
      EXPECT_EQ(inv.EffectiveStatus(db_->clock.Now()), domain::InvitationStatus::kPending);
      EXPECT_EQ(inv.token_hash.size(), 64u);
    }
    auto outbox = Must(EveryRow(tx.ListOutbox(kEveryRow)));
    EXPECT_EQ(static_cast<int>(outbox.size()), summary_->outbox_messages);
    for (const auto& m : outbox) EXPECT_NE(m.body.find("/invite/"), std::string::npos);
  });
}

}  // namespace
}  // namespace tandem::demo
