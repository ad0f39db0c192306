// Conformance: what matching reads for a program: its active participants with their profiles,
// and the match-data version, which the database moves on every change the prepared match data
// depends on and on nothing of other programs.
#include <algorithm>
#include <functional>
#include <map>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;

class MatchDataConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    coordinator_ = AddPerson(test::APerson().Name("Cora Coordinator"));
  }
  std::vector<app::Participant> Participants(const std::string& org, const std::string& program,
                                             ProgramRole role) {
    auto list = Read<std::vector<app::Participant>>(
        [&](app::Tx& tx) { return tx.ListParticipants(org, program, role); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<app::Participant>{};
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
  domain::Person coordinator_;
};

TEST_P(MatchDataConformanceTest, ParticipantsAreActiveEnrollmentsOfTheRoleByNameWithProfiles) {
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

TEST_P(MatchDataConformanceTest, ParticipantsStitchEveryProfileToItsPerson) {
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

INSTANTIATE_TEST_SUITE_P(Backends, MatchDataConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

class MatchVersionConformanceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    org_ = AddOrganisation();
    program_ = AddProgram(test::AProgram(org_.id).Name("Career Pathways"));
    other_ = AddProgram(test::AProgram(org_.id).Name("Other Program"));
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    outsider_ = AddPerson(test::APerson().Name("Olga Outsider"));
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    mentor_place_ = AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
    AddEnrollment(test::AnEnrollment(other_, outsider_.id));
  }
  std::int64_t Version(const std::string& program_id) {
    auto v = Read<std::int64_t>([&](app::Tx& tx) { return tx.GetMatchDataVersion(program_id); });
    EXPECT_OK(v);
    return v.ok() ? *v : -1;
  }
  // Runs `change` and expects this program's version to move and the other's not to.
  void ExpectMoves(const char* what, const std::function<Status(app::Tx&)>& change) {
    const std::int64_t before = Version(program_.id), other_before = Version(other_.id);
    EXPECT_OK(Write(change)) << what;
    EXPECT_GT(Version(program_.id), before) << what;
    EXPECT_EQ(Version(other_.id), other_before) << what << " moved another program's version";
  }

  domain::Organisation org_;
  domain::Program program_, other_;
  domain::Person mentee_, mentor_, outsider_;
  domain::Enrollment mentor_place_;
};

TEST_P(MatchVersionConformanceTest, EveryProgramHasAVersionFromItsCreation) {
  if (SetUpFailedOrSkipped()) return;
  EXPECT_GT(Version(program_.id), 0);
  EXPECT_GT(Version(other_.id), 0);
  EXPECT_EQ(Version("no-such-program"), 0);
}

TEST_P(MatchVersionConformanceTest, MovesOnEveryChangeTheMatchDataDependsOn) {
  if (SetUpFailedOrSkipped()) return;
  ExpectMoves("profile of a participant", [&](app::Tx& tx) {
    return tx.PutProfile(test::AProfile(mentor_.id).Headline("Data engineer"));
  });
  ExpectMoves("profile edited again", [&](app::Tx& tx) {
    return tx.PutProfile(test::AProfile(mentor_.id).Headline("Data scientist"));
  });
  ExpectMoves("name of a participant", [&](app::Tx& tx) {
    domain::Person p = mentor_;
    p.name = "Maxine Mentor";
    return tx.UpdatePerson(p);
  });
  ExpectMoves("membership of a participant", [&](app::Tx& tx) {
    return tx.SetRoles(org_.id, mentee_.id, domain::RoleSet{domain::Role::kMentee});
  });
  ExpectMoves("enrollment flags", [&](app::Tx& tx) {
    domain::Enrollment e = mentor_place_;
    e.screening_cleared = true;
    return tx.UpdateEnrollment(e);
  });
  const domain::Person newcomer = AddPerson(test::APerson().Name("Nia Newcomer"));
  ExpectMoves("new enrollment", [&](app::Tx& tx) {
    return tx.InsertEnrollment(test::AnEnrollment(program_, newcomer.id).Role(ProgramRole::kMentor));
  });
  ExpectMoves("settings", [&](app::Tx& tx) {
    return tx.PutMatchingSettings(test::SomeMatchingSettings(program_));
  });
  ExpectMoves("exclusion", [&](app::Tx& tx) {
    return tx.InsertExclusion(test::AnExclusion(program_, mentee_.id, mentor_.id));
  });
  ExpectMoves("relationship", [&](app::Tx& tx) {
    return tx.InsertRelationship(test::ARelationship(program_, mentee_.id, mentor_.id));
  });
  ExpectMoves("program", [&](app::Tx& tx) {
    domain::Program p = program_;
    p.default_mentor_capacity = 3;
    return tx.UpdateProgram(p);
  });
}

TEST_P(MatchVersionConformanceTest, DoesNotMoveForPeopleOutsideTheProgram) {
  if (SetUpFailedOrSkipped()) return;
  const std::int64_t before = Version(program_.id);
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.PutProfile(test::AProfile(outsider_.id).Headline("Somewhere else"));
  }));
  EXPECT_EQ(Version(program_.id), before);
  EXPECT_GT(Version(other_.id), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchVersionConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
