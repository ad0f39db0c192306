// Conformance: meetings, private meeting notes and calendar feeds (app/ports/meetings_port.h):
// round trips, organisation scoping, paging latest first, one follow-up per held meeting,
// notes per author, a person's meetings across relationships, feeds by person and by hash.
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::Meeting;
using domain::MeetingMode;
using domain::MeetingProposer;
using domain::MeetingStatus;
using domain::ProgramRole;

class MeetingsConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
    rel_ = test::ARelationship(program_, mentee_.id, mentor_.id)
               .Status(domain::RelationshipStatus::kActive);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(rel_); }));
  }

  Meeting AMeeting(const std::string& id, Millis start) {
    Meeting m;
    m.id = id;
    m.organisation_id = org_.id;
    m.relationship_id = rel_.id;
    m.details.start_at = start;
    m.details.duration_minutes = 45;
    m.details.mode = MeetingMode::kInPerson;
    m.details.location = "Biblioteca, sala 2";
    m.details.agenda = "Ensayo\nPreguntas ñ";
    m.details.time_zone = "America/Bogota";
    m.status = MeetingStatus::kProposed;
    m.proposer = MeetingProposer::kMentor;
    m.created_at = 100;
    m.updated_at = 200;
    return m;
  }

  Result<domain::Meeting> Get(const std::string& org, const std::string& id) {
    return Read<domain::Meeting>([&](app::Tx& tx) { return tx.GetMeeting(org, rel_.id, id); });
  }

  domain::Person mentee_, mentor_;
  domain::Relationship rel_;
};

TEST_P(MeetingsConformanceTest, MeetingsRoundTripAndUpdate) {
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertMeeting(AMeeting("m1", 5000)); }));
  auto got = Get(org_.id, "m1");
  ASSERT_OK(got.status());
  EXPECT_EQ(got->relationship_id, rel_.id);
  EXPECT_EQ(got->details.start_at, 5000);
  EXPECT_EQ(got->details.duration_minutes, 45);
  EXPECT_EQ(got->details.mode, MeetingMode::kInPerson);
  EXPECT_EQ(got->details.location, "Biblioteca, sala 2");
  EXPECT_EQ(got->details.agenda, "Ensayo\nPreguntas ñ");
  EXPECT_EQ(got->details.time_zone, "America/Bogota");
  EXPECT_EQ(got->status, MeetingStatus::kProposed);
  EXPECT_EQ(got->proposer, MeetingProposer::kMentor);
  EXPECT_EQ(got->sequence, 0);
  EXPECT_EQ(got->follows_meeting_id, "");
  EXPECT_EQ(got->created_at, 100);
  EXPECT_EQ(got->updated_at, 200);

  Meeting changed = *got;
  changed.details.start_at = 9000;
  changed.details.mode = MeetingMode::kOnline;
  changed.details.location = "https://meet.example.org/x";
  changed.status = MeetingStatus::kHeld;
  changed.proposer = MeetingProposer::kSystem;
  changed.shared_notes = "Fuimos al grano";
  changed.sequence = 3;
  changed.updated_at = 300;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateMeeting(changed); }));
  got = Get(org_.id, "m1");
  ASSERT_OK(got.status());
  EXPECT_EQ(got->details.start_at, 9000);
  EXPECT_EQ(got->details.mode, MeetingMode::kOnline);
  EXPECT_EQ(got->status, MeetingStatus::kHeld);
  EXPECT_EQ(got->proposer, MeetingProposer::kSystem);
  EXPECT_EQ(got->shared_notes, "Fuimos al grano");
  EXPECT_EQ(got->sequence, 3);
  EXPECT_EQ(got->updated_at, 300);

  // Scoped by organisation and relationship; unknown ids.
  EXPECT_CODE(Get(other_org_.id, "m1").status(), StatusCode::kNotFound);
  EXPECT_CODE(Read<domain::Meeting>([&](app::Tx& tx) {
                return tx.GetMeeting(org_.id, "x", "m1");
              }).status(),
              StatusCode::kNotFound);
  Meeting stray = changed;
  stray.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateMeeting(stray); }), StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertMeeting(AMeeting("m1", 1)); }),
              StatusCode::kAlreadyExists);
  Meeting orphan = AMeeting("m9", 1);
  orphan.relationship_id = "nope";
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertMeeting(orphan); }), StatusCode::kNotFound);
}

TEST_P(MeetingsConformanceTest, ListsLatestFirstInPages) {
  for (int i = 0; i < 5; ++i)
    ASSERT_OK(Write([&](app::Tx& tx) {
      return tx.InsertMeeting(AMeeting("m" + std::to_string(i), 1000 * (i % 3)));
    }));
  std::vector<std::string> seen;
  app::PageQuery page{2, std::nullopt};
  for (int guard = 0; guard < 10; ++guard) {
    auto rows = Read<app::PageRows<Meeting>>(
        [&](app::Tx& tx) { return tx.ListMeetings(org_.id, rel_.id, page); });
    ASSERT_OK(rows.status());
    for (const auto& m : rows->items) seen.push_back(m.id);
    if (!rows->next) break;
    page.after = rows->next;
  }
  // start_at 2000: m2; 1000: m4, m1; 0: m3, m0 (ties by id, descending).
  EXPECT_EQ(seen, (std::vector<std::string>{"m2", "m4", "m1", "m3", "m0"}));
  auto other = Read<app::PageRows<Meeting>>(
      [&](app::Tx& tx) { return tx.ListMeetings(other_org_.id, rel_.id, app::kEveryRow); });
  ASSERT_OK(other.status());
  EXPECT_TRUE(other->items.empty());
}

TEST_P(MeetingsConformanceTest, OneFollowUpPerHeldMeeting) {
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertMeeting(AMeeting("held", 1000)); }));
  auto has = Read<bool>([&](app::Tx& tx) { return tx.HasFollowUpMeeting(org_.id, "held"); });
  ASSERT_OK(has.status());
  EXPECT_FALSE(*has);
  Meeting next = AMeeting("next", 2000);
  next.follows_meeting_id = "held";
  next.proposer = MeetingProposer::kSystem;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertMeeting(next); }));
  EXPECT_EQ(Get(org_.id, "next")->follows_meeting_id, "held");
  has = Read<bool>([&](app::Tx& tx) { return tx.HasFollowUpMeeting(org_.id, "held"); });
  EXPECT_TRUE(*has);
  Meeting again = next;
  again.id = "next2";
  Status s = Write([&](app::Tx& tx) { return tx.InsertMeeting(again); });
  EXPECT_CODE(s, StatusCode::kAlreadyExists);
  EXPECT_NE(s.message().find("follows"), std::string::npos) << s.message();
}

TEST_P(MeetingsConformanceTest, PrivateNotesArePerAuthor) {
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertMeeting(AMeeting("m1", 1000)); }));
  auto note = [&](const std::string& author) {
    return Read<std::string>(
        [&](app::Tx& tx) { return tx.GetPrivateMeetingNote(org_.id, "m1", author); });
  };
  EXPECT_EQ(*note(mentor_.id), "");
  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.SavePrivateMeetingNote(org_.id, "m1", mentor_.id, "Solo yo", 10);
  }));
  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.SavePrivateMeetingNote(org_.id, "m1", mentee_.id, "Mine", 10);
  }));
  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.SavePrivateMeetingNote(org_.id, "m1", mentor_.id, "Solo yo, otra vez", 11);
  }));
  EXPECT_EQ(*note(mentor_.id), "Solo yo, otra vez");
  EXPECT_EQ(*note(mentee_.id), "Mine");
  ASSERT_OK(Write(
      [&](app::Tx& tx) { return tx.SavePrivateMeetingNote(org_.id, "m1", mentee_.id, "", 12); }));
  EXPECT_EQ(*note(mentee_.id), "");
  EXPECT_EQ(*note(mentor_.id), "Solo yo, otra vez");
  EXPECT_EQ(*Read<std::string>([&](app::Tx& tx) {
    return tx.GetPrivateMeetingNote(other_org_.id, "m1", mentor_.id);
  }),
            "");
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.SavePrivateMeetingNote(org_.id, "nope", mentor_.id, "x", 1);
              }),
              StatusCode::kNotFound);
}

TEST_P(MeetingsConformanceTest, APersonsMeetingsAcrossRelationships) {
  // A second relationship of the mentor with another mentee.
  domain::Person other_mentee = AddPerson(test::APerson().Name("Otto"));
  AddEnrollment(test::AnEnrollment(program_, other_mentee.id));
  domain::Relationship rel2 = test::ARelationship(program_, other_mentee.id, mentor_.id)
                                  .Status(domain::RelationshipStatus::kActive);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(rel2); }));
  Meeting a = AMeeting("a", 3000), b = AMeeting("b", 1000), old = AMeeting("old", 10);
  b.relationship_id = rel2.id;
  for (const Meeting& m : {a, b, old})
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertMeeting(m); }));
  using Rows = std::vector<app::MeetingsPort::PersonMeeting>;
  auto mentor_rows =
      Read<Rows>([&](app::Tx& tx) { return tx.ListMeetingsOfPerson(mentor_.id, 100, 10); });
  ASSERT_OK(mentor_rows.status());
  ASSERT_EQ(mentor_rows->size(), 2u);
  EXPECT_EQ((*mentor_rows)[0].meeting.id, "b");
  EXPECT_EQ((*mentor_rows)[0].mentee_name, "Otto");
  EXPECT_EQ((*mentor_rows)[0].mentor_name, "Max Mentor");
  EXPECT_EQ((*mentor_rows)[0].program_name, "Career Pathways");
  EXPECT_EQ((*mentor_rows)[1].meeting.id, "a");
  auto mentee_rows =
      Read<Rows>([&](app::Tx& tx) { return tx.ListMeetingsOfPerson(mentee_.id, 0, 10); });
  ASSERT_OK(mentee_rows.status());
  ASSERT_EQ(mentee_rows->size(), 2u);  // old and a, not b
  EXPECT_EQ((*mentee_rows)[0].meeting.id, "old");
  auto limited = Read<Rows>([&](app::Tx& tx) { return tx.ListMeetingsOfPerson(mentor_.id, 0, 1); });
  EXPECT_EQ(limited->size(), 1u);
}

TEST_P(MeetingsConformanceTest, CalendarFeedsByPersonAndHash) {
  using Feed = std::optional<app::CalendarFeed>;
  auto by_person = [&](const std::string& p) {
    return Read<Feed>([&](app::Tx& tx) { return tx.FindCalendarFeedOfPerson(p); });
  };
  auto by_hash = [&](const std::string& h) {
    return Read<Feed>([&](app::Tx& tx) { return tx.FindCalendarFeedBySecretHash(h); });
  };
  EXPECT_FALSE(by_person(mentor_.id)->has_value());
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SaveCalendarFeed({mentor_.id, "h1", 10}); }));
  ASSERT_TRUE(by_person(mentor_.id)->has_value());
  EXPECT_EQ((*by_hash("h1"))->person_id, mentor_.id);
  EXPECT_EQ((*by_hash("h1"))->created_at, 10);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SaveCalendarFeed({mentor_.id, "h2", 20}); }));
  EXPECT_FALSE(by_hash("h1")->has_value());
  EXPECT_EQ((*by_person(mentor_.id))->secret_hash, "h2");
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SaveCalendarFeed({mentee_.id, "h3", 20}); }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeleteCalendarFeed(mentor_.id); }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeleteCalendarFeed(mentor_.id); }));
  EXPECT_FALSE(by_hash("h2")->has_value());
  EXPECT_TRUE(by_hash("h3")->has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, MeetingsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
