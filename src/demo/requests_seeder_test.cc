#include "demo/requests_seeder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class RequestsSeederTest : public SeededDemoTest {};

TEST_F(RequestsSeederTest, TheDemoMentorHasAPendingRequestWithBothExplanations) {
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    const auto mentor = Must(tx.FindPersonByEmail("mentor@northwind.example"));
    ASSERT_TRUE(mentor.has_value());
    int pending = 0;
    for (const auto& r : Must(tx.ListRequestsOfMentor(mentor->id))) {
      if (r.EffectiveStatus(db_->clock.Now()) != domain::RequestStatus::kPending) continue;
      ++pending;
      EXPECT_EQ(r.program_id, career.id);
      const std::string student = EmailOf(tx, r.mentee_id);
      EXPECT_TRUE(IsStudent(student)) << student;
      EXPECT_NE(student, "student@lincoln-high.example");
      EXPECT_NE(r.message.find("Hi Jordan"), std::string::npos) << r.message;
      EXPECT_GT(r.score, 0);
      EXPECT_FALSE(r.reasons.empty());
      EXPECT_GT(r.expires_at, db_->clock.Now() + 4 * kDay);  // still open for days
    }
    EXPECT_EQ(pending, 1);
  });
}

TEST_F(RequestsSeederTest, CareerPathwaysKeepsMostMenteesForACoordinatorsRound) {
  EXPECT_EQ(summary_->match_rounds, 1);
  EXPECT_EQ(summary_->relationships, static_cast<int>(snap_->relationships.size()));
  EXPECT_EQ(summary_->pending_requests,
            static_cast<int>(std::count_if(
                snap_->requests.begin(), snap_->requests.end(),
                [](const std::string& r) { return r.find("/pending/") != std::string::npos; })));
  EXPECT_GE(summary_->pending_requests, 4);
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    // Only a draft round (demo/cohorts_seeder.h): nobody is paired by a round.
    for (const auto& r : Must(tx.ListRounds(lincoln.id, career.id)))
      EXPECT_EQ(r.status, domain::RoundStatus::kDraft);
    const auto rels = Must(tx.ListRelationships(lincoln.id, career.id, {}));
    ASSERT_EQ(rels.size(), 1u);  // one accepted request
    EXPECT_EQ(rels[0].status, domain::RelationshipStatus::kActive);
    EXPECT_EQ(rels[0].source, domain::RelationshipSource::kRequest);
    EXPECT_FALSE(rels[0].reasons.empty());
    const auto counts = Must(tx.CountEnrollments(lincoln.id, career.id));
    EXPECT_GE(counts.mentees - static_cast<int>(rels.size()), 120);

    // Requests come from a few generated students, at most three open each, none from the
    // demo student (the journeys make and withdraw hers).
    const auto student = Must(tx.FindPersonByEmail("student@lincoln-high.example"));
    ASSERT_TRUE(student.has_value());
    EXPECT_TRUE(Must(tx.ListRequestsOfMentee(lincoln.id, career.id, student->id)).empty());
    std::map<std::string, int> open;
    for (const auto& r : snap_->requests) {
      if (r.find("/pending/") == std::string::npos) continue;
      EXPECT_TRUE(r.starts_with("Career Pathways Mentoring/student")) << r;
      ++open[r.substr(0, r.find('/', r.find('/') + 1))];
    }
    EXPECT_GE(open.size(), 3u);
    for (const auto& [who, n] : open) EXPECT_LE(n, domain::kMaxOpenRequests) << who;
  });
}

}  // namespace
}  // namespace tandem::demo
