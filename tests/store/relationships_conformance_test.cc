// Conformance: relationships, mentor capacity and LockParticipants (with the concurrency
// contract), mentor requests (one pending request per pair) and in-app notifications.
#include <atomic>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::ProgramRole;
using domain::RelationshipStatus;
using domain::RequestStatus;

class RelationshipsConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
  }

  domain::Relationship AddRelationship(domain::Relationship r) {
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(r); }));
    return r;
  }
  Result<domain::Relationship> GetRelationship(const std::string& org, const std::string& id) {
    return Read<domain::Relationship>([&](app::Tx& tx) { return tx.GetRelationship(org, id); });
  }
  std::vector<std::string> ListIds(const std::string& org, const std::string& program,
                                   app::RelationshipFilter filter = {}) {
    auto list = Read<std::vector<domain::Relationship>>(
        [&](app::Tx& tx) { return tx.ListRelationships(org, program, filter); });
    EXPECT_OK(list);
    return list.ok() ? Keys(*list, [](const domain::Relationship& r) { return r.id; })
                     : std::vector<std::string>{};
  }
  int CapacityUse(const std::string& program_id, const std::string& mentor_id) {
    auto used =
        Read<int>([&](app::Tx& tx) { return tx.CountCapacityUse(org_.id, program_id, mentor_id); });
    EXPECT_OK(used);
    return used.ok() ? *used : -1;
  }
  // The use case's capacity decision for a mentor with capacity 1: lock both people, count,
  // insert. `after_count` runs between counting and inserting (the race window).
  Status Decide(const std::string& mentor_id, const std::string& mentee_id,
                const std::function<void()>& after_count) {
    return store_->Transact([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockParticipants(org_.id, program_.id, {mentee_id, mentor_id}));
      ASSIGN_OR_RETURN(int used, tx.CountCapacityUse(org_.id, program_.id, mentor_id));
      after_count();
      if (used >= 1) return ResourceExhausted("The mentor has no capacity left.");
      return tx.InsertRelationship(test::ARelationship(program_, mentee_id, mentor_id)
                                       .Status(RelationshipStatus::kActive)
                                       .Source(domain::RelationshipSource::kRequest));
    });
  }
  // The same from the mentee's side: a one-to-one mentee (limit 1) accepted by `mentor_id`.
  Status DecideForMentee(const std::string& mentee_id, const std::string& mentor_id,
                         const std::function<void()>& after_count) {
    return store_->Transact([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockParticipants(org_.id, program_.id, {mentor_id, mentee_id}));
      ASSIGN_OR_RETURN(auto held,
                       tx.ListRelationships(org_.id, program_.id, {.person_id = mentee_id}));
      after_count();
      if (!held.empty()) return FailedPrecondition("The mentee already has a mentor.");
      return tx.InsertRelationship(test::ARelationship(program_, mentee_id, mentor_id)
                                       .Status(RelationshipStatus::kActive)
                                       .Source(domain::RelationshipSource::kRequest));
    });
  }
  domain::Person EnrolledMentee() {
    domain::Person p = AddPerson();
    AddEnrollment(test::AnEnrollment(program_, p.id));
    return p;
  }
  domain::Person EnrolledMentor() {
    domain::Person p = AddPerson();
    AddEnrollment(test::AnEnrollment(program_, p.id).Role(ProgramRole::kMentor));
    return p;
  }
  std::vector<domain::Notification> Notifications(const std::string& person_id, int limit = 50) {
    auto list = Read<std::vector<domain::Notification>>(
        [&](app::Tx& tx) { return app::EveryRow(tx.ListNotifications(person_id, {limit, {}})); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<domain::Notification>{};
  }

  domain::Person mentee_, mentor_;
};

// Relationships.

TEST_P(RelationshipsConformanceTest, RelationshipRoundTripsEveryField) {
  domain::Relationship r = AddRelationship(test::ARelationship(program_, mentee_.id, mentor_.id)
                                               .Status(RelationshipStatus::kActive)
                                               .Source(domain::RelationshipSource::kRequest)
                                               .Accepted(true, false)
                                               .Score(-5)
                                               .Reasons({{"shared_interests", 10,
                                                          {{"interests", std::vector<std::string>{
                                                                             "«chess»", "go"}}}},
                                                         {"availability", -4,
                                                          {{"mentee_hours", 0},
                                                           {"mentor_hours", 1LL << 40}}}})
                                               .CreatedAt(test::kT0 + 1)
                                               .UpdatedAt(test::kT0 + 2));
  auto got = GetRelationship(org_.id, r.id);
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(r));
  EXPECT_CODE(GetRelationship(other_org_.id, r.id), StatusCode::kNotFound);
  EXPECT_CODE(GetRelationship(org_.id, NewId()), StatusCode::kNotFound);

  domain::Relationship same_id = test::ARelationship(program_, AddPerson().id, mentor_.id).Id(r.id);
  Status dup = Write([&](app::Tx& tx) { return tx.InsertRelationship(same_id); });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("id"), std::string::npos) << dup.message();
  domain::Relationship wrong_org = test::ARelationship(program_, mentee_.id, AddPerson().id);
  wrong_org.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertRelationship(wrong_org); }),
              StatusCode::kNotFound);
}

// Paused (safeguarding): stored and read back, holds no capacity, and does not count as the
// pair's one open relationship.
TEST_P(RelationshipsConformanceTest, PausedRoundTripsHoldsNoPlaceAndIsNotOpen) {
  domain::Relationship r =
      test::ARelationship(program_, mentee_.id, mentor_.id).Status(RelationshipStatus::kActive);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(r); }));
  EXPECT_EQ(CapacityUse(program_.id, mentor_.id), 1);
  ASSERT_OK(domain::PauseRelationship(r, test::kT0 + 5));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRelationship(r); }));
  auto got = Read<domain::Relationship>(
      [&](app::Tx& tx) { return tx.GetRelationship(org_.id, r.id); });
  ASSERT_OK(got);
  EXPECT_EQ(got->status, RelationshipStatus::kPaused);
  EXPECT_EQ(got->updated_at, test::kT0 + 5);
  EXPECT_EQ(CapacityUse(program_.id, mentor_.id), 0);
  auto paused = Read<std::vector<domain::Relationship>>([&](app::Tx& tx) {
    return tx.ListRelationships(org_.id, program_.id, {.status = RelationshipStatus::kPaused});
  });
  ASSERT_OK(paused);
  ASSERT_EQ(paused->size(), 1u);
  EXPECT_EQ(paused->at(0).id, r.id);
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.InsertRelationship(test::ARelationship(program_, mentee_.id, mentor_.id));
  }));
}

TEST_P(RelationshipsConformanceTest, UpdateRelationshipChangesStatusFlagsAndUpdatedAtOnly) {
  domain::Relationship r = AddRelationship(test::ARelationship(program_, mentee_.id, mentor_.id));
  domain::Relationship changed = r;
  changed.status = RelationshipStatus::kEnded;
  changed.end_reason = std::string(domain::kEndReasonMemberRemoved);
  changed.mentee_accepted = true;
  changed.mentor_accepted = true;
  changed.updated_at = test::kT0 + kDay;
  changed.score = 99;                 // not updatable
  changed.reasons = {{"experience_gap", 1, {}}};  // not updatable
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRelationship(changed); }));
  domain::Relationship expected = changed;
  expected.score = r.score;
  expected.reasons = r.reasons;
  EXPECT_EQ(Fields(*GetRelationship(org_.id, r.id)), Fields(expected));

  // Inserted with a reason, read back with it.
  domain::Relationship ended = AddRelationship(
      test::ARelationship(program_, mentee_.id, mentor_.id)
          .Status(RelationshipStatus::kEnded)
          .EndReason(std::string(domain::kEndReasonEnrollmentEnded)));
  EXPECT_EQ(GetRelationship(org_.id, ended.id)->end_reason, "enrollment_ended");

  changed.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateRelationship(changed); }),
              StatusCode::kNotFound);
}

TEST_P(RelationshipsConformanceTest, APairHoldsAtMostOneOpenRelationshipPerProgram) {
  domain::Relationship open = AddRelationship(
      test::ARelationship(program_, mentee_.id, mentor_.id).Status(RelationshipStatus::kActive));
  for (RelationshipStatus status : {RelationshipStatus::kProposed, RelationshipStatus::kActive}) {
    Status dup = Write([&](app::Tx& tx) {
      return tx.InsertRelationship(
          test::ARelationship(program_, mentee_.id, mentor_.id).Status(status));
    });
    EXPECT_CODE(dup, StatusCode::kAlreadyExists) << dup.ToString();
    EXPECT_NE(dup.message().find("proposed or active"), std::string::npos) << dup.message();
  }
  // Closed relationships do not count; nor do other programs or the reverse pair.
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  EXPECT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertRelationship(test::ARelationship(program_, mentee_.id, mentor_.id)
                                              .Status(RelationshipStatus::kDeclined)));
    RETURN_IF_ERROR(tx.InsertRelationship(
        test::ARelationship(program_, mentee_.id, mentor_.id).Status(RelationshipStatus::kEnded)));
    RETURN_IF_ERROR(tx.InsertRelationship(test::ARelationship(sibling, mentee_.id, mentor_.id)));
    return tx.InsertRelationship(test::ARelationship(program_, mentor_.id, mentee_.id));
  }));

  // Once ended, the pair may start again; reopening the old one then collides.
  domain::Relationship ended = open;
  ended.status = RelationshipStatus::kEnded;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRelationship(ended); }));
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.InsertRelationship(test::ARelationship(program_, mentee_.id, mentor_.id));
  }));
  Status reopen = Write([&](app::Tx& tx) { return tx.UpdateRelationship(open); });
  EXPECT_CODE(reopen, StatusCode::kAlreadyExists) << reopen.ToString();
  EXPECT_NE(reopen.message().find("open relationship"), std::string::npos) << reopen.message();
}

TEST_P(RelationshipsConformanceTest, ListRelationshipsNewestFirstWithFilters) {
  domain::Person other_mentee = AddPerson();
  domain::Relationship old = AddRelationship(
      test::ARelationship(program_, mentee_.id, mentor_.id).Status(RelationshipStatus::kEnded));
  domain::Relationship active =
      AddRelationship(test::ARelationship(program_, other_mentee.id, mentor_.id)
                          .Status(RelationshipStatus::kActive)
                          .CreatedAt(test::kT0 + 2 * kDay));
  domain::Relationship proposed = AddRelationship(
      test::ARelationship(program_, mentee_.id, mentor_.id).CreatedAt(test::kT0 + kDay));
  AddRelationship(test::ARelationship(AddProgram(test::AProgram(org_.id)), mentee_.id, mentor_.id));

  EXPECT_EQ(ListIds(org_.id, program_.id),
            (std::vector<std::string>{active.id, proposed.id, old.id}));
  EXPECT_EQ(ListIds(org_.id, program_.id, {.status = RelationshipStatus::kProposed}),
            (std::vector<std::string>{proposed.id}));
  EXPECT_EQ(ListIds(org_.id, program_.id, {.person_id = mentee_.id}),
            (std::vector<std::string>{proposed.id, old.id}));
  EXPECT_EQ(ListIds(org_.id, program_.id, {.person_id = mentor_.id}),
            (std::vector<std::string>{active.id, proposed.id, old.id}));
  EXPECT_EQ(ListIds(org_.id, program_.id,
                    {.status = RelationshipStatus::kActive, .person_id = mentee_.id}),
            (std::vector<std::string>{}));
  EXPECT_TRUE(ListIds(other_org_.id, program_.id).empty());
}

TEST_P(RelationshipsConformanceTest, RelationshipsOfAPersonSpanRolesAndOrganisations) {
  domain::Program foreign = AddProgram(test::AProgram(other_org_.id));
  domain::Person stranger = AddPerson();
  domain::Relationship as_mentee =
      AddRelationship(test::ARelationship(program_, mentee_.id, mentor_.id));
  domain::Relationship as_mentor = AddRelationship(
      test::ARelationship(foreign, stranger.id, mentee_.id).CreatedAt(test::kT0 + kDay));
  AddRelationship(test::ARelationship(program_, stranger.id, mentor_.id));
  auto list = Read<std::vector<domain::Relationship>>(
      [&](app::Tx& tx) { return app::EveryRow(tx.ListRelationshipsOfPerson(mentee_.id, app::kEveryRow)); });
  ASSERT_OK(list);
  EXPECT_EQ(Keys(*list, [](const domain::Relationship& r) { return r.id; }),
            (std::vector<std::string>{as_mentor.id, as_mentee.id}));
}

// Capacity.

TEST_P(RelationshipsConformanceTest, CapacityUseCountsProposedAndActiveOfTheMentorInTheProgram) {
  EXPECT_EQ(CapacityUse(program_.id, mentor_.id), 0);
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  domain::Person other_mentor = AddPerson();
  std::vector<domain::Relationship> all_statuses;
  for (RelationshipStatus status : {RelationshipStatus::kProposed, RelationshipStatus::kActive,
                                    RelationshipStatus::kDeclined, RelationshipStatus::kEnded})
    all_statuses.push_back(
        test::ARelationship(program_, AddPerson().id, mentor_.id).Status(status));
  ASSERT_OK(Write([&](app::Tx& tx) {
    for (const domain::Relationship& r : all_statuses) RETURN_IF_ERROR(tx.InsertRelationship(r));
    RETURN_IF_ERROR(tx.InsertRelationship(test::ARelationship(sibling, mentee_.id, mentor_.id)));
    return tx.InsertRelationship(test::ARelationship(program_, mentee_.id, other_mentor.id));
  }));
  EXPECT_EQ(CapacityUse(program_.id, mentor_.id), 2);
  EXPECT_EQ(CapacityUse(sibling.id, mentor_.id), 1);
  auto foreign = Read<int>(
      [&](app::Tx& tx) { return tx.CountCapacityUse(other_org_.id, program_.id, mentor_.id); });
  EXPECT_EQ(*foreign, 0);
}

TEST_P(RelationshipsConformanceTest, LockParticipantsNeedsAnEnrollmentOfEveryPerson) {
  auto lock = [&](const std::string& org, std::vector<std::string> people) {
    return Write([&](app::Tx& tx) { return tx.LockParticipants(org, program_.id, people); });
  };
  EXPECT_OK(lock(org_.id, {mentor_.id}));
  EXPECT_OK(lock(org_.id, {mentee_.id})) << "any role";
  EXPECT_OK(lock(org_.id, {mentor_.id, mentee_.id, mentor_.id})) << "duplicates are ignored";
  EXPECT_OK(lock(org_.id, {})) << "nobody: nothing to lock";
  domain::Person withdrawn = AddPerson();
  AddEnrollment(
      test::AnEnrollment(program_, withdrawn.id).Status(domain::EnrollmentStatus::kWithdrawn));
  EXPECT_OK(lock(org_.id, {withdrawn.id})) << "any status";

  EXPECT_CODE(lock(org_.id, {NewId()}), StatusCode::kNotFound);
  EXPECT_CODE(lock(org_.id, {mentee_.id, NewId()}), StatusCode::kNotFound) << "one missing";
  EXPECT_CODE(lock(org_.id, {AddPerson().id}), StatusCode::kNotFound) << "not enrolled";
  EXPECT_CODE(lock(other_org_.id, {mentor_.id}), StatusCode::kNotFound);
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  EXPECT_CODE(
      Write([&](app::Tx& tx) { return tx.LockParticipants(org_.id, sibling.id, {mentee_.id}); }),
      StatusCode::kNotFound)
      << "enrolled in another program only";
}

// While one transaction holds a person's lock, another that asks for it does not get it before
// the first ends (PostgreSQL: the row lock; SQLite: the write lock of BEGIN IMMEDIATE).
TEST_P(RelationshipsConformanceTest, LockParticipantsHoldsASecondTransactionUntilTheFirstEnds) {
  std::atomic<bool> locked{false}, releasing{false}, second_saw_release{false};
  Status first, second;
  std::thread a([&] {
    first = Write([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockParticipants(org_.id, program_.id, {mentee_.id}));
      locked = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      releasing = true;
      return Status::Ok();
    });
  });
  std::thread b([&] {
    while (!locked) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    second = Write([&](app::Tx& tx) -> Status {
      // Another person in the same call: the whole call waits for the held one.
      RETURN_IF_ERROR(tx.LockParticipants(org_.id, program_.id, {mentor_.id, mentee_.id}));
      second_saw_release = releasing.load();
      return Status::Ok();
    });
  });
  a.join();
  b.join();
  EXPECT_OK(first);
  EXPECT_OK(second);
  EXPECT_TRUE(second_saw_release) << "the second transaction got the lock while the first held it";
}

// The second decider starts while the first holds the lock and has counted but not yet
// inserted. Without a working lock (on PostgreSQL) both would count 0 and both would insert.
TEST_P(RelationshipsConformanceTest, LockParticipantsMakesALaterDeciderSeeTheEarlierInsert) {
  domain::Person late_mentee = EnrolledMentee();
  std::atomic<bool> counted{false};
  Status first, second;
  std::thread a([&] {
    first = Decide(mentor_.id, mentee_.id, [&] {
      counted = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
  });
  std::thread b([&] {
    while (!counted) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    second = Decide(mentor_.id, late_mentee.id, [] {});
  });
  a.join();
  b.join();
  EXPECT_OK(first);
  EXPECT_CODE(second, StatusCode::kResourceExhausted);
  EXPECT_EQ(CapacityUse(program_.id, mentor_.id), 1);
}

// The mentee's side: two mentors accept one one-to-one mentee; the mentee's lock makes the
// later acceptance see the earlier relationship.
TEST_P(RelationshipsConformanceTest, LockParticipantsSerialisesDecisionsAboutOneMentee) {
  domain::Person other_mentor = EnrolledMentor();
  std::atomic<bool> counted{false};
  Status first, second;
  std::thread a([&] {
    first = DecideForMentee(mentee_.id, mentor_.id, [&] {
      counted = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
  });
  std::thread b([&] {
    while (!counted) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    second = DecideForMentee(mentee_.id, other_mentor.id, [] {});
  });
  a.join();
  b.join();
  EXPECT_OK(first);
  EXPECT_CODE(second, StatusCode::kFailedPrecondition);
  auto held = Read<std::vector<domain::Relationship>>([&](app::Tx& tx) {
    return tx.ListRelationships(org_.id, program_.id, {.person_id = mentee_.id});
  });
  ASSERT_OK(held);
  EXPECT_EQ(held->size(), 1u);
}

// Each transaction names the same people in its own order; the store locks them in one order,
// so neither waits for the other in a cycle (PostgreSQL would abort one as a deadlock victim).
// 600 people: more than one statement's chunk, so the order across statements matters too.
TEST_P(RelationshipsConformanceTest, LockingTheSamePeopleInAnyOrderDoesNotDeadlock) {
  std::vector<std::string> people = {mentee_.id, mentor_.id};
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    for (int i = 0; i < 600; ++i) {
      domain::Person p = test::APerson();
      RETURN_IF_ERROR(tx.InsertPerson(p));
      RETURN_IF_ERROR(tx.InsertEnrollment(test::AnEnrollment(program_, p.id)));
      people.push_back(p.id);
    }
    return Status::Ok();
  }));
  for (int round = 0; round < 3; ++round) {
    std::vector<std::string> forward = people, backward(people.rbegin(), people.rend());
    std::atomic<int> ready{0};
    auto run = [&](const std::vector<std::string>& order) {
      ++ready;
      while (ready < 2) std::this_thread::yield();
      return Write([&](app::Tx& tx) -> Status {
        RETURN_IF_ERROR(tx.LockParticipants(org_.id, program_.id, order));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return Status::Ok();
      });
    };
    Status s1, s2;
    std::thread t1([&] { s1 = run(forward); });
    std::thread t2([&] { s2 = run(backward); });
    t1.join();
    t2.join();
    EXPECT_OK(s1);
    EXPECT_OK(s2);
  }
}

TEST_P(RelationshipsConformanceTest, RacingDecidersForACapacityOfOneLetExactlyOneIn) {
  for (int round = 0; round < 3; ++round) {
    domain::Person mentor = EnrolledMentor();
    domain::Person m1 = EnrolledMentee(), m2 = EnrolledMentee();
    std::atomic<int> ready{0};
    auto start_together = [&] {
      ++ready;
      while (ready < 2) std::this_thread::yield();
    };
    auto window = [] { std::this_thread::sleep_for(std::chrono::milliseconds(50)); };
    Status s1, s2;
    std::thread t1([&] {
      start_together();
      s1 = Decide(mentor.id, m1.id, window);
    });
    std::thread t2([&] {
      start_together();
      s2 = Decide(mentor.id, m2.id, window);
    });
    t1.join();
    t2.join();
    EXPECT_EQ(s1.ok() + s2.ok(), 1) << s1.ToString() << " / " << s2.ToString();
    for (const Status& s : {s1, s2}) {
      if (!s.ok()) {
        EXPECT_CODE(s, StatusCode::kResourceExhausted);
      }
    }
    EXPECT_EQ(CapacityUse(program_.id, mentor.id), 1);
  }
}

// Mentor requests.

TEST_P(RelationshipsConformanceTest, RequestRoundTripsAndUpdatesStatusReasonAndDecidedAt) {
  domain::MentorRequest r = test::AMentorRequest(program_, mentee_.id, mentor_.id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertRequest(r); }));
  auto got = Read<domain::MentorRequest>([&](app::Tx& tx) { return tx.GetRequest(org_.id, r.id); });
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(r));
  EXPECT_EQ(got->decided_at, 0);

  domain::MentorRequest decided = r;
  decided.status = RequestStatus::kDeclined;
  decided.decline_reason = "I am at capacity this term.";
  decided.decided_at = test::kT0 + kHour;
  decided.message = "changed";  // not updatable
  // Not updatable either: both sides keep the reasons from request time.
  decided.reasons = {};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRequest(decided); }));
  domain::MentorRequest expected = decided;
  expected.message = r.message;
  expected.reasons = r.reasons;
  got = Read<domain::MentorRequest>([&](app::Tx& tx) { return tx.GetRequest(org_.id, r.id); });
  EXPECT_EQ(Fields(*got), Fields(expected));

  EXPECT_CODE(
      Read<domain::MentorRequest>([&](app::Tx& tx) { return tx.GetRequest(other_org_.id, r.id); }),
      StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertRequest(r); }), StatusCode::kAlreadyExists);
  decided.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateRequest(decided); }), StatusCode::kNotFound);
}

TEST_P(RelationshipsConformanceTest, RequestWithdrawReasonRoundTripsAndUpdates) {
  domain::MentorRequest r = test::AMentorRequest(program_, mentee_.id, mentor_.id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertRequest(r); }));
  auto got = Read<domain::MentorRequest>([&](app::Tx& tx) { return tx.GetRequest(org_.id, r.id); });
  ASSERT_OK(got);
  EXPECT_EQ(got->withdraw_reason, "");

  domain::MentorRequest withdrawn = r;
  withdrawn.status = RequestStatus::kWithdrawn;
  withdrawn.withdraw_reason = "matched_elsewhere";
  withdrawn.decided_at = test::kT0 + kHour;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRequest(withdrawn); }));
  got = Read<domain::MentorRequest>([&](app::Tx& tx) { return tx.GetRequest(org_.id, r.id); });
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(withdrawn));
  // Listed with it too.
  auto mine = Read<std::vector<domain::MentorRequest>>([&](app::Tx& tx) {
    return tx.ListRequestsOfMentee(org_.id, program_.id, mentee_.id);
  });
  ASSERT_OK(mine);
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().withdraw_reason, "matched_elsewhere");
}

TEST_P(RelationshipsConformanceTest, RequestsAreListedNewestFirstByMenteeAndByMentor) {
  domain::Program foreign = AddProgram(test::AProgram(other_org_.id));
  domain::Person other_mentor = AddPerson();
  domain::MentorRequest first = test::AMentorRequest(program_, mentee_.id, mentor_.id);
  domain::MentorRequest second = test::AMentorRequest(program_, mentee_.id, other_mentor.id)
                                     .CreatedAt(test::kT0 + kHour)
                                     .Status(RequestStatus::kWithdrawn);
  domain::MentorRequest elsewhere =
      test::AMentorRequest(foreign, AddPerson().id, mentor_.id).CreatedAt(test::kT0 + kDay);
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertRequest(first));
    RETURN_IF_ERROR(tx.InsertRequest(second));
    return tx.InsertRequest(elsewhere);
  }));
  auto ids = [](const Result<std::vector<domain::MentorRequest>>& list) {
    EXPECT_OK(list);
    return Keys(*list, [](const domain::MentorRequest& r) { return r.id; });
  };
  EXPECT_EQ(ids(Read<std::vector<domain::MentorRequest>>([&](app::Tx& tx) {
              return tx.ListRequestsOfMentee(org_.id, program_.id, mentee_.id);
            })),
            (std::vector<std::string>{second.id, first.id}));
  EXPECT_TRUE(ids(Read<std::vector<domain::MentorRequest>>([&](app::Tx& tx) {
                return tx.ListRequestsOfMentee(other_org_.id, program_.id, mentee_.id);
              })).empty());
  EXPECT_EQ(ids(Read<std::vector<domain::MentorRequest>>(
                [&](app::Tx& tx) { return tx.ListRequestsOfMentor(mentor_.id); })),
            (std::vector<std::string>{elsewhere.id, first.id}));
}

TEST_P(RelationshipsConformanceTest, APairHoldsAtMostOnePendingRequestPerProgram) {
  domain::MentorRequest pending = test::AMentorRequest(program_, mentee_.id, mentor_.id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertRequest(pending); }));
  Status dup = Write([&](app::Tx& tx) {
    return tx.InsertRequest(test::AMentorRequest(program_, mentee_.id, mentor_.id));
  });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists) << dup.ToString();
  EXPECT_NE(dup.message().find("pending request"), std::string::npos) << dup.message();
  domain::MentorRequest same_id_request =
      test::AMentorRequest(program_, mentee_.id, AddPerson().id).Id(pending.id);
  Status same_id = Write([&](app::Tx& tx) { return tx.InsertRequest(same_id_request); });
  EXPECT_CODE(same_id, StatusCode::kAlreadyExists);
  EXPECT_NE(same_id.message().find("id"), std::string::npos) << same_id.message();

  // Decided requests do not count; nor do other programs, other mentors or the reverse pair.
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  domain::Person other_mentor = AddPerson();
  EXPECT_OK(Write([&](app::Tx& tx) -> Status {
    for (RequestStatus status : {RequestStatus::kAccepted, RequestStatus::kDeclined,
                                 RequestStatus::kWithdrawn, RequestStatus::kExpired})
      RETURN_IF_ERROR(
          tx.InsertRequest(test::AMentorRequest(program_, mentee_.id, mentor_.id).Status(status)));
    RETURN_IF_ERROR(tx.InsertRequest(test::AMentorRequest(sibling, mentee_.id, mentor_.id)));
    RETURN_IF_ERROR(tx.InsertRequest(test::AMentorRequest(program_, mentee_.id, other_mentor.id)));
    return tx.InsertRequest(test::AMentorRequest(program_, mentor_.id, mentee_.id));
  }));

  // Once the pending one is decided (here: stored as expired), the pair may ask again; making
  // the old one pending again then collides, poisoning the transaction.
  domain::MentorRequest expired = pending;
  expired.status = RequestStatus::kExpired;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRequest(expired); }));
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.InsertRequest(test::AMentorRequest(program_, mentee_.id, mentor_.id));
  }));
  Status reopen = Write([&](app::Tx& tx) { return tx.UpdateRequest(pending); });
  EXPECT_CODE(reopen, StatusCode::kAlreadyExists) << reopen.ToString();
  EXPECT_NE(reopen.message().find("pending request"), std::string::npos) << reopen.message();
}

// Two transactions insert the same pair's pending request at once: the index lets exactly one
// in, and the other gets AlreadyExists (PostgreSQL: it waits for the first to commit).
TEST_P(RelationshipsConformanceTest, ConcurrentDuplicatePendingRequestsLetExactlyOneIn) {
  for (int round = 0; round < 3; ++round) {
    domain::Person mentee = EnrolledMentee();
    std::atomic<int> ready{0};
    auto insert = [&] {
      ++ready;
      while (ready < 2) std::this_thread::yield();
      return Write([&](app::Tx& tx) -> Status {
        RETURN_IF_ERROR(tx.InsertRequest(test::AMentorRequest(program_, mentee.id, mentor_.id)));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return Status::Ok();
      });
    };
    Status s1, s2;
    std::thread t1([&] { s1 = insert(); });
    std::thread t2([&] { s2 = insert(); });
    t1.join();
    t2.join();
    EXPECT_EQ(s1.ok() + s2.ok(), 1) << s1.ToString() << " / " << s2.ToString();
    for (const Status& s : {s1, s2})
      if (!s.ok()) EXPECT_CODE(s, StatusCode::kAlreadyExists);
    auto mine = Read<std::vector<domain::MentorRequest>>(
        [&](app::Tx& tx) { return tx.ListRequestsOfMentee(org_.id, program_.id, mentee.id); });
    ASSERT_OK(mine);
    EXPECT_EQ(mine->size(), 1u);
  }
}

// Notifications.

TEST_P(RelationshipsConformanceTest, NotificationsArePerPersonNewestFirstAndLimited) {
  domain::Notification global = test::ANotification(mentee_.id).Content(domain::EnrollmentEnded(NewId(), "Welcome"));
  domain::Notification newer =
      test::ANotification(mentee_.id).OrganisationId(org_.id).CreatedAt(test::kT0 + 2);
  domain::Notification middle =
      test::ANotification(mentee_.id).CreatedAt(test::kT0 + 1).ReadAt(test::kT0 + 5);
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertNotification(global));
    RETURN_IF_ERROR(tx.InsertNotification(newer));
    RETURN_IF_ERROR(tx.InsertNotification(middle));
    return tx.InsertNotification(test::ANotification(mentor_.id));
  }));
  std::vector<domain::Notification> list = Notifications(mentee_.id);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(Fields(list[0]), Fields(newer));
  EXPECT_EQ(Fields(list[1]), Fields(middle));
  EXPECT_EQ(Fields(list[2]), Fields(global));
  EXPECT_EQ(Notifications(mentee_.id, 2).size(), 2u);
  EXPECT_EQ(Notifications(mentee_.id, 0).size(), 3u);  // 0: every row
  EXPECT_EQ(Notifications(mentor_.id).size(), 1u);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertNotification(global); }),
              StatusCode::kAlreadyExists);
  EXPECT_CODE(
      Write([&](app::Tx& tx) { return tx.InsertNotification(test::ANotification(NewId())); }),
      StatusCode::kNotFound);
}

TEST_P(RelationshipsConformanceTest, MarkNotificationReadOnlyForItsPersonKeepingTheFirstTime) {
  domain::Notification n = test::ANotification(mentee_.id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertNotification(n); }));
  EXPECT_CODE(
      Write([&](app::Tx& tx) { return tx.MarkNotificationRead(mentor_.id, n.id, test::kT0 + 1); }),
      StatusCode::kNotFound);
  EXPECT_EQ(Notifications(mentee_.id)[0].read_at, 0);
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.MarkNotificationRead(mentee_.id, NewId(), test::kT0 + 1);
              }),
              StatusCode::kNotFound);

  ASSERT_OK(
      Write([&](app::Tx& tx) { return tx.MarkNotificationRead(mentee_.id, n.id, test::kT0 + 2); }));
  ASSERT_OK(
      Write([&](app::Tx& tx) { return tx.MarkNotificationRead(mentee_.id, n.id, test::kT0 + 3); }));
  EXPECT_EQ(Notifications(mentee_.id)[0].read_at, test::kT0 + 2);
}

TEST_P(RelationshipsConformanceTest, GetNotificationByIdWhoeverItIsFor) {
  domain::Notification global = test::ANotification(mentee_.id);  // of no organisation
  domain::Notification in_org =
      test::ANotification(mentor_.id).OrganisationId(org_.id).ReadAt(test::kT0 + 4);
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertNotification(global));
    return tx.InsertNotification(in_org);
  }));
  for (const domain::Notification& n : {global, in_org}) {
    auto got = Read<domain::Notification>([&](app::Tx& tx) { return tx.GetNotification(n.id); });
    ASSERT_OK(got.status());
    EXPECT_EQ(Fields(*got), Fields(n));
  }
  EXPECT_CODE(
      Read<domain::Notification>([&](app::Tx& tx) { return tx.GetNotification(NewId()); })
          .status(),
      StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, RelationshipsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
