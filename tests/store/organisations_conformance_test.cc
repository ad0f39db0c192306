// Conformance: organisations and their memberships (roles, locks, member lists).
#include <atomic>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::Role;

class OrganisationsConformanceTest : public StoreTest {
 protected:
  std::optional<domain::RoleSet> FindRoles(const std::string& org, const std::string& person) {
    auto roles = Read<std::optional<domain::RoleSet>>(
        [&](app::Tx& tx) { return tx.FindRoles(org, person); });
    EXPECT_OK(roles);
    return roles.ok() ? *roles : std::nullopt;
  }
  std::vector<domain::Member> ListMembers(const std::string& org, app::MemberFilter filter = {}) {
    auto members =
        Read<std::vector<domain::Member>>([&](app::Tx& tx) { return tx.ListMembers(org, filter); });
    EXPECT_OK(members);
    return members.ok() ? *members : std::vector<domain::Member>{};
  }
  static std::vector<std::string> Names(const std::vector<domain::Member>& members) {
    return Keys(members, [](const domain::Member& m) { return m.name; });
  }
};

TEST_P(OrganisationsConformanceTest, OrganisationRoundTripsEveryField) {
  domain::Organisation o = AddOrganisation(test::AnOrganisation()
                                               .Name("Lincoln High School")
                                               .Kind(domain::OrganisationKind::kSchool)
                                               .CreatedAt(test::kT0 + 7));
  auto got = Read<domain::Organisation>([&](app::Tx& tx) { return tx.GetOrganisation(o.id); });
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(o));
  auto missing =
      Read<domain::Organisation>([&](app::Tx& tx) { return tx.GetOrganisation(NewId()); });
  EXPECT_CODE(missing, StatusCode::kNotFound);
}

TEST_P(OrganisationsConformanceTest, DuplicateSlugIsAlreadyExistsNamingTheSlug) {
  domain::Organisation o = AddOrganisation();
  Status dup = Write(
      [&](app::Tx& tx) { return tx.InsertOrganisation(test::AnOrganisation().Slug(o.slug)); });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("slug"), std::string::npos) << dup.message();
}

TEST_P(OrganisationsConformanceTest, ListOrganisationsIsOrderedByNameIgnoringCase) {
  AddOrganisation(test::AnOrganisation().Name("beta"));
  AddOrganisation(test::AnOrganisation().Name("Gamma"));
  AddOrganisation(test::AnOrganisation().Name("Alpha"));
  auto orgs =
      Read<std::vector<domain::Organisation>>([](app::Tx& tx) { return tx.ListOrganisations(); });
  ASSERT_OK(orgs);
  EXPECT_EQ(Keys(*orgs, [](const domain::Organisation& o) { return o.name; }),
            (std::vector<std::string>{"Alpha", "beta", "Gamma"}));
}

TEST_P(OrganisationsConformanceTest, RolesOfNonMemberMemberWithoutRolesAndMember) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Person p = AddPerson();
  EXPECT_EQ(FindRoles(org.id, p.id), std::nullopt);

  AddMember(org.id, p.id, {});
  EXPECT_EQ(FindRoles(org.id, p.id), domain::RoleSet{});

  AddMember(org.id, p.id, {Role::kCoordinator, Role::kMentor});
  EXPECT_EQ(FindRoles(org.id, p.id), (domain::RoleSet{Role::kCoordinator, Role::kMentor}));

  AddMember(org.id, p.id, {Role::kOrgAdmin});  // replaces, not merges
  EXPECT_EQ(FindRoles(org.id, p.id), domain::RoleSet{Role::kOrgAdmin});
  EXPECT_EQ(FindRoles(other.id, p.id), std::nullopt) << "membership is per organisation";
}

TEST_P(OrganisationsConformanceTest, ConcurrentSetRolesOfOneMemberTakeTurns) {
  // Two administrators save the same member's roles at the same moment: the second waits for
  // the first and replaces its roles; neither fails with a duplicate role row.
  domain::Organisation org = AddOrganisation();
  domain::Person p = AddPerson();
  AddMember(org.id, p.id, {Role::kMentee});
  std::atomic<bool> set{false};
  Status first, second;
  std::thread a([&] {
    first = Write([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.SetRoles(org.id, p.id, {Role::kMentor}));
      set = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      return Status::Ok();
    });
  });
  std::thread b([&] {
    while (!set) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    second = Write([&](app::Tx& tx) {
      return tx.SetRoles(org.id, p.id, {Role::kMentor, Role::kCoordinator});
    });
  });
  a.join();
  b.join();
  ASSERT_OK(first);
  ASSERT_OK(second);
  EXPECT_EQ(FindRoles(org.id, p.id), (domain::RoleSet{Role::kCoordinator, Role::kMentor}));
}

TEST_P(OrganisationsConformanceTest, SetRolesForUnknownOrganisationOrPersonIsNotFound) {
  domain::Organisation org = AddOrganisation();
  domain::Person p = AddPerson();
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.SetRoles(NewId(), p.id, {Role::kMentee}); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.SetRoles(org.id, NewId(), {Role::kMentee}); }),
              StatusCode::kNotFound);
}

TEST_P(OrganisationsConformanceTest, DeleteMembershipRemovesTheMembershipAndItsRolesOnly) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Person p = AddPerson();
  domain::Person stays = AddPerson();
  AddMember(org.id, p.id, {Role::kMentor, Role::kCoordinator});
  AddMember(other.id, p.id, {Role::kMentee});
  AddMember(org.id, stays.id, {Role::kMentor});
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeleteMembership(org.id, p.id); }));
  EXPECT_EQ(FindRoles(org.id, p.id), std::nullopt);
  EXPECT_EQ(FindRoles(other.id, p.id), domain::RoleSet{Role::kMentee}) << "other organisations";
  EXPECT_EQ(FindRoles(org.id, stays.id), domain::RoleSet{Role::kMentor}) << "other members";
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.DeleteMembership(org.id, p.id); }),
              StatusCode::kNotFound);
  // Joining again starts with the roles given then, none left over.
  AddMember(org.id, p.id, {});
  EXPECT_EQ(FindRoles(org.id, p.id), domain::RoleSet{});
}

TEST_P(OrganisationsConformanceTest, LockOrganisationSerialisesMembershipChanges) {
  domain::Organisation org = AddOrganisation();
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.LockOrganisation(NewId()); }),
              StatusCode::kNotFound);
  // Two admins each remove the other after counting two admins: under the lock the second
  // counts again after the first committed, sees one, and refuses.
  domain::Person a = AddPerson(), b = AddPerson();
  AddMember(org.id, a.id, {Role::kOrgAdmin});
  AddMember(org.id, b.id, {Role::kOrgAdmin});
  auto remove_admin = [&](const std::string& who, std::atomic<bool>* locked, bool wait) {
    return Write([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockOrganisation(org.id));
      if (locked) *locked = true;
      if (wait) std::this_thread::sleep_for(std::chrono::milliseconds(300));
      app::MemberFilter admins;
      admins.role = Role::kOrgAdmin;
      ASSIGN_OR_RETURN(auto list, tx.ListMembers(org.id, admins));
      if (list.size() <= 1) return FailedPrecondition("last administrator");
      return tx.DeleteMembership(org.id, who);
    });
  };
  std::atomic<bool> first_locked{false};
  Status first, second;
  std::thread t1([&] { first = remove_admin(b.id, &first_locked, true); });
  std::thread t2([&] {
    while (!first_locked) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    second = remove_admin(a.id, nullptr, false);
  });
  t1.join();
  t2.join();
  ASSERT_OK(first);
  EXPECT_CODE(second, StatusCode::kFailedPrecondition);
  EXPECT_EQ(FindRoles(org.id, a.id), domain::RoleSet{Role::kOrgAdmin});
}

TEST_P(OrganisationsConformanceTest, MembershipsOfPersonAreOrderedByOrganisationName) {
  domain::Person p = AddPerson();
  domain::Organisation school = AddOrganisation(
      test::AnOrganisation().Name("Lincoln High").Kind(domain::OrganisationKind::kSchool));
  domain::Organisation company = AddOrganisation(
      test::AnOrganisation().Name("Acme Analytics").Kind(domain::OrganisationKind::kCompany));
  domain::Organisation unrelated = AddOrganisation();
  AddMember(school.id, p.id, {Role::kMentor, Role::kCoordinator});
  AddMember(company.id, p.id, {});
  AddMember(unrelated.id, AddPerson().id, {Role::kMentee});

  auto memberships = Read<std::vector<domain::Membership>>(
      [&](app::Tx& tx) { return tx.ListMembershipsOfPerson(p.id); });
  ASSERT_OK(memberships);
  ASSERT_EQ(memberships->size(), 2u);
  const domain::Membership& first = (*memberships)[0];
  EXPECT_EQ(first.organisation_id, company.id);
  EXPECT_EQ(first.organisation_name, "Acme Analytics");
  EXPECT_EQ(first.organisation_kind, domain::OrganisationKind::kCompany);
  EXPECT_EQ(first.roles, domain::RoleSet{});
  const domain::Membership& second = (*memberships)[1];
  EXPECT_EQ(second.organisation_id, school.id);
  EXPECT_EQ(second.organisation_kind, domain::OrganisationKind::kSchool);
  EXPECT_EQ(second.roles, (domain::RoleSet{Role::kCoordinator, Role::kMentor}));
}

TEST_P(OrganisationsConformanceTest, ListMembersIsOrderedByNameWithRolesAndScopedToTheOrganisation) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Person carol = AddPerson(test::APerson().Name("carol"));
  domain::Person alice = AddPerson(test::APerson().Name("Alice"));
  domain::Person bob = AddPerson(test::APerson().Name("Bob"));
  AddMember(org.id, carol.id, {Role::kMentee});
  AddMember(org.id, alice.id, {Role::kOrgAdmin, Role::kMentor});
  AddMember(org.id, bob.id, {});
  AddMember(other.id, AddPerson(test::APerson().Name("Aaron")).id, {Role::kMentee});
  AddMember(other.id, bob.id, {Role::kCoordinator});

  std::vector<domain::Member> members = ListMembers(org.id);
  ASSERT_EQ(Names(members), (std::vector<std::string>{"Alice", "Bob", "carol"}));
  EXPECT_EQ(members[0].person_id, alice.id);
  EXPECT_EQ(members[0].email, alice.email);
  EXPECT_EQ(members[0].roles, (domain::RoleSet{Role::kOrgAdmin, Role::kMentor}));
  EXPECT_EQ(members[1].roles, domain::RoleSet{}) << "roles from the other organisation leak";
  EXPECT_EQ(members[2].roles, domain::RoleSet{Role::kMentee});
  EXPECT_TRUE(ListMembers(NewId()).empty());
}

TEST_P(OrganisationsConformanceTest, ListMembersFiltersByNameOrEmailIgnoringCase) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  AddMember(org.id, AddPerson(test::APerson().Name("Maria Lopez").Email("m1@school.test")).id, {});
  AddMember(org.id, AddPerson(test::APerson().Name("Tom").Email("tom.marsh@corp.test")).id, {});
  AddMember(org.id, AddPerson(test::APerson().Name("Ann").Email("ann@corp.test")).id, {});
  AddMember(other.id, AddPerson(test::APerson().Name("Mark").Email("mark@x.test")).id, {});

  EXPECT_EQ(Names(ListMembers(org.id, {.query = "MAR"})),
            (std::vector<std::string>{"Maria Lopez", "Tom"}));
  EXPECT_EQ(Names(ListMembers(org.id, {.query = "corp.test"})),
            (std::vector<std::string>{"Ann", "Tom"}));
  EXPECT_TRUE(ListMembers(org.id, {.query = "zzz"}).empty());
}

TEST_P(OrganisationsConformanceTest, ListMembersQueryTreatsLikeWildcardsLiterally) {
  domain::Organisation org = AddOrganisation();
  AddMember(org.id, AddPerson(test::APerson().Name("100% Sure")).id, {});
  AddMember(org.id, AddPerson(test::APerson().Name("1000 Sure")).id, {});
  AddMember(org.id, AddPerson(test::APerson().Name("a_b")).id, {});
  AddMember(org.id, AddPerson(test::APerson().Name("axb")).id, {});
  AddMember(org.id, AddPerson(test::APerson().Name("back\\slash")).id, {});

  EXPECT_EQ(Names(ListMembers(org.id, {.query = "0%"})), (std::vector<std::string>{"100% Sure"}));
  EXPECT_EQ(Names(ListMembers(org.id, {.query = "a_"})), (std::vector<std::string>{"a_b"}));
  EXPECT_EQ(Names(ListMembers(org.id, {.query = "k\\s"})),
            (std::vector<std::string>{"back\\slash"}));
}

TEST_P(OrganisationsConformanceTest, ListMembersFiltersByRoleAndStillShowsAllRoles) {
  domain::Organisation org = AddOrganisation();
  domain::Person admin = AddPerson(test::APerson().Name("Admin"));
  domain::Person mentor = AddPerson(test::APerson().Name("Mentor"));
  AddMember(org.id, admin.id, {Role::kOrgAdmin, Role::kMentor});
  AddMember(org.id, mentor.id, {Role::kMentor});
  AddMember(org.id, AddPerson(test::APerson().Name("Mentee")).id, {Role::kMentee});

  std::vector<domain::Member> mentors = ListMembers(org.id, {.role = Role::kMentor});
  ASSERT_EQ(Names(mentors), (std::vector<std::string>{"Admin", "Mentor"}));
  EXPECT_EQ(mentors[0].roles, (domain::RoleSet{Role::kOrgAdmin, Role::kMentor}));
  EXPECT_EQ(Names(ListMembers(org.id, {.query = "ment", .role = Role::kMentee})),
            (std::vector<std::string>{"Mentee"}));
  EXPECT_TRUE(ListMembers(org.id, {.role = Role::kCoordinator}).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, OrganisationsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
