// Conformance: matching settings, exclusions, participants and match rounds with their output.
// Relationships, requests and notifications are in relationships_conformance_test.cc.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;

class MatchingConformanceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    org_ = AddOrganisation(test::AnOrganisation().Name("Lincoln High"));
    other_org_ = AddOrganisation(test::AnOrganisation().Name("Northwind"));
    program_ = AddProgram(test::AProgram(org_.id).Name("Career Pathways"));
    coordinator_ = AddPerson(test::APerson().Name("Cora Coordinator"));
  }

  std::optional<domain::MatchingSettings> FindSettings(const std::string& org,
                                                       const std::string& program) {
    auto found = Read<std::optional<domain::MatchingSettings>>(
        [&](app::Tx& tx) { return tx.FindMatchingSettings(org, program); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  }
  std::vector<domain::Exclusion> Exclusions(const std::string& org, const std::string& program) {
    auto list = Read<std::vector<domain::Exclusion>>(
        [&](app::Tx& tx) { return tx.ListExclusions(org, program); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<domain::Exclusion>{};
  }
  std::vector<app::Participant> Participants(const std::string& org, const std::string& program,
                                             ProgramRole role) {
    auto list = Read<std::vector<app::Participant>>(
        [&](app::Tx& tx) { return tx.ListParticipants(org, program, role); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<app::Participant>{};
  }
  std::vector<domain::Proposal> Proposals(const std::string& org, const std::string& round) {
    auto list = Read<std::vector<domain::Proposal>>(
        [&](app::Tx& tx) { return tx.ListProposals(org, round); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<domain::Proposal>{};
  }
  std::vector<domain::Unmatched> Unmatched(const std::string& org, const std::string& round) {
    auto list = Read<std::vector<domain::Unmatched>>(
        [&](app::Tx& tx) { return tx.ListUnmatched(org, round); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<domain::Unmatched>{};
  }
  domain::MatchRound AddRound(domain::MatchRound r) {
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRound(r); }));
    return r;
  }
  // A person enrolled in program_ (active mentee unless told otherwise).
  domain::Person Enrolled(domain::Person p, ProgramRole role = ProgramRole::kMentee,
                          EnrollmentStatus status = EnrollmentStatus::kActive) {
    AddPerson(p);
    AddEnrollment(test::AnEnrollment(program_, p.id).Role(role).Status(status));
    return p;
  }
  static std::vector<std::string> Names(const std::vector<app::Participant>& list) {
    return Keys(list, [](const app::Participant& p) { return p.name; });
  }

  domain::Organisation org_, other_org_;
  domain::Program program_;
  domain::Person coordinator_;
};

// Matching settings.

TEST_P(MatchingConformanceTest, SettingsRoundTripAndPutReplacesThem) {
  EXPECT_EQ(FindSettings(org_.id, program_.id), std::nullopt);
  domain::MatchingSettings s = test::SomeMatchingSettings(program_);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutMatchingSettings(s); }));
  auto found = FindSettings(org_.id, program_.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(s));

  domain::MatchingSettings plain = test::SomeMatchingSettings(program_)
                                       .Priorities({})
                                       .MaxMentorsPerMentee(1)
                                       .RequireAcceptance()
                                       .RequestExpiryDays(7)
                                       .PriorityField("")
                                       .PriorityValue("");
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutMatchingSettings(plain); }));
  found = FindSettings(org_.id, program_.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(plain));
}

TEST_P(MatchingConformanceTest, SettingsArePerProgramAndOrganisation) {
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  ASSERT_OK(Write(
      [&](app::Tx& tx) { return tx.PutMatchingSettings(test::SomeMatchingSettings(program_)); }));
  EXPECT_EQ(FindSettings(org_.id, sibling.id), std::nullopt);
  EXPECT_EQ(FindSettings(other_org_.id, program_.id), std::nullopt);

  domain::MatchingSettings foreign = test::SomeMatchingSettings(program_);
  foreign.organisation_id = other_org_.id;  // program_ is not other_org_'s
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.PutMatchingSettings(foreign); }),
              StatusCode::kNotFound);
}

// Exclusions.

TEST_P(MatchingConformanceTest, ExclusionsRoundTripInCreationOrderPerProgram) {
  domain::Person a = AddPerson(), b = AddPerson(), c = AddPerson();
  domain::Exclusion late = test::AnExclusion(program_, a.id, b.id).CreatedAt(test::kT0 + 2);
  domain::Exclusion early =
      test::AnExclusion(program_, c.id, b.id).Reason("Same family").CreatedAt(test::kT0 + 1);
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertExclusion(late));
    RETURN_IF_ERROR(tx.InsertExclusion(early));
    return tx.InsertExclusion(test::AnExclusion(sibling, a.id, c.id));
  }));
  std::vector<domain::Exclusion> list = Exclusions(org_.id, program_.id);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(Fields(list[0]), Fields(early));
  EXPECT_EQ(Fields(list[1]), Fields(late));
  EXPECT_TRUE(Exclusions(other_org_.id, program_.id).empty());
}

TEST_P(MatchingConformanceTest, ExclusionIsUniquePerPairAndDeletedByPair) {
  domain::Person mentee = AddPerson(), mentor = AddPerson();
  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.InsertExclusion(test::AnExclusion(program_, mentee.id, mentor.id));
  }));
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertExclusion(
                    test::AnExclusion(program_, mentee.id, mentor.id).Reason("again"));
              }),
              StatusCode::kAlreadyExists);
  // The reverse direction is another pair.
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.InsertExclusion(test::AnExclusion(program_, mentor.id, mentee.id));
  }));

  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.DeleteExclusion(other_org_.id, program_.id, mentee.id, mentor.id);
              }),
              StatusCode::kNotFound);
  EXPECT_OK(Write(
      [&](app::Tx& tx) { return tx.DeleteExclusion(org_.id, program_.id, mentee.id, mentor.id); }));
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.DeleteExclusion(org_.id, program_.id, mentee.id, mentor.id);
              }),
              StatusCode::kNotFound);
  ASSERT_EQ(Exclusions(org_.id, program_.id).size(), 1u);
  EXPECT_EQ(Exclusions(org_.id, program_.id)[0].mentee_id, mentor.id);
}

TEST_P(MatchingConformanceTest, ExclusionMustReferToExistingProgramAndPeople) {
  domain::Person p = AddPerson();
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertExclusion(test::AnExclusion(program_, p.id, NewId()));
              }),
              StatusCode::kNotFound);
  domain::Exclusion foreign = test::AnExclusion(program_, p.id, AddPerson().id);
  foreign.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertExclusion(foreign); }),
              StatusCode::kNotFound);
}

// Participants.

TEST_P(MatchingConformanceTest, ParticipantsAreActiveEnrollmentsOfTheRoleByNameWithProfiles) {
  domain::Person zoe = Enrolled(test::APerson().Name("Zoe"));
  domain::Person amy = Enrolled(test::APerson().Name("amy"));
  domain::Person dee1 = Enrolled(test::APerson().Name("Dee"));
  domain::Person dee2 = Enrolled(test::APerson().Name("Dee"));
  Enrolled(test::APerson().Name("Pending Pat"), ProgramRole::kMentee, EnrollmentStatus::kPending);
  Enrolled(test::APerson().Name("Withdrawn Will"), ProgramRole::kMentee,
           EnrollmentStatus::kWithdrawn);
  domain::Person mentor = Enrolled(test::APerson().Name("Maya Mentor"), ProgramRole::kMentor);
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  AddEnrollment(test::AnEnrollment(sibling, AddPerson(test::APerson().Name("Al")).id));

  domain::Profile zoe_profile =
      test::AProfile(zoe.id)
          .Interests({"Music", "Arts", "Law"})
          .Goals({{"Second", {"b", "a"}}, {"First", {}}, {"Third", {"z"}}});
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutProfile(zoe_profile); }));
  domain::Profile mentor_profile = test::AProfile(mentor.id).Headline("Mentor");
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutProfile(mentor_profile); }));
  AddMember(other_org_.id, zoe.id, {});
  AddMember(org_.id, zoe.id, {domain::Role::kMentee});

  std::vector<app::Participant> mentees = Participants(org_.id, program_.id, ProgramRole::kMentee);
  ASSERT_EQ(Names(mentees), (std::vector<std::string>{"amy", "Dee", "Dee", "Zoe"}));
  EXPECT_EQ(mentees[1].enrollment.person_id, std::min(dee1.id, dee2.id)) << "ties by person id";
  const app::Participant& z = mentees[3];
  EXPECT_EQ(z.email, zoe.email);
  EXPECT_EQ(z.enrollment.program_id, program_.id);
  EXPECT_EQ(z.enrollment.role, ProgramRole::kMentee);
  EXPECT_EQ(z.profile, zoe_profile);
  std::vector<std::string> zoe_orgs = {org_.id, other_org_.id};
  std::sort(zoe_orgs.begin(), zoe_orgs.end());
  EXPECT_EQ(z.organisation_ids, zoe_orgs);

  const app::Participant& a = mentees[0];
  domain::Profile never_saved;
  never_saved.person_id = amy.id;
  EXPECT_EQ(a.profile, never_saved) << "defaults with person_id set";
  EXPECT_TRUE(a.organisation_ids.empty());

  std::vector<app::Participant> mentors = Participants(org_.id, program_.id, ProgramRole::kMentor);
  ASSERT_EQ(Names(mentors), (std::vector<std::string>{"Maya Mentor"}));
  EXPECT_EQ(mentors[0].profile, mentor_profile);
  EXPECT_TRUE(Participants(other_org_.id, program_.id, ProgramRole::kMentee).empty());
  EXPECT_TRUE(Participants(org_.id, NewId(), ProgramRole::kMentee).empty());
}

TEST_P(MatchingConformanceTest, ParticipantsStitchEveryProfileToItsPerson) {
  // Many people with distinct lists, including someone enrolled in both roles: a bulk
  // loader that mixed rows up between people would fail here.
  constexpr int kPeople = 150;
  std::map<std::string, domain::Profile> expected;
  std::string both_roles;
  ASSERT_OK(Write([&](app::Tx& tx) {
    for (int i = 0; i < kPeople; ++i) {
      domain::Person p = test::APerson().Name("Participant " + std::to_string(1000 + i));
      RETURN_IF_ERROR(tx.InsertPerson(p));
      RETURN_IF_ERROR(tx.InsertEnrollment(test::AnEnrollment(program_, p.id)));
      if (i == 7) {
        both_roles = p.id;
        RETURN_IF_ERROR(
            tx.InsertEnrollment(test::AnEnrollment(program_, p.id).Role(ProgramRole::kMentor)));
      }
      if (i % 10 == 3) continue;  // no profile
      std::string n = std::to_string(i);
      domain::Profile profile = test::AProfile(p.id)
                                    .Headline("Headline " + n)
                                    .Interests(std::vector<std::string>(i % 4, "Interest " + n))
                                    .SkillsTeach({{"Skill " + n, 1 + i % 5}})
                                    .Goals({{"Goal " + n, {"t" + n, "u" + n}}, {"Other " + n, {}}})
                                    .Languages(i % 2 ? std::vector<std::string>{"en", "es"}
                                                     : std::vector<std::string>{"fr"});
      if (i % 3 == 0) profile = test::AProfile(p.id).Empty().Headline("Bare " + n);
      RETURN_IF_ERROR(tx.PutProfile(profile));
      expected[p.id] = profile;
    }
    return Status::Ok();
  }));

  std::vector<app::Participant> mentees = Participants(org_.id, program_.id, ProgramRole::kMentee);
  ASSERT_EQ(mentees.size(), static_cast<size_t>(kPeople));
  for (size_t i = 0; i < mentees.size(); ++i) {
    const app::Participant& p = mentees[i];
    EXPECT_EQ(p.name, "Participant " + std::to_string(1000 + i));
    auto want = expected.find(p.enrollment.person_id);
    domain::Profile none;
    none.person_id = p.enrollment.person_id;
    EXPECT_EQ(p.profile, want == expected.end() ? none : want->second) << p.name;
  }
  std::vector<app::Participant> mentors = Participants(org_.id, program_.id, ProgramRole::kMentor);
  ASSERT_EQ(mentors.size(), 1u);
  EXPECT_EQ(mentors[0].enrollment.person_id, both_roles);
  EXPECT_EQ(mentors[0].profile, expected[both_roles]);
}

// Match rounds.

TEST_P(MatchingConformanceTest, RoundRoundTripsEveryField) {
  domain::Person a = AddPerson(), b = AddPerson();
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id)
                                      .Objective(domain::Objective::kCoverage)
                                      .Status(domain::RoundStatus::kPublished)
                                      .MenteeScope({a.id, b.id})
                                      .MentorScope({b.id})
                                      .CandidatesPerMentee(7)
                                      .CreatedAt(test::kT0 + 5)
                                      .PublishedAt(test::kT0 + 9)
                                      .Totals(1234, 40, 3, 17));
  domain::MatchRound draft = AddRound(test::AMatchRound(program_, coordinator_.id));
  EXPECT_EQ(draft.candidates_per_mentee, 100);  // the default K
  for (const domain::MatchRound& want : {r, draft}) {
    auto got = Read<domain::MatchRound>([&](app::Tx& tx) { return tx.GetRound(org_.id, want.id); });
    ASSERT_OK(got);
    EXPECT_EQ(Fields(*got), Fields(want));
  }
  auto foreign =
      Read<domain::MatchRound>([&](app::Tx& tx) { return tx.GetRound(other_org_.id, r.id); });
  EXPECT_CODE(foreign, StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertRound(test::AMatchRound(program_, coordinator_.id).Id(r.id));
              }),
              StatusCode::kAlreadyExists);
  domain::MatchRound wrong_org = test::AMatchRound(program_, coordinator_.id);
  wrong_org.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertRound(wrong_org); }), StatusCode::kNotFound);
}

TEST_P(MatchingConformanceTest, UpdateRoundChangesStatusTotalsAndPublishedAtOnly) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::MatchRound changed = r;
  changed.status = domain::RoundStatus::kPublished;
  changed.published_at = test::kT0 + kHour;
  changed.total_score = 900;
  changed.matched = 30;
  changed.unmatched = 2;
  changed.priority_cost = 12;
  changed.objective = domain::Objective::kCoverage;  // not updatable
  changed.mentee_scope = {coordinator_.id};          // not updatable
  changed.candidates_per_mentee = 3;                 // not updatable: re-runs reuse it
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateRound(changed); }));
  domain::MatchRound expected = changed;
  expected.objective = r.objective;
  expected.mentee_scope = r.mentee_scope;
  expected.candidates_per_mentee = r.candidates_per_mentee;
  auto got = Read<domain::MatchRound>([&](app::Tx& tx) { return tx.GetRound(org_.id, r.id); });
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(expected));

  domain::MatchRound missing = test::AMatchRound(program_, coordinator_.id);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateRound(missing); }), StatusCode::kNotFound);
  changed.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateRound(changed); }), StatusCode::kNotFound);
}

TEST_P(MatchingConformanceTest, LockRoundNeedsTheRoundInTheOrganisation) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.LockRound(org_.id, r.id); }));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.LockRound(other_org_.id, r.id); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.LockRound(org_.id, NewId()); }),
              StatusCode::kNotFound);
}

// Two publishes of one round: the second starts while the first holds the round's lock and
// has read it as a draft. Without a working lock (on PostgreSQL) both would read a draft and
// both would publish.
TEST_P(MatchingConformanceTest, LockRoundMakesALaterPublisherSeeTheEarlierPublish) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  auto publish = [&](const std::function<void()>& after_read) {
    return Write([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockRound(org_.id, r.id));
      ASSIGN_OR_RETURN(domain::MatchRound round, tx.GetRound(org_.id, r.id));
      after_read();
      if (round.status != domain::RoundStatus::kDraft)
        return FailedPrecondition("already published");
      round.status = domain::RoundStatus::kPublished;
      round.published_at = test::kT0 + kHour;
      return tx.UpdateRound(round);
    });
  };
  std::atomic<bool> read{false};
  Status first, second;
  std::thread a([&] {
    first = publish([&] {
      read = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
  });
  std::thread b([&] {
    while (!read) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    second = publish([] {});
  });
  a.join();
  b.join();
  EXPECT_OK(first);
  EXPECT_CODE(second, StatusCode::kFailedPrecondition);
}

TEST_P(MatchingConformanceTest, RoundsAreListedNewestFirstPerProgram) {
  domain::MatchRound old = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::MatchRound newest =
      AddRound(test::AMatchRound(program_, coordinator_.id).CreatedAt(test::kT0 + 2 * kDay));
  domain::MatchRound middle =
      AddRound(test::AMatchRound(program_, coordinator_.id).CreatedAt(test::kT0 + kDay));
  AddRound(test::AMatchRound(AddProgram(test::AProgram(org_.id)), coordinator_.id));
  auto list = Read<std::vector<domain::MatchRound>>(
      [&](app::Tx& tx) { return tx.ListRounds(org_.id, program_.id); });
  ASSERT_OK(list);
  EXPECT_EQ(Keys(*list, [](const domain::MatchRound& r) { return r.id; }),
            (std::vector<std::string>{newest.id, middle.id, old.id}));
  auto foreign = Read<std::vector<domain::MatchRound>>(
      [&](app::Tx& tx) { return tx.ListRounds(other_org_.id, program_.id); });
  EXPECT_TRUE(foreign->empty());
}

TEST_P(MatchingConformanceTest, ReplaceProposalsReplacesTheRoundsRowsInKeyOrder) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::MatchRound other = AddRound(test::AMatchRound(program_, coordinator_.id));
  std::vector<domain::Proposal> first = {test::AProposal(r, "m2", "x1"),
                                         test::AProposal(r, "m1", "x2").Locked().Score(-3).ShownScore(-4),
                                         test::AProposal(r, "m1", "x1").Reasons({}),
                                         test::AProposal(r, "m3", "x1").Reasons({{"experience_gap", 0, {}}})};
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.ReplaceProposals(org_.id, other.id, {test::AProposal(other, "m9", "x9")}));
    return tx.ReplaceProposals(org_.id, r.id, first);
  }));
  std::vector<domain::Proposal> got = Proposals(org_.id, r.id);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(Fields(got[0]), Fields(first[2]));
  EXPECT_EQ(Fields(got[1]), Fields(first[1]));
  EXPECT_EQ(Fields(got[2]), Fields(first[0]));
  EXPECT_EQ(Fields(got[3]), Fields(first[3]));

  std::vector<domain::Proposal> second = {test::AProposal(r, "m3", "x3")};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceProposals(org_.id, r.id, second); }));
  got = Proposals(org_.id, r.id);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(Fields(got[0]), Fields(second[0]));
  EXPECT_EQ(Proposals(org_.id, other.id).size(), 1u) << "other rounds are untouched";
  EXPECT_TRUE(Proposals(other_org_.id, r.id).empty());

  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceProposals(org_.id, r.id, {}); }));
  EXPECT_TRUE(Proposals(org_.id, r.id).empty());
}

TEST_P(MatchingConformanceTest, ReplaceProposalsNeedsTheRoundAndDistinctPairs) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.ReplaceProposals(other_org_.id, r.id, {}); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.ReplaceProposals(org_.id, NewId(), {test::AProposal(r, "m", "x")});
              }),
              StatusCode::kNotFound);
  Status dup = Write([&](app::Tx& tx) {
    return tx.ReplaceProposals(org_.id, r.id,
                               {test::AProposal(r, "m", "x"), test::AProposal(r, "m", "x")});
  });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists) << dup.ToString();
  EXPECT_NE(dup.message().find("round"), std::string::npos) << dup.message();
}

TEST_P(MatchingConformanceTest, ReplaceProposalsStoresTenThousandRows) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  std::vector<domain::Proposal> many;
  for (int i = 0; i < 10'000; ++i) {
    char mentee[16], mentor[16];
    std::snprintf(mentee, sizeof mentee, "mentee%05d", i);
    std::snprintf(mentor, sizeof mentor, "mentor%04d", i % 1000);
    many.push_back(test::AProposal(r, mentee, mentor).Score(i).Locked(i % 7 == 0));
  }
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceProposals(org_.id, r.id, many); }));
  std::vector<domain::Proposal> got = Proposals(org_.id, r.id);
  ASSERT_EQ(got.size(), many.size());
  for (size_t i = 0; i < many.size(); ++i) ASSERT_EQ(Fields(got[i]), Fields(many[i])) << i;
}

TEST_P(MatchingConformanceTest, ReplaceUnmatchedReplacesTheRoundsRowsByMentee) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  std::vector<domain::Unmatched> first = {
      test::AnUnmatched(r, "m2"),
      test::AnUnmatched(r, "m1").ReasonId("removed_by_coordinator").Params({})};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.ReplaceUnmatched(org_.id, r.id, first); }));
  std::vector<domain::Unmatched> got = Unmatched(org_.id, r.id);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(Fields(got[0]), Fields(first[1]));
  EXPECT_EQ(Fields(got[1]), Fields(first[0]));
  EXPECT_TRUE(Unmatched(other_org_.id, r.id).empty());

  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.ReplaceUnmatched(org_.id, r.id, {test::AnUnmatched(r, "m3")});
  }));
  EXPECT_EQ(Keys(Unmatched(org_.id, r.id), [](const domain::Unmatched& u) { return u.mentee_id; }),
            (std::vector<std::string>{"m3"}));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.ReplaceUnmatched(other_org_.id, r.id, {}); }),
              StatusCode::kNotFound);
}

TEST_P(MatchingConformanceTest, ReplacedRowsTakeTheRoundFromTheArguments) {
  domain::MatchRound r = AddRound(test::AMatchRound(program_, coordinator_.id));
  domain::Proposal stray = test::AProposal(r, "m", "x");
  stray.round_id = "something else";
  stray.organisation_id = other_org_.id;
  domain::Unmatched lost = test::AnUnmatched(r, "n");
  lost.round_id.clear();
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.ReplaceProposals(org_.id, r.id, {stray}));
    return tx.ReplaceUnmatched(org_.id, r.id, {lost});
  }));
  ASSERT_EQ(Proposals(org_.id, r.id).size(), 1u);
  EXPECT_EQ(Proposals(org_.id, r.id)[0].round_id, r.id);
  EXPECT_EQ(Proposals(org_.id, r.id)[0].organisation_id, org_.id);
  EXPECT_EQ(Unmatched(org_.id, r.id)[0].round_id, r.id);
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchingConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
