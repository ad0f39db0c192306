#include "demo/meetings_seeder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class MeetingsSeederTest : public SeededDemoTest {
 protected:
  // The active relationships of a program that have meetings, with them.
  static std::vector<std::pair<domain::Relationship, std::vector<domain::Meeting>>> WithMeetings(
      Tx& tx, const std::string& org_id, const std::string& program_id) {
    std::vector<std::pair<domain::Relationship, std::vector<domain::Meeting>>> out;
    app::RelationshipFilter active;
    active.status = domain::RelationshipStatus::kActive;
    for (const auto& r : Must(tx.ListRelationships(org_id, program_id, active))) {
      auto meetings = Must(tx.ListMeetings(org_id, r.id, app::kEveryRow)).items;
      // The caseload seeder logs single held meetings for other pairs; this seeder's pairs have
      // the meeting Tandem proposed after the held one.
      bool followed = false;
      for (const auto& m : meetings) followed |= !m.follows_meeting_id.empty();
      if (followed) out.emplace_back(r, meetings);
    }
    return out;
  }
};

TEST_F(MeetingsSeederTest, PairsHaveAHeldMeetingTheNextProposedAndOneAccepted) {
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto northwind = Org(tx, "northwind");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    const auto circles = Program(tx, northwind.id, "Northwind Growth Circles");
    auto pairs = WithMeetings(tx, lincoln.id, career.id);
    EXPECT_EQ(pairs.size(), 1u);
    auto more = WithMeetings(tx, northwind.id, circles.id);
    EXPECT_EQ(more.size(), 2u);
    pairs.insert(pairs.end(), more.begin(), more.end());
    const Millis now = db_->clock.Now();
    for (const auto& [r, meetings] : pairs) {
      ASSERT_EQ(meetings.size(), 3u);  // latest start first
      const domain::Meeting *held = nullptr, *next = nullptr, *accepted = nullptr;
      for (const auto& m : meetings) {
        if (m.status == domain::MeetingStatus::kHeld) held = &m;
        if (m.status == domain::MeetingStatus::kProposed) next = &m;
        if (m.status == domain::MeetingStatus::kAccepted) accepted = &m;
      }
      ASSERT_TRUE(held && next && accepted);
      EXPECT_LT(held->details.start_at, now);
      EXPECT_FALSE(held->shared_notes.empty());
      EXPECT_EQ(next->proposer, domain::MeetingProposer::kSystem);
      EXPECT_EQ(next->follows_meeting_id, held->id);
      EXPECT_GT(next->details.start_at, now);  // ahead, at the program's rhythm
      EXPECT_GT(accepted->details.start_at, now);
      EXPECT_EQ(accepted->proposer, domain::MeetingProposer::kMentee);
      // The mentor's private note, and none of the mentee's.
      EXPECT_FALSE(
          Must(tx.GetPrivateMeetingNote(r.organisation_id, held->id, r.mentor_id)).empty());
      EXPECT_TRUE(Must(tx.GetPrivateMeetingNote(r.organisation_id, held->id, r.mentee_id)).empty());
    }
  });
}

TEST_F(MeetingsSeederTest, MeetingsChangeNoRelationship) {
  EXPECT_EQ(summary_->relationships, static_cast<int>(snap_->relationships.size()));
}

}  // namespace
}  // namespace tandem::demo
