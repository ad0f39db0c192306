// Conformance: enrollments and enrollment views.
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;

class EnrollmentsConformanceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    org_ = AddOrganisation(test::AnOrganisation().Name("Lincoln High"));
    other_org_ = AddOrganisation(test::AnOrganisation().Name("Northwind"));
    program_ = AddProgram(test::AProgram(org_.id).Name("Career Pathways"));
  }
  Result<domain::Enrollment> Get(const std::string& org, const std::string& id) {
    return Read<domain::Enrollment>([&](app::Tx& tx) { return tx.GetEnrollment(org, id); });
  }
  std::vector<domain::EnrollmentView> List(const std::string& org, const std::string& program,
                                           app::EnrollmentFilter filter = {}) {
    auto views = Read<std::vector<domain::EnrollmentView>>(
        [&](app::Tx& tx) { return tx.ListEnrollmentViews(org, program, filter); });
    EXPECT_OK(views);
    return views.ok() ? *views : std::vector<domain::EnrollmentView>{};
  }
  static std::vector<std::string> PersonNames(const std::vector<domain::EnrollmentView>& views) {
    return Keys(views, [](const domain::EnrollmentView& v) { return v.person_name; });
  }

  domain::Organisation org_, other_org_;
  domain::Program program_;
};

TEST_P(EnrollmentsConformanceTest, EnrollmentRoundTripsEveryField) {
  domain::Enrollment e = AddEnrollment(test::AnEnrollment(program_, AddPerson().id)
                                           .Role(ProgramRole::kMentor)
                                           .Status(EnrollmentStatus::kPending)
                                           .Source(domain::EnrollmentSource::kInvitation)
                                           .Message("Happy to help — «really»")
                                           .ScreeningCleared()
                                           .TrainingComplete()
                                           .MinorMarked()
                                           .Grade("10")
                                           .Group("Año B — «evening»")
                                           .CreatedAt(test::kT0 + 42));
  auto got = Get(org_.id, e.id);
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(e));
}

// Grade and group (migration 0020) are written by update, read by every enrollment reader
// (enrollments, views, match data) and cleared with "".
TEST_P(EnrollmentsConformanceTest, GradeAndGroupAreWrittenByUpdateAndReadEverywhere) {
  domain::Person ana = AddPerson(test::APerson().Name("Ana"));
  domain::Enrollment e =
      AddEnrollment(test::AnEnrollment(program_, ana.id).Status(EnrollmentStatus::kActive));
  EXPECT_EQ(Get(org_.id, e.id)->grade, "");
  EXPECT_EQ(Get(org_.id, e.id)->group, "");
  e.grade = "9";
  e.group = "Robotics club";
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateEnrollment(e); }));
  EXPECT_EQ(Fields(*Get(org_.id, e.id)), Fields(e));
  auto views = List(org_.id, program_.id);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(views[0].enrollment.grade, "9");
  EXPECT_EQ(views[0].enrollment.group, "Robotics club");
  auto participants = Read<std::vector<app::Participant>>(
      [&](app::Tx& tx) { return tx.ListParticipants(org_.id, program_.id, ProgramRole::kMentee); });
  ASSERT_OK(participants);
  ASSERT_EQ(participants->size(), 1u);
  EXPECT_EQ(participants->at(0).enrollment.grade, "9");
  EXPECT_EQ(participants->at(0).enrollment.group, "Robotics club");
  e.grade = "";
  e.group = "";
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateEnrollment(e); }));
  EXPECT_EQ(Fields(*Get(org_.id, e.id)), Fields(e));
}

// Safeguarding reads the coordinator's mark from every enrollment row and the person's own box
// through the views; a profile edit never touches the mark.
TEST_P(EnrollmentsConformanceTest, MinorMarkIsWrittenByUpdateAndShownBesideTheOwnBox) {
  domain::Program youth =
      AddProgram(test::AProgram(org_.id).Name("Youth").Audience(domain::Audience::kYouth));
  domain::Person kid = AddPerson(test::APerson().Name("Kid"));
  domain::Enrollment e = AddEnrollment(test::AnEnrollment(youth, kid.id)
                                           .Status(EnrollmentStatus::kActive));
  EXPECT_FALSE(Get(org_.id, e.id)->minor_marked);
  e.minor_marked = true;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateEnrollment(e); }));
  domain::Profile profile = test::AProfile(kid.id);
  profile.minor.is_minor = false;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutProfile(profile); }));
  EXPECT_TRUE(Get(org_.id, e.id)->minor_marked);
  auto views = List(org_.id, youth.id);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_TRUE(views[0].enrollment.minor_marked);
  EXPECT_FALSE(views[0].self_declared_minor);
  EXPECT_EQ(views[0].program_audience, domain::Audience::kYouth);
  profile.minor = {true, "Guardian", "guardian@example.org"};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutProfile(profile); }));
  auto view = Read<domain::EnrollmentView>(
      [&](app::Tx& tx) { return tx.GetEnrollmentView(org_.id, e.id); });
  ASSERT_OK(view);
  EXPECT_TRUE(view->self_declared_minor);
  auto participants = Read<std::vector<app::Participant>>(
      [&](app::Tx& tx) { return tx.ListParticipants(org_.id, youth.id, ProgramRole::kMentee); });
  ASSERT_OK(participants);
  ASSERT_EQ(participants->size(), 1u);
  EXPECT_TRUE(participants->at(0).enrollment.minor_marked);
  EXPECT_TRUE(participants->at(0).profile.minor.is_minor);
  // Someone without a profile reads as not self-declared.
  domain::Enrollment bare = AddEnrollment(test::AnEnrollment(youth, AddPerson().id));
  auto bare_view = Read<domain::EnrollmentView>(
      [&](app::Tx& tx) { return tx.GetEnrollmentView(org_.id, bare.id); });
  ASSERT_OK(bare_view);
  EXPECT_FALSE(bare_view->self_declared_minor);
  EXPECT_FALSE(bare_view->enrollment.minor_marked);
}

TEST_P(EnrollmentsConformanceTest, OnePersonOncePerRoleInAProgram) {
  domain::Person p = AddPerson();
  AddEnrollment(test::AnEnrollment(program_, p.id).Role(ProgramRole::kMentee));
  Status dup = Write([&](app::Tx& tx) {
    return tx.InsertEnrollment(test::AnEnrollment(program_, p.id).Role(ProgramRole::kMentee));
  });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("already enrolled"), std::string::npos) << dup.message();
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.InsertEnrollment(test::AnEnrollment(program_, p.id).Role(ProgramRole::kMentor));
  }));
}

TEST_P(EnrollmentsConformanceTest, DuplicateEnrollmentIdIsAlreadyExists) {
  domain::Enrollment e = AddEnrollment(test::AnEnrollment(program_, AddPerson().id));
  domain::Person other = AddPerson();
  Status dup = Write([&](app::Tx& tx) {
    return tx.InsertEnrollment(test::AnEnrollment(program_, other.id).Id(e.id));
  });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("id"), std::string::npos) << dup.message();
}

TEST_P(EnrollmentsConformanceTest, EnrollmentMustReferToAProgramOfItsOrganisation) {
  domain::Enrollment wrong_org = test::AnEnrollment(program_, AddPerson().id);
  wrong_org.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertEnrollment(wrong_org); }),
              StatusCode::kNotFound);
  domain::Enrollment unknown_person = test::AnEnrollment(program_, NewId());
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertEnrollment(unknown_person); }),
              StatusCode::kNotFound);
}

TEST_P(EnrollmentsConformanceTest, EnrollmentOfAnotherOrganisationIsNotFound) {
  domain::Enrollment e = AddEnrollment(test::AnEnrollment(program_, AddPerson().id));
  EXPECT_CODE(Get(other_org_.id, e.id), StatusCode::kNotFound);
  EXPECT_CODE(Get(org_.id, NewId()), StatusCode::kNotFound);
  auto view = Read<domain::EnrollmentView>(
      [&](app::Tx& tx) { return tx.GetEnrollmentView(other_org_.id, e.id); });
  EXPECT_CODE(view, StatusCode::kNotFound);
}

TEST_P(EnrollmentsConformanceTest, UpdateEnrollmentChangesStatusMessageAndFlagsOnly) {
  domain::Enrollment e = AddEnrollment(test::AnEnrollment(program_, AddPerson().id)
                                           .Role(ProgramRole::kMentor)
                                           .Status(EnrollmentStatus::kPending));
  domain::Enrollment changed = e;
  changed.status = EnrollmentStatus::kActive;
  changed.message = "Approved";
  changed.screening_cleared = true;
  changed.training_complete = true;
  changed.role = ProgramRole::kMentee;                     // not updatable
  changed.source = domain::EnrollmentSource::kInvitation;  // not updatable
  changed.created_at = e.created_at + 1;                   // not updatable
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateEnrollment(changed); }));
  domain::Enrollment expected = changed;
  expected.role = e.role;
  expected.source = e.source;
  expected.created_at = e.created_at;
  EXPECT_EQ(Fields(*Get(org_.id, e.id)), Fields(expected));

  domain::Enrollment foreign = changed;
  foreign.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateEnrollment(foreign); }),
              StatusCode::kNotFound);
}

TEST_P(EnrollmentsConformanceTest, FindEnrollmentByProgramPersonAndRole) {
  domain::Person p = AddPerson();
  domain::Enrollment e =
      AddEnrollment(test::AnEnrollment(program_, p.id).Role(ProgramRole::kMentor));
  auto find = [&](const std::string& org, ProgramRole role) {
    auto found = Read<std::optional<domain::Enrollment>>(
        [&](app::Tx& tx) { return tx.FindEnrollment(org, program_.id, p.id, role); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  };
  auto found = find(org_.id, ProgramRole::kMentor);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(e));
  EXPECT_FALSE(find(org_.id, ProgramRole::kMentee).has_value());
  EXPECT_FALSE(find(other_org_.id, ProgramRole::kMentor).has_value());
}

TEST_P(EnrollmentsConformanceTest, ViewJoinsProgramPersonAndHomeOrganisations) {
  domain::Person mentor = AddPerson(test::APerson().Name("Maya Mentor"));
  domain::Organisation alumni = AddOrganisation(test::AnOrganisation().Name("Alumni Club"));
  AddMember(other_org_.id, mentor.id, {domain::Role::kMentor});
  AddMember(alumni.id, mentor.id, {});
  domain::Enrollment e =
      AddEnrollment(test::AnEnrollment(program_, mentor.id).Role(ProgramRole::kMentor));
  domain::Person loner = AddPerson();
  domain::Enrollment lone = AddEnrollment(test::AnEnrollment(program_, loner.id));

  auto view = Read<domain::EnrollmentView>(
      [&](app::Tx& tx) { return tx.GetEnrollmentView(org_.id, e.id); });
  ASSERT_OK(view);
  EXPECT_EQ(Fields(view->enrollment), Fields(e));
  EXPECT_EQ(view->program_name, "Career Pathways");
  EXPECT_EQ(view->person_name, "Maya Mentor");
  EXPECT_EQ(view->person_email, mentor.email);
  // Outside the program's organisation: none of their organisations is named to its readers.
  EXPECT_EQ(view->home_organisation_names, "");
  AddMember(org_.id, mentor.id, {});
  view = Read<domain::EnrollmentView>(
      [&](app::Tx& tx) { return tx.GetEnrollmentView(org_.id, e.id); });
  ASSERT_OK(view);
  EXPECT_EQ(view->home_organisation_names, org_.name) << "only the program's organisation";

  auto lone_view = Read<domain::EnrollmentView>(
      [&](app::Tx& tx) { return tx.GetEnrollmentView(org_.id, lone.id); });
  ASSERT_OK(lone_view);
  EXPECT_EQ(lone_view->home_organisation_names, "");
}

TEST_P(EnrollmentsConformanceTest, ListViewsIsOrderedByPersonNameAndScopedToTheProgram) {
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  domain::Person zed = AddPerson(test::APerson().Name("zed"));
  domain::Person amy = AddPerson(test::APerson().Name("Amy"));
  domain::Person bo = AddPerson(test::APerson().Name("Bo"));
  AddEnrollment(test::AnEnrollment(program_, zed.id));
  AddEnrollment(test::AnEnrollment(program_, bo.id).Role(ProgramRole::kMentor));
  AddEnrollment(test::AnEnrollment(program_, amy.id));
  AddEnrollment(test::AnEnrollment(sibling, AddPerson(test::APerson().Name("Al")).id));
  AddMember(other_org_.id, bo.id, {});

  std::vector<domain::EnrollmentView> views = List(org_.id, program_.id);
  ASSERT_EQ(PersonNames(views), (std::vector<std::string>{"Amy", "Bo", "zed"}));
  EXPECT_EQ(views[1].enrollment.role, ProgramRole::kMentor);
  EXPECT_EQ(views[1].home_organisation_names, "") << "a member of another organisation only";
  EXPECT_EQ(views[1].program_name, "Career Pathways");
  EXPECT_TRUE(List(other_org_.id, program_.id).empty()) << "another organisation's program";
}

TEST_P(EnrollmentsConformanceTest, ListViewsFiltersByRoleStatusAndQuery) {
  auto enroll = [&](const char* name, const char* email, ProgramRole role,
                    EnrollmentStatus status) {
    domain::Person p = AddPerson(test::APerson().Name(name).Email(email));
    AddEnrollment(test::AnEnrollment(program_, p.id).Role(role).Status(status));
  };
  enroll("Ana Mentor", "ana@corp.test", ProgramRole::kMentor, EnrollmentStatus::kActive);
  enroll("Ben Mentor", "ben@corp.test", ProgramRole::kMentor, EnrollmentStatus::kPending);
  enroll("Cat Mentee", "cat@school.test", ProgramRole::kMentee, EnrollmentStatus::kPending);
  enroll("Dan Mentee", "dan@school.test", ProgramRole::kMentee, EnrollmentStatus::kDeclined);

  EXPECT_EQ(PersonNames(List(org_.id, program_.id, {.role = ProgramRole::kMentor})),
            (std::vector<std::string>{"Ana Mentor", "Ben Mentor"}));
  EXPECT_EQ(PersonNames(List(org_.id, program_.id, {.status = EnrollmentStatus::kPending})),
            (std::vector<std::string>{"Ben Mentor", "Cat Mentee"}));
  EXPECT_EQ(PersonNames(List(org_.id, program_.id,
                             {.role = ProgramRole::kMentee, .status = EnrollmentStatus::kPending})),
            (std::vector<std::string>{"Cat Mentee"}));
  EXPECT_EQ(PersonNames(List(org_.id, program_.id, {.query = "SCHOOL.test"})),
            (std::vector<std::string>{"Cat Mentee", "Dan Mentee"}));
  EXPECT_EQ(PersonNames(List(org_.id, program_.id, {.query = "ben"})),
            (std::vector<std::string>{"Ben Mentor"}));
  EXPECT_TRUE(List(org_.id, program_.id, {.status = EnrollmentStatus::kWithdrawn}).empty());
}

TEST_P(EnrollmentsConformanceTest, ViewsOfPersonSpanOrganisationsNewestFirst) {
  domain::Person p = AddPerson();
  domain::Program foreign = AddProgram(test::AProgram(other_org_.id).Name("Growth Circles"));
  domain::Program third = AddProgram(test::AProgram(org_.id).Name("Third"));
  domain::Enrollment oldest =
      AddEnrollment(test::AnEnrollment(program_, p.id).CreatedAt(test::kT0));
  domain::Enrollment newest =
      AddEnrollment(test::AnEnrollment(foreign, p.id).CreatedAt(test::kT0 + 2 * kDay));
  domain::Enrollment middle =
      AddEnrollment(test::AnEnrollment(third, p.id).CreatedAt(test::kT0 + kDay));
  AddEnrollment(test::AnEnrollment(program_, AddPerson().id));  // someone else

  auto views = Read<std::vector<domain::EnrollmentView>>(
      [&](app::Tx& tx) { return tx.ListEnrollmentViewsOfPerson(p.id); });
  ASSERT_OK(views);
  EXPECT_EQ(Keys(*views, [](const domain::EnrollmentView& v) { return v.enrollment.id; }),
            (std::vector<std::string>{newest.id, middle.id, oldest.id}));
  EXPECT_EQ((*views)[0].program_name, "Growth Circles");
  EXPECT_EQ((*views)[0].enrollment.organisation_id, other_org_.id);
}

INSTANTIATE_TEST_SUITE_P(Backends, EnrollmentsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
