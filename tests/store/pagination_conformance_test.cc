// Conformance: every paged list of the port (app/pagination.h, store/keyset.h). For each one,
// on both databases: walking the list a few rows at a time gives exactly the rows of reading it
// whole, in the same order, whatever the page size (so ties on the leading sort value are
// broken the same way on every page); a page that ends the list carries no next key, even when
// it is full; a row added between two pages shows up once if it sorts after where the reader
// is and not at all if it sorts before (nothing repeats, nothing goes missing); filters hold on
// every page; a key of another shape is refused naming "cursor".
#include <functional>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using app::PageQuery;
using app::PageRows;
using app::SortKey;
using domain::ProgramRole;

template <typename T>
using ListFn = std::function<Result<PageRows<T>>(app::Tx&, const PageQuery&)>;

class PaginationConformanceTest : public StoreTest {
 protected:
  template <typename T>
  Result<PageRows<T>> ReadPage(const ListFn<T>& list, const PageQuery& page) {
    return Read<PageRows<T>>([&](app::Tx& tx) { return list(tx, page); });
  }

  // The whole list, in one read.
  template <typename T>
  std::vector<T> Whole(const ListFn<T>& list) {
    auto rows = ReadPage(list, app::kEveryRow);
    EXPECT_OK(rows);
    if (!rows.ok()) return {};
    EXPECT_FALSE(rows->next.has_value()) << "a whole list has no next page";
    return rows->items;
  }

  // The list read `limit` rows at a time, following each page's next key to the end;
  // `between(n)` runs after page n (a client paging while others write). Every page but the
  // last is full and has a next key; the last has none.
  template <typename T>
  std::vector<T> Walk(const ListFn<T>& list, int limit,
                      const std::function<void(int)>& between = nullptr) {
    std::vector<T> out;
    std::optional<SortKey> after;
    for (int n = 0; n < 100; ++n) {
      auto page = ReadPage(list, PageQuery{limit, after});
      EXPECT_OK(page);
      if (!page.ok()) return out;
      EXPECT_LE(page->items.size(), static_cast<size_t>(limit));
      out.insert(out.end(), page->items.begin(), page->items.end());
      if (!page->next) return out;
      EXPECT_EQ(page->items.size(), static_cast<size_t>(limit)) << "only the last page is short";
      after = page->next;
      if (between) between(n);
    }
    ADD_FAILURE() << "the list never ended";
    return out;
  }

  // The contract on one list holding at least five rows, with ties on its leading sort value
  // (as set up by the test). `add_before` adds a row that sorts first in the list (before
  // any reader's position after page one); `add_after` adds one that sorts last. Each returns
  // the new row's identity (`id(row)`).
  template <typename T, typename Id>
  void ExpectPagingContract(const ListFn<T>& list, Id id,
                            const std::function<std::string()>& add_before,
                            const std::function<std::string()>& add_after) {
    const std::vector<std::string> whole = Keys(Whole(list), id);
    ASSERT_GE(whole.size(), 5u);
    for (int limit : {1, 2, 3, static_cast<int>(whole.size()) - 1,
                      static_cast<int>(whole.size()), static_cast<int>(whole.size()) + 1})
      EXPECT_EQ(Keys(Walk(list, limit), id), whole) << "pages of " << limit;

    std::string before, after;
    std::vector<std::string> walked = Keys(Walk(list, 2,
                                                [&](int n) {
                                                  if (n != 0) return;
                                                  before = add_before();
                                                  after = add_after();
                                                }),
                                           id);
    std::vector<std::string> now = Keys(Whole(list), id);
    ASSERT_EQ(now.size(), whole.size() + 2);
    EXPECT_EQ(now.front(), before);
    EXPECT_EQ(now.back(), after);
    now.erase(now.begin());  // sorts before the reader's position: not seen
    EXPECT_EQ(walked, now) << "the later row once, nothing repeated or skipped";

    // Keys of another shape than the list's are refused, naming the cursor.
    for (const SortKey& wrong : {SortKey{std::string("x")}, SortKey{}, SortKey(8, std::string("x")),
                                 SortKey(8, std::int64_t{1})}) {
      auto refused = ReadPage(list, PageQuery{2, wrong});
      ASSERT_CODE(refused, StatusCode::kInvalidArgument);
      EXPECT_EQ(refused.status().fields().at(0).field, "cursor");
    }
  }

  static std::string IdOf(const std::string& id) { return id; }
};

// --- By name ---------------------------------------------------------------------------

TEST_P(PaginationConformanceTest, Organisations) {
  domain::Person member = AddPerson();
  for (const char* name : {"Beta", "beta", "Beta", "alpha", "Gamma", "delta", "Beta"}) {
    domain::Organisation o = AddOrganisation(test::AnOrganisation().Name(name));
    AddMember(o.id, member.id, {domain::Role::kMentee});
  }
  AddOrganisation(test::AnOrganisation().Name("Not mine"));
  auto id = [](const domain::Organisation& o) { return o.id; };
  auto add = [&](const char* name) {
    domain::Organisation o = AddOrganisation(test::AnOrganisation().Name(name));
    AddMember(o.id, member.id, {domain::Role::kMentor});
    return o.id;
  };
  ListFn<domain::Organisation> every = [](app::Tx& tx, const PageQuery& p) {
    return tx.ListOrganisations("", p);
  };
  ListFn<domain::Organisation> mine = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListOrganisations(member.id, p);
  };
  ExpectPagingContract(every, id, [&] { return add("Aardvark"); }, [&] { return add("zulu"); });
  ExpectPagingContract(mine, id, [&] { return add("Aaa"); }, [&] { return add("Zzz"); });
  EXPECT_EQ(Walk(mine, 2).size(), Walk(every, 2).size() - 1) << "Not mine";
}

TEST_P(PaginationConformanceTest, MembersWithTheirFilters) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  auto join = [&](const char* name, domain::RoleSet roles) {
    domain::Person p = AddPerson(test::APerson().Name(name));
    AddMember(org.id, p.id, roles);
    return p.id;
  };
  for (const char* name : {"Ann", "ann", "Ann", "Bob", "Cy", "dee", "Ann"})
    join(name, {domain::Role::kMentor, domain::Role::kMentee});
  join("Ann Mentee Only", {domain::Role::kMentee});
  domain::Person outsider = AddPerson(test::APerson().Name("Ann Elsewhere"));
  AddMember(other.id, outsider.id, {domain::Role::kMentor});
  auto id = [](const domain::Member& m) { return m.person_id; };

  ListFn<domain::Member> all = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListMembers(org.id, {}, p);
  };
  ExpectPagingContract(all, id, [&] { return join("Aaron", {domain::Role::kMentee}); },
                       [&] { return join("Zed", {domain::Role::kMentor}); });
  // Every role of a member comes with them, whatever the page size.
  for (const domain::Member& m : Walk(all, 1))
    if (m.name == "Bob") EXPECT_EQ(m.roles.size(), 2u);

  // Filters hold on every page, and combine with paging.
  ListFn<domain::Member> ann_mentors = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListMembers(org.id, {.query = "ann", .role = domain::Role::kMentor}, p);
  };
  std::vector<std::string> whole = Keys(Whole(ann_mentors), id);
  EXPECT_EQ(whole.size(), 4u);  // Ann, ann, Ann, Ann; not "Ann Mentee Only" nor the outsider
  EXPECT_EQ(Keys(Walk(ann_mentors, 1), id), whole);
  EXPECT_EQ(Keys(Walk(ann_mentors, 3), id), whole);
}

TEST_P(PaginationConformanceTest, TaxonomyOfEveryKindOrOne) {
  domain::Organisation org = AddOrganisation();
  using Kind = domain::TaxonomyTerm::Kind;
  auto add = [&](Kind kind, const char* label) {
    domain::TaxonomyTerm t = test::ATaxonomyTerm(org.id).Kind(kind).Label(label);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertTaxonomyTerm(t); }));
    return t.id;
  };
  // "Design" is both a skill and an interest: a tie on the label.
  for (const char* label : {"Design", "python", "Rust", "go"}) add(Kind::kSkill, label);
  for (const char* label : {"Design", "music", "Art"}) add(Kind::kInterest, label);
  auto id = [](const domain::TaxonomyTerm& t) { return t.id; };
  ListFn<domain::TaxonomyTerm> all = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListTaxonomy(org.id, std::nullopt, p);
  };
  ExpectPagingContract(all, id, [&] { return add(Kind::kSkill, "Aaa"); },
                       [&] { return add(Kind::kInterest, "zzz"); });
  ListFn<domain::TaxonomyTerm> skills = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListTaxonomy(org.id, Kind::kSkill, p);
  };
  for (const auto& t : Walk(skills, 2)) EXPECT_EQ(t.kind, Kind::kSkill);
  EXPECT_EQ(Keys(Walk(skills, 2), id), Keys(Whole(skills), id));
}

TEST_P(PaginationConformanceTest, ProgramsWithOrWithoutDrafts) {
  domain::Organisation org = AddOrganisation();
  auto add = [&](const char* name, domain::ProgramStatus status) {
    return AddProgram(test::AProgram(org.id).Name(name).Status(status)).id;
  };
  for (const char* name : {"Beta", "Beta", "alpha", "Gamma", "delta"})
    add(name, domain::ProgramStatus::kOpen);
  const std::string draft = add("Charlie", domain::ProgramStatus::kDraft);
  auto id = [](const domain::Program& p) { return p.id; };
  ListFn<domain::Program> staff = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListPrograms(org.id, true, p);
  };
  ListFn<domain::Program> members = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListPrograms(org.id, false, p);
  };
  ExpectPagingContract(members, id, [&] { return add("Aaa", domain::ProgramStatus::kOpen); },
                       [&] { return add("zzz", domain::ProgramStatus::kClosed); });
  ExpectPagingContract(staff, id, [&] { return add("Aa", domain::ProgramStatus::kDraft); },
                       [&] { return add("zzzz", domain::ProgramStatus::kOpen); });
  for (const auto& p : Walk(members, 1)) EXPECT_NE(p.status, domain::ProgramStatus::kDraft);
  EXPECT_EQ(Walk(staff, 2).size(), Walk(members, 2).size() + 2);  // Charlie and "Aa"
  (void)draft;
}

TEST_P(PaginationConformanceTest, AProgramsEnrollmentsByPersonName) {
  domain::Organisation org = AddOrganisation();
  domain::Program program = AddProgram(test::AProgram(org.id));
  domain::Program other = AddProgram(test::AProgram(org.id));
  auto enrol = [&](const domain::Program& p, const std::string& person, ProgramRole role) {
    return AddEnrollment(test::AnEnrollment(p, person).Role(role)).id;
  };
  auto person = [&](const char* name) { return AddPerson(test::APerson().Name(name)).id; };
  // One person in both roles (a tie on name and person), two people of one name.
  const std::string both = person("Ann");
  enrol(program, both, ProgramRole::kMentor);
  enrol(program, both, ProgramRole::kMentee);
  for (const char* name : {"Ann", "bob", "Cy", "Bob"})
    enrol(program, person(name), ProgramRole::kMentee);
  enrol(other, person("Aaron Elsewhere"), ProgramRole::kMentee);
  auto id = [](const domain::EnrollmentView& v) { return v.enrollment.id; };
  ListFn<domain::EnrollmentView> all = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListEnrollmentViews(org.id, program.id, {}, p);
  };
  ExpectPagingContract(all, id,
                       [&] { return enrol(program, person("Aaron"), ProgramRole::kMentor); },
                       [&] { return enrol(program, person("Zed"), ProgramRole::kMentee); });
  ListFn<domain::EnrollmentView> mentees = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListEnrollmentViews(org.id, program.id, {.role = ProgramRole::kMentee}, p);
  };
  EXPECT_EQ(Keys(Walk(mentees, 2), id), Keys(Whole(mentees), id));
  for (const auto& v : Walk(mentees, 2)) EXPECT_EQ(v.enrollment.role, ProgramRole::kMentee);
}

// --- Newest first ----------------------------------------------------------------------

TEST_P(PaginationConformanceTest, APersonsEnrollments) {
  domain::Organisation org = AddOrganisation();
  domain::Person person = AddPerson();
  auto enrol = [&](Millis at) {
    domain::Program p = AddProgram(test::AProgram(org.id));
    return AddEnrollment(test::AnEnrollment(p, person.id).CreatedAt(at)).id;
  };
  for (Millis at : {test::kT0, test::kT0, test::kT0 + 1, test::kT0 + 2, test::kT0 + 2})
    enrol(at);
  AddEnrollment(test::AnEnrollment(AddProgram(test::AProgram(org.id)), AddPerson().id));
  ListFn<domain::EnrollmentView> mine = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListEnrollmentViewsOfPerson(person.id, p);
  };
  ExpectPagingContract(
      mine, [](const domain::EnrollmentView& v) { return v.enrollment.id; },
      [&] { return enrol(test::kT0 + kDay); }, [&] { return enrol(test::kT0 - kDay); });
}

TEST_P(PaginationConformanceTest, Invitations) {
  domain::Organisation org = AddOrganisation();
  domain::Person inviter = AddPerson();
  auto invite = [&](Millis at) {
    domain::Invitation inv = test::AnInvitation(org.id, inviter.id).CreatedAt(at);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertInvitation(inv); }));
    return inv.id;
  };
  for (Millis at : {test::kT0, test::kT0, test::kT0 + 1, test::kT0 + 1, test::kT0 + 1})
    invite(at);
  ListFn<domain::Invitation> list = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListInvitations(org.id, p);
  };
  ExpectPagingContract(
      list, [](const domain::Invitation& i) { return i.id; },
      [&] { return invite(test::kT0 + kDay); }, [&] { return invite(test::kT0 - kDay); });
}

TEST_P(PaginationConformanceTest, TheOutboxBreaksTiesByInsertionOrder) {
  auto queue = [&](Millis at) {
    domain::OutboxMessage m = test::AnOutboxMessage().CreatedAt(at);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertOutboxMessage(m); }));
    return m.id;
  };
  std::vector<std::string> tied;
  for (int i = 0; i < 4; ++i) tied.push_back(queue(test::kT0));
  queue(test::kT0 - 1);
  ListFn<domain::OutboxMessage> list = [](app::Tx& tx, const PageQuery& p) {
    return tx.ListOutbox(p);
  };
  auto id = [](const domain::OutboxMessage& m) { return m.id; };
  std::vector<std::string> first_four = Keys(Walk(list, 1), id);
  first_four.resize(4);
  EXPECT_EQ(first_four, (std::vector<std::string>{tied[3], tied[2], tied[1], tied[0]}));
  ExpectPagingContract(
      list, id, [&] { return queue(test::kT0 + kDay); }, [&] { return queue(test::kT0 - kDay); });
}

TEST_P(PaginationConformanceTest, MatchRounds) {
  domain::Organisation org = AddOrganisation();
  domain::Program program = AddProgram(test::AProgram(org.id));
  domain::Person coordinator = AddPerson();
  auto run = [&](Millis at) {
    domain::MatchRound r = test::AMatchRound(program, coordinator.id).CreatedAt(at);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRound(r); }));
    return r.id;
  };
  for (Millis at : {test::kT0, test::kT0, test::kT0, test::kT0 + 1, test::kT0 + 2}) run(at);
  ListFn<domain::MatchRound> list = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListRounds(org.id, program.id, p);
  };
  ExpectPagingContract(
      list, [](const domain::MatchRound& r) { return r.id; },
      [&] { return run(test::kT0 + kDay); }, [&] { return run(test::kT0 - kDay); });
}

TEST_P(PaginationConformanceTest, RelationshipsOfAProgramByStatusAndOfAPerson) {
  domain::Organisation org = AddOrganisation();
  domain::Program program = AddProgram(test::AProgram(org.id));
  domain::Program elsewhere = AddProgram(test::AProgram(AddOrganisation().id));
  domain::Person me = AddPerson();
  auto relate = [&](const domain::Program& p, Millis at, domain::RelationshipStatus status,
                    bool as_mentee) {
    std::string other = AddPerson().id;
    domain::Relationship r = test::ARelationship(p, as_mentee ? me.id : other,
                                                 as_mentee ? other : me.id)
                                 .Status(status)
                                 .CreatedAt(at);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(r); }));
    return r.id;
  };
  using domain::RelationshipStatus;
  int n = 0;
  for (Millis at : {test::kT0, test::kT0, test::kT0 + 1, test::kT0 + 1, test::kT0 + 2}) {
    relate(program, at, RelationshipStatus::kPaused, n % 2 == 0);
    relate(program, at, RelationshipStatus::kActive, n % 2 == 1);
    ++n;
  }
  relate(elsewhere, test::kT0, RelationshipStatus::kActive, true);
  auto id = [](const domain::Relationship& r) { return r.id; };

  ListFn<domain::Relationship> paused = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListRelationships(org.id, program.id, {.status = RelationshipStatus::kPaused}, p);
  };
  ExpectPagingContract(
      paused, id,
      [&] { return relate(program, test::kT0 + kDay, RelationshipStatus::kPaused, true); },
      [&] { return relate(program, test::kT0 - kDay, RelationshipStatus::kPaused, false); });
  for (const auto& r : Walk(paused, 2)) EXPECT_EQ(r.status, RelationshipStatus::kPaused);

  ListFn<domain::Relationship> mine = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListRelationshipsOfPerson(me.id, p);
  };
  ExpectPagingContract(
      mine, id,
      [&] { return relate(elsewhere, test::kT0 + 2 * kDay, RelationshipStatus::kEnded, false); },
      [&] { return relate(program, test::kT0 - 2 * kDay, RelationshipStatus::kProposed, true); });
}

TEST_P(PaginationConformanceTest, RequestsOfAMenteeAndOfAMentor) {
  domain::Organisation org = AddOrganisation();
  domain::Program program = AddProgram(test::AProgram(org.id));
  domain::Person mentee = AddPerson();
  domain::Person mentor = AddPerson();
  // Every request links one of them with somebody new (one pending request per pair).
  auto ask = [&](Millis at, bool from_mentee) {
    domain::MentorRequest r =
        test::AMentorRequest(program, from_mentee ? mentee.id : AddPerson().id,
                             from_mentee ? AddPerson().id : mentor.id)
            .CreatedAt(at);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRequest(r); }));
    return r.id;
  };
  for (Millis at : {test::kT0, test::kT0, test::kT0, test::kT0 + 1, test::kT0 + 5}) {
    ask(at, true);
    ask(at, false);
  }
  auto id = [](const domain::MentorRequest& r) { return r.id; };
  ListFn<domain::MentorRequest> of_mentee = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListRequestsOfMentee(org.id, program.id, mentee.id, p);
  };
  ExpectPagingContract(
      of_mentee, id, [&] { return ask(test::kT0 + kDay, true); },
      [&] { return ask(test::kT0 - kDay, true); });
  ListFn<domain::MentorRequest> of_mentor = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListRequestsOfMentor(mentor.id, p);
  };
  ExpectPagingContract(
      of_mentor, id, [&] { return ask(test::kT0 + kDay, false); },
      [&] { return ask(test::kT0 - kDay, false); });
}

TEST_P(PaginationConformanceTest, Notifications) {
  domain::Person person = AddPerson();
  domain::Person someone_else = AddPerson();
  auto notify = [&](const std::string& who, Millis at) {
    domain::Notification n = test::ANotification(who).CreatedAt(at);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertNotification(n); }));
    return n.id;
  };
  for (Millis at : {test::kT0, test::kT0, test::kT0, test::kT0 + 3, test::kT0 + 3})
    notify(person.id, at);
  notify(someone_else.id, test::kT0 + 1);
  ListFn<domain::Notification> list = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListNotifications(person.id, p);
  };
  ExpectPagingContract(
      list, [](const domain::Notification& n) { return n.id; },
      [&] { return notify(person.id, test::kT0 + kDay); },
      [&] { return notify(person.id, test::kT0 - kDay); });
}

TEST_P(PaginationConformanceTest, AuditLogs) {
  domain::Organisation org = AddOrganisation();
  auto record = [&](const std::string& organisation_id, domain::AuditAction action, Millis at) {
    domain::AuditEntry e;
    e.id = NewId();
    e.organisation_id = organisation_id;
    e.action = action;
    e.created_at = at;
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertAuditEntry(e); }));
    return e.id;
  };
  using domain::AuditAction;
  for (Millis at : {test::kT0, test::kT0, test::kT0 + 1, test::kT0 + 1, test::kT0 + 1}) {
    record(org.id, AuditAction::kMemberRolesChanged, at);
    record(org.id, AuditAction::kOrganisationCreated, at);  // also a platform action
  }
  auto id = [](const domain::AuditEntry& e) { return e.id; };
  ListFn<domain::AuditEntry> organisation = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListAuditEntries(org.id, p);
  };
  ExpectPagingContract(
      organisation, id,
      [&] { return record(org.id, AuditAction::kMemberRemoved, test::kT0 + kDay); },
      [&] { return record(org.id, AuditAction::kMemberRemoved, test::kT0 - kDay); });
  ListFn<domain::AuditEntry> platform = [](app::Tx& tx, const PageQuery& p) {
    return tx.ListAuditEntries("", p);
  };
  ExpectPagingContract(
      platform, id,
      [&] { return record("", AuditAction::kPlatformAdminGranted, test::kT0 + kDay); },
      [&] { return record(org.id, AuditAction::kFirstAdminInvited, test::kT0 - kDay); });
}

// --- Oldest first ----------------------------------------------------------------------

TEST_P(PaginationConformanceTest, ExclusionsBreakTiesByMenteeThenMentor) {
  domain::Organisation org = AddOrganisation();
  domain::Program program = AddProgram(test::AProgram(org.id));
  const std::string mentee = AddPerson().id;
  auto exclude = [&](const std::string& who, const std::string& whom, Millis at) {
    domain::Exclusion e = test::AnExclusion(program, who, whom).CreatedAt(at);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertExclusion(e); }));
    return e.mentee_id + "/" + e.mentor_id;
  };
  // One mentee excluded from three mentors at one instant, and others.
  for (int i = 0; i < 3; ++i) exclude(mentee, AddPerson().id, test::kT0);
  exclude(AddPerson().id, AddPerson().id, test::kT0);
  exclude(AddPerson().id, AddPerson().id, test::kT0 + 1);
  ListFn<domain::Exclusion> list = [&](app::Tx& tx, const PageQuery& p) {
    return tx.ListExclusions(org.id, program.id, p);
  };
  ExpectPagingContract(
      list, [](const domain::Exclusion& e) { return e.mentee_id + "/" + e.mentor_id; },
      [&] { return exclude(AddPerson().id, AddPerson().id, test::kT0 - kDay); },
      [&] { return exclude(mentee, AddPerson().id, test::kT0 + kDay); });
}

INSTANTIATE_TEST_SUITE_P(Backends, PaginationConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
