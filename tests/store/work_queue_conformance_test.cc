// Conformance: the coordinator's work queue counts (WorkQueuePort).
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::Audience;
using domain::EnrollmentStatus;
using domain::ProgramRole;
using domain::ProgramStatus;

class WorkQueueConformanceTest : public StoreTest {
 protected:
  std::vector<app::ProgramWork> Count(const std::string& org, Millis now, Millis until) {
    auto rows = Read<std::vector<app::ProgramWork>>(
        [&](app::Tx& tx) { return tx.CountProgramWork(org, now, until); });
    EXPECT_OK(rows);
    return rows.ok() ? *rows : std::vector<app::ProgramWork>{};
  }
  std::string Member(const domain::Organisation& org) {
    domain::Person p = AddPerson();
    AddMember(org.id, p.id, {});
    return p.id;
  }
};

auto Counts(const app::ProgramWork& w) {
  return std::make_tuple(w.applications, w.mentors_not_cleared, w.unmatched_mentees,
                         w.requests_expiring, w.draft_rounds);
}

TEST_P(WorkQueueConformanceTest, EmptyOrganisationHasNoPrograms) {
  domain::Organisation org = AddOrganisation();
  EXPECT_TRUE(Count(org.id, test::kT0, test::kT0 + kDay).empty());
  EXPECT_TRUE(Count(NewId(), test::kT0, test::kT0 + kDay).empty());
}

TEST_P(WorkQueueConformanceTest, CountsEachKindOfWorkPerProgram) {
  domain::Organisation org = AddOrganisation();
  domain::Program youth =
      AddProgram(test::AProgram(org.id).Name("b youth").Audience(Audience::kYouth));
  domain::Program adult = AddProgram(test::AProgram(org.id).Name("A adult"));
  domain::Program draft =
      AddProgram(test::AProgram(org.id).Name("c draft").Status(ProgramStatus::kDraft));
  AddProgram(test::AProgram(org.id).Name("closed").Status(ProgramStatus::kClosed));

  // Applications: pending enrollments of either side; other statuses do not count.
  AddEnrollment(test::AnEnrollment(youth, Member(org)).Status(EnrollmentStatus::kPending));
  AddEnrollment(test::AnEnrollment(youth, Member(org))
                    .Role(ProgramRole::kMentor)
                    .Status(EnrollmentStatus::kPending));
  AddEnrollment(test::AnEnrollment(youth, Member(org)).Status(EnrollmentStatus::kDeclined));
  AddEnrollment(test::AnEnrollment(adult, Member(org)).Status(EnrollmentStatus::kPending));

  // Mentors not cleared, youth programs only (the pending mentor above counts too).
  AddEnrollment(test::AnEnrollment(youth, Member(org)).Role(ProgramRole::kMentor).ScreeningCleared());
  AddEnrollment(test::AnEnrollment(youth, Member(org)).Role(ProgramRole::kMentor).TrainingComplete());
  std::string cleared = Member(org);
  AddEnrollment(test::AnEnrollment(youth, cleared)
                    .Role(ProgramRole::kMentor)
                    .ScreeningCleared()
                    .TrainingComplete());
  AddEnrollment(test::AnEnrollment(youth, Member(org))
                    .Role(ProgramRole::kMentor)
                    .Status(EnrollmentStatus::kEnded));
  std::string adult_mentor = Member(org);
  AddEnrollment(test::AnEnrollment(adult, adult_mentor).Role(ProgramRole::kMentor));

  // Unmatched mentees: active, without a proposed, active or paused relationship there.
  std::string matched = Member(org), proposed = Member(org), paused = Member(org),
              ended = Member(org), lonely = Member(org);
  for (const std::string& m : {matched, proposed, paused, ended, lonely})
    AddEnrollment(test::AnEnrollment(youth, m));
  AddEnrollment(test::AnEnrollment(adult, lonely));
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    RETURN_IF_ERROR(tx.InsertRelationship(test::ARelationship(youth, matched, cleared)
                                              .Status(domain::RelationshipStatus::kActive)));
    RETURN_IF_ERROR(tx.InsertRelationship(test::ARelationship(youth, proposed, cleared)
                                              .Status(domain::RelationshipStatus::kProposed)));
    RETURN_IF_ERROR(tx.InsertRelationship(test::ARelationship(youth, paused, cleared)
                                              .Status(domain::RelationshipStatus::kPaused)));
    // Ended here, and a relationship in another program, leave the mentee unmatched.
    RETURN_IF_ERROR(tx.InsertRelationship(test::ARelationship(youth, ended, cleared)
                                              .Status(domain::RelationshipStatus::kEnded)));
    return tx.InsertRelationship(test::ARelationship(adult, lonely, adult_mentor)
                                     .Status(domain::RelationshipStatus::kActive));
  }));

  // Requests expiring: pending, lapsing in (now, until].
  const Millis now = test::kT0 + 10 * kDay;
  const Millis until = now + 3 * kDay;
  std::vector<std::string> askers;
  for (int i = 0; i < 5; ++i) askers.push_back(Member(org));
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    size_t next = 0;
    auto req = [&](Millis expires, domain::RequestStatus status) {
      return tx.InsertRequest(test::AMentorRequest(youth, askers[next++], cleared)
                                  .ExpiresAt(expires)
                                  .Status(status));
    };
    RETURN_IF_ERROR(req(now + kDay, domain::RequestStatus::kPending));         // counts
    RETURN_IF_ERROR(req(until, domain::RequestStatus::kPending));              // counts
    RETURN_IF_ERROR(req(until + 1, domain::RequestStatus::kPending));          // later
    RETURN_IF_ERROR(req(now, domain::RequestStatus::kPending));                // lapsed
    RETURN_IF_ERROR(req(now + kDay, domain::RequestStatus::kAccepted));        // decided
    // Draft rounds: drafts only.
    RETURN_IF_ERROR(tx.InsertRound(test::AMatchRound(youth, cleared).Status(domain::RoundStatus::kDraft)));
    RETURN_IF_ERROR(tx.InsertRound(test::AMatchRound(youth, cleared).Status(domain::RoundStatus::kPublished).PublishedAt(test::kT0)));
    return tx.InsertRound(test::AMatchRound(draft, cleared).Status(domain::RoundStatus::kDraft));
  }));

  std::vector<app::ProgramWork> rows = Count(org.id, now, until);
  ASSERT_EQ(rows.size(), 3u) << "closed programs carry no work";
  EXPECT_EQ(rows[0].program_id, adult.id) << "by name, ignoring case";
  EXPECT_EQ(rows[1].program_id, youth.id);
  EXPECT_EQ(rows[2].program_id, draft.id);
  EXPECT_EQ(rows[1].program_name, "b youth");
  EXPECT_EQ(rows[1].audience, Audience::kYouth);
  EXPECT_EQ(rows[2].program_status, ProgramStatus::kDraft);
  //                                      apps  not cleared  unmatched  expiring  drafts
  EXPECT_EQ(Counts(rows[0]), std::make_tuple(1, 0, 0, 0, 0));
  EXPECT_EQ(Counts(rows[1]), std::make_tuple(2, 3, 2, 2, 1));
  EXPECT_EQ(Counts(rows[2]), std::make_tuple(0, 0, 0, 0, 1));
}

TEST_P(WorkQueueConformanceTest, OtherOrganisationsWorkIsNotCounted) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Program mine = AddProgram(test::AProgram(org.id));
  domain::Program theirs = AddProgram(test::AProgram(other.id));
  AddEnrollment(test::AnEnrollment(theirs, Member(other)).Status(EnrollmentStatus::kPending));
  AddEnrollment(test::AnEnrollment(theirs, Member(other)));
  std::vector<app::ProgramWork> rows = Count(org.id, test::kT0, test::kT0 + kDay);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].program_id, mine.id);
  EXPECT_EQ(Counts(rows[0]), std::make_tuple(0, 0, 0, 0, 0));
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkQueueConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
