// Conformance: relationship care and pulse surveys (app/ports/care_port.h, pulse_port.h):
// managers and the least-loaded coordinator, check-ins with follow-ups paged latest first, the
// caseload's signals in one query, and the pulse claim that two servers never both win.
#include <set>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::ProgramRole;
constexpr Millis kDay = 24LL * 60 * 60 * 1000;

class CareConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    coord_a_ = AddPerson(test::APerson().Name("Ana Coord"));
    coord_b_ = AddPerson(test::APerson().Name("Bea Coord"));
    AddMember(org_.id, coord_a_.id, {domain::Role::kCoordinator});
    AddMember(org_.id, coord_b_.id, {domain::Role::kCoordinator});
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
    rel_ = test::ARelationship(program_, mentee_.id, mentor_.id)
               .Status(domain::RelationshipStatus::kActive);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(rel_); }));
  }

  Status Manage(const std::string& manager, Millis active_since = 0) {
    return Write([&](app::Tx& tx) {
      return tx.SaveManagerAssignment({org_.id, rel_.id, manager, "", test::kT0, active_since});
    });
  }

  // Runs a writing fn in its own read-write transaction and hands back its result.
  template <typename T>
  Result<T> Do(const std::function<Result<T>(app::Tx&)>& fn) {
    std::optional<Result<T>> out;
    Status status = store_->Transact([&](app::Tx& tx) {
      out.emplace(fn(tx));
      return out->ok() ? Status::Ok() : out->status();
    });
    if (!out) return status;
    return std::move(*out);
  }

  domain::Person mentee_, mentor_, coord_a_, coord_b_;
  domain::Relationship rel_;
};

TEST_P(CareConformanceTest, ManagersAndTheLeastLoadedCoordinator) {
  auto least = Read<std::string>([&](app::Tx& tx) { return tx.LeastLoadedCoordinator(org_.id); });
  ASSERT_OK(least.status());
  const std::string first = std::min(coord_a_.id, coord_b_.id);
  const std::string second = std::max(coord_a_.id, coord_b_.id);
  EXPECT_EQ(*least, first);  // nobody has a load yet: the smallest id
  ASSERT_OK(Manage(first));
  least = Read<std::string>([&](app::Tx& tx) { return tx.LeastLoadedCoordinator(org_.id); });
  EXPECT_EQ(*least, second);
  auto none =
      Read<std::string>([&](app::Tx& tx) { return tx.LeastLoadedCoordinator(other_org_.id); });
  EXPECT_EQ(*none, "");

  auto found = Read<std::optional<domain::ManagerAssignment>>(
      [&](app::Tx& tx) { return tx.FindManagerAssignment(org_.id, rel_.id); });
  ASSERT_OK(found.status());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->manager_id, first);
  EXPECT_EQ((*found)->active_since, 0);
  auto marked = Do<int>([&](app::Tx& tx) { return tx.MarkActiveSince(test::kT0 + 5); });
  EXPECT_EQ(*marked, 1);
  found = Read<std::optional<domain::ManagerAssignment>>(
      [&](app::Tx& tx) { return tx.FindManagerAssignment(org_.id, rel_.id); });
  EXPECT_EQ((*found)->active_since, test::kT0 + 5);
  // Another organisation's id finds nothing and cannot write.
  auto other = Read<std::optional<domain::ManagerAssignment>>(
      [&](app::Tx& tx) { return tx.FindManagerAssignment(other_org_.id, rel_.id); });
  EXPECT_FALSE(other->has_value());
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.SaveManagerAssignment({other_org_.id, rel_.id, first, "", 1, 0});
              }),
              StatusCode::kNotFound);
}

TEST_P(CareConformanceTest, CheckinsAndTheCaseloadSignals) {
  ASSERT_OK(Manage(coord_a_.id, test::kT0));
  domain::Checkin old{"k1",
                      org_.id,
                      rel_.id,
                      domain::CheckinWith::kMentee,
                      "2026-01-05",
                      "Primera llamada ñ",
                      coord_a_.id,
                      test::kT0,
                      {}};
  domain::Checkin recent{
      "k2",        org_.id,   rel_.id, domain::CheckinWith::kBoth, "2026-02-01", "Bien",
      coord_a_.id, test::kT0, {}};
  recent.follow_ups = {{"f1", "Call back", "2026-02-03", 0, ""},
                       {"f2", "Send guide", "2026-03-01", 0, ""}};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertCheckin(old); }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertCheckin(recent); }));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertCheckin(old); }),
              StatusCode::kAlreadyExists);

  app::PageQuery one{1, std::nullopt};
  auto page = Read<app::PageRows<domain::Checkin>>(
      [&](app::Tx& tx) { return tx.ListCheckins(org_.id, rel_.id, one); });
  ASSERT_OK(page.status());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].id, "k2");
  ASSERT_EQ(page->items[0].follow_ups.size(), 2u);
  EXPECT_EQ(page->items[0].follow_ups[0].text, "Call back");
  ASSERT_TRUE(page->next.has_value());
  app::PageQuery rest{1, page->next};
  auto second = Read<app::PageRows<domain::Checkin>>(
      [&](app::Tx& tx) { return tx.ListCheckins(org_.id, rel_.id, rest); });
  EXPECT_EQ(second->items[0].notes, "Primera llamada ñ");
  EXPECT_FALSE(second->next.has_value());

  auto rows = Read<std::vector<app::CaseloadRow>>(
      [&](app::Tx& tx) { return tx.ListCaseload(org_.id, coord_a_.id, "2026-02-10"); });
  ASSERT_OK(rows.status());
  ASSERT_EQ(rows->size(), 1u);
  const app::CaseloadRow& row = rows->front();
  EXPECT_EQ(row.relationship.id, rel_.id);
  EXPECT_EQ(row.mentee_name, "Mia Mentee");
  EXPECT_EQ(row.mentor_name, "Max Mentor");
  EXPECT_EQ(row.last_checkin_on, "2026-02-01");
  EXPECT_EQ(row.follow_ups_overdue, 1);  // f1 due 02-03, f2 not yet
  EXPECT_EQ(row.last_meeting_at, 0);
  EXPECT_EQ(row.mentee_pulse, 0);
  EXPECT_FALSE(row.pulse_not_met);
  EXPECT_EQ(row.manager.active_since, test::kT0);

  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.MarkFollowUpDone(org_.id, rel_.id, "f1", coord_a_.id, test::kT0 + 1);
  }));
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.MarkFollowUpDone(org_.id, rel_.id, "nope", coord_a_.id, 1);
              }),
              StatusCode::kNotFound);
  rows = Read<std::vector<app::CaseloadRow>>(
      [&](app::Tx& tx) { return tx.ListCaseload(org_.id, coord_a_.id, "2026-02-10"); });
  EXPECT_EQ(rows->front().follow_ups_overdue, 0);
  // Another manager's caseload and the unassigned list do not hold it.
  rows = Read<std::vector<app::CaseloadRow>>(
      [&](app::Tx& tx) { return tx.ListCaseload(org_.id, coord_b_.id, "2026-02-10"); });
  EXPECT_TRUE(rows->empty());
  rows = Read<std::vector<app::CaseloadRow>>(
      [&](app::Tx& tx) { return tx.ListCaseload(org_.id, "", "2026-02-10"); });
  EXPECT_TRUE(rows->empty());
}

TEST_P(CareConformanceTest, PulseAnswersFeedTheCaseload) {
  ASSERT_OK(Manage(coord_a_.id, test::kT0));
  domain::PulseSurvey s{"s1", org_.id, rel_.id, mentee_.id, "2026-02-01", test::kT0};
  auto claimed = Do<bool>([&](app::Tx& tx) { return tx.ClaimPulseSurvey(s); });
  ASSERT_OK(claimed.status());
  EXPECT_TRUE(*claimed);
  s.id = "s2";
  claimed = Do<bool>([&](app::Tx& tx) { return tx.ClaimPulseSurvey(s); });
  EXPECT_FALSE(*claimed);  // same relationship, person and due date
  auto open = Read<std::vector<app::PulseSurveyRow>>(
      [&](app::Tx& tx) { return tx.ListOpenPulseSurveys(mentee_.id, 10); });
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ(open->front().partner_name, "Max Mentor");
  EXPECT_EQ(open->front().program_name, "Career Pathways");

  auto saved = Do<bool>([&](app::Tx& tx) {
    return tx.SavePulseAnswer(org_.id, "s1", {2, false, "Difícil"}, test::kT0 + kDay);
  });
  EXPECT_TRUE(*saved);
  saved = Do<bool>([&](app::Tx& tx) {
    return tx.SavePulseAnswer(org_.id, "s1", {5, true, ""}, test::kT0 + 2 * kDay);
  });
  EXPECT_FALSE(*saved);  // answered once
  auto got =
      Read<app::PulseSurveyRow>([&](app::Tx& tx) { return tx.GetPulseSurvey(org_.id, "s1"); });
  EXPECT_EQ(got->survey.rating, 2);
  EXPECT_FALSE(got->survey.met_since);
  EXPECT_EQ(got->survey.comment, "Difícil");
  EXPECT_CODE(Read<app::PulseSurveyRow>([&](app::Tx& tx) {
                return tx.GetPulseSurvey(other_org_.id, "s1");
              }).status(),
              StatusCode::kNotFound);
  auto rows = Read<std::vector<app::CaseloadRow>>(
      [&](app::Tx& tx) { return tx.ListCaseload(org_.id, coord_a_.id, "2026-02-10"); });
  EXPECT_EQ(rows->front().mentee_pulse, 2);
  EXPECT_EQ(rows->front().mentor_pulse, 0);
  EXPECT_TRUE(rows->front().pulse_not_met);
  auto candidates =
      Read<std::vector<app::PulseCandidate>>([&](app::Tx& tx) { return tx.ListPulseCandidates(); });
  ASSERT_EQ(candidates->size(), 1u);
  EXPECT_EQ(candidates->front().active_since, test::kT0);
}

TEST_P(CareConformanceTest, TwoServersNeverBothClaimOneSurvey) {
  auto other = OpenAgain(2);
  ASSERT_OK(other.status());
  constexpr int kRounds = 20;
  int wins_a = 0, wins_b = 0;
  for (int i = 0; i < kRounds; ++i) {
    const std::string due = "2026-03-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1);
    auto claim = [&](store::SociStore& store, const std::string& id, int& wins) {
      domain::PulseSurvey s{id, org_.id, rel_.id, mentor_.id, due, test::kT0};
      bool won = false;
      EXPECT_OK(store.Transact([&](app::Tx& tx) -> Status {
        ASSIGN_OR_RETURN(won, tx.ClaimPulseSurvey(s));
        return Status::Ok();
      }));
      if (won) ++wins;
    };
    std::thread a([&] { claim(*store_, "a" + std::to_string(i), wins_a); });
    std::thread b([&] { claim(**other, "b" + std::to_string(i), wins_b); });
    a.join();
    b.join();
  }
  EXPECT_EQ(wins_a + wins_b, kRounds) << "each due date claimed exactly once";
  auto open = Read<std::vector<app::PulseSurveyRow>>(
      [&](app::Tx& tx) { return tx.ListOpenPulseSurveys(mentor_.id, 100); });
  EXPECT_EQ(open->size(), static_cast<size_t>(kRounds));
}

INSTANTIATE_TEST_SUITE_P(Backends, CareConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
