#include "app/seed_demo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/strings.h"
#include "domain/profile.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem::app {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;
using domain::Role;

// Fails the test (without aborting) and returns a default value when r is an error, so that
// reads inside a transaction callback stay short.
template <typename T>
T Must(Result<T> r) {
  if (!r.ok()) {
    ADD_FAILURE() << r.status().ToString();
    return T{};
  }
  return std::move(r).value();
}

// One demo database: an in-memory SQLite store with fast hashing and a fixed clock.
struct DemoDb {
  DemoDb() {
    auto s = store::OpenStore("sqlite::memory:", 1);
    if (!s.ok() || !(*s)->Migrate().ok()) {
      // Nothing below can run without a database; fail loudly rather than crash later.
      std::fprintf(stderr, "cannot open the test store: %s\n", s.status().ToString().c_str());
      std::abort();
    }
    store = std::move(s).value();
    ctx = std::make_unique<Context>(Context{*store, hasher, tokens, clock});
  }

  // Runs fn(tx) in a transaction that is always rolled back afterwards.
  template <typename Fn>
  void Read(Fn&& fn) {
    Status st = store->Transact([&](Tx& tx) -> Status {
      fn(tx);
      return Internal("read only");
    });
    EXPECT_EQ(st.message(), "read only");
  }

  security::SodiumHasher hasher{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens;
  FakeClock clock{1795631400000};  // 2026-11-25T18:30:00Z
  std::unique_ptr<store::SociStore> store;
  std::unique_ptr<Context> ctx;
};

// Everything a person is in the demo, without generated ids: what determinism compares.
struct PersonSnapshot {
  std::string name;
  std::string locale;
  bool is_platform_admin = false;
  std::map<std::string, domain::RoleSet> roles;  // by organisation slug
  std::optional<domain::Profile> profile;        // person_id cleared
  bool operator==(const PersonSnapshot&) const = default;
};

struct EnrollmentSnapshot {
  std::string program, email;
  ProgramRole role;
  EnrollmentStatus status;
  domain::EnrollmentSource source;
  std::string message;
  bool screened, trained;
  auto operator<=>(const EnrollmentSnapshot&) const = default;
};

struct Snapshot {
  std::map<std::string, PersonSnapshot> people;  // by email
  std::vector<EnrollmentSnapshot> enrollments;   // sorted
  std::vector<std::string> programs;             // "slug/name/type/status"
  std::vector<std::string> invitations;          // "slug/email"
  // "program/mentee email/mentor email/status/accepted flags/score/both explanations", sorted
  std::vector<std::string> relationships;
  // "program/mentee email/mentor email/status/score/message/both explanations", sorted
  std::vector<std::string> requests;
};

std::string EmailOf(Tx& tx, const std::string& person_id) {
  auto p = tx.GetPerson(person_id);
  if (!p.ok()) {
    ADD_FAILURE() << "no person " << person_id;
    return "";
  }
  return p->email;
}

Snapshot TakeSnapshot(DemoDb& db) {
  Snapshot snap;
  db.Read([&](Tx& tx) {
    for (const auto& org : Must(tx.ListOrganisations())) {
      for (const auto& m : Must(tx.ListMembers(org.id, {}))) {
        PersonSnapshot& p = snap.people[m.email];
        p.roles[org.slug] = m.roles;
      }
      for (const auto& prog : Must(EveryRow(tx.ListPrograms(org.id, true, kEveryRow)))) {
        snap.programs.push_back(org.slug + "/" + prog.name + "/" +
                                std::string(domain::ProgramTypeName(prog.type)) + "/" +
                                std::string(domain::ProgramStatusName(prog.status)));
        for (const auto& v : Must(tx.ListEnrollmentViews(org.id, prog.id, {}))) {
          const auto& e = v.enrollment;
          snap.enrollments.push_back({prog.name, v.person_email, e.role, e.status, e.source,
                                      e.message, e.screening_cleared, e.training_complete});
        }
      }
      for (const auto& inv : Must(tx.ListInvitations(org.id)))
        snap.invitations.push_back(org.slug + "/" + inv.email);
      for (const auto& prog : Must(EveryRow(tx.ListPrograms(org.id, true, kEveryRow)))) {
        for (const auto& r : Must(tx.ListRelationships(org.id, prog.id, {})))
          snap.relationships.push_back(
              prog.name + "/" + EmailOf(tx, r.mentee_id) + "/" + EmailOf(tx, r.mentor_id) + "/" +
              std::string(domain::RelationshipStatusName(r.status)) + "/" +
              (r.mentee_accepted ? "1" : "0") + (r.mentor_accepted ? "1" : "0") + "/" +
              std::to_string(r.score) + "/" + r.explanation + "/" + r.mentor_explanation);
      }
    }
    for (const auto& [email, p] : snap.people) {
      auto person = Must(tx.FindPersonByEmail(email));
      if (!person) continue;
      for (const auto& r : Must(tx.ListRequestsOfMentor(person->id))) {
        auto prog = Must(tx.GetProgram(r.organisation_id, r.program_id));
        snap.requests.push_back(prog.name + "/" + EmailOf(tx, r.mentee_id) + "/" + email + "/" +
                                std::string(domain::RequestStatusName(r.status)) + "/" +
                                std::to_string(r.score) + "/" + r.message + "/" + r.explanation +
                                "/" + r.mentor_explanation);
      }
    }
    snap.people["admin@tandem.example"];  // a member of no organisation
    for (auto& [email, p] : snap.people) {
      auto person = Must(tx.FindPersonByEmail(email));
      if (!person) {
        ADD_FAILURE() << "no person " << email;
        continue;
      }
      p.name = person->name;
      p.locale = person->locale;
      p.is_platform_admin = person->is_platform_admin;
      p.profile = Must(tx.FindProfile(person->id));
      if (p.profile) p.profile->person_id.clear();
    }
  });
  std::sort(snap.enrollments.begin(), snap.enrollments.end());
  std::sort(snap.programs.begin(), snap.programs.end());
  std::sort(snap.invitations.begin(), snap.invitations.end());
  std::sort(snap.relationships.begin(), snap.relationships.end());
  std::sort(snap.requests.begin(), snap.requests.end());
  return snap;
}

bool IsStudent(const std::string& email) {
  return email.starts_with("student") && email.ends_with("@lincoln-high.example");
}

class SeedDemoTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new DemoDb();
    auto r = SeedDemo(*db_->ctx);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    summary_ = new SeedSummary(*r);
    snap_ = new Snapshot(TakeSnapshot(*db_));
  }
  static void TearDownTestSuite() {
    delete snap_;
    delete summary_;
    delete db_;
  }

  static domain::Organisation Org(Tx& tx, const std::string& slug) {
    for (auto& o : Must(tx.ListOrganisations()))
      if (o.slug == slug) return o;
    ADD_FAILURE() << "no organisation " << slug;
    return {};
  }
  static domain::Program Program(Tx& tx, const std::string& org_id, const std::string& name) {
    for (auto& p : Must(EveryRow(tx.ListPrograms(org_id, true, kEveryRow))))
      if (p.name == name) return p;
    ADD_FAILURE() << "no program " << name;
    return {};
  }
  static const PersonSnapshot& Person(const std::string& email) {
    static const PersonSnapshot kNone;
    auto it = snap_->people.find(email);
    if (it == snap_->people.end()) {
      ADD_FAILURE() << "no person " << email;
      return kNone;
    }
    return it->second;
  }

  static DemoDb* db_;
  static SeedSummary* summary_;
  static Snapshot* snap_;
};
DemoDb* SeedDemoTest::db_ = nullptr;
SeedSummary* SeedDemoTest::summary_ = nullptr;
Snapshot* SeedDemoTest::snap_ = nullptr;

TEST_F(SeedDemoTest, NamedAccountsHaveTheirRoles) {
  std::vector<std::string> emails;
  for (const auto& a : summary_->accounts) emails.push_back(a.email);
  EXPECT_EQ(emails, (std::vector<std::string>{
                        "admin@tandem.example", "admin@lincoln-high.example",
                        "coordinator@lincoln-high.example", "student@lincoln-high.example",
                        "admin@northwind.example", "coordinator@northwind.example",
                        "mentor@northwind.example", "admin@lincoln-alumni.example"}));
  using Roles = std::map<std::string, domain::RoleSet>;
  EXPECT_TRUE(Person("admin@tandem.example").is_platform_admin);
  EXPECT_TRUE(Person("admin@tandem.example").roles.empty());
  EXPECT_EQ(Person("admin@lincoln-high.example").roles,
            (Roles{{"lincoln-high", {Role::kOrgAdmin}}}));
  EXPECT_EQ(Person("coordinator@lincoln-high.example").roles,
            (Roles{{"lincoln-high", {Role::kCoordinator}}}));
  EXPECT_EQ(Person("student@lincoln-high.example").roles,
            (Roles{{"lincoln-high", {Role::kMentee}}}));
  EXPECT_EQ(Person("admin@northwind.example").roles, (Roles{{"northwind", {Role::kOrgAdmin}}}));
  EXPECT_EQ(Person("coordinator@northwind.example").roles,
            (Roles{{"northwind", {Role::kCoordinator}}}));
  EXPECT_EQ(Person("mentor@northwind.example").roles,
            (Roles{{"northwind", {Role::kMentor}}, {"lincoln-high", {Role::kMentor}}}));
  EXPECT_EQ(Person("admin@lincoln-alumni.example").roles,
            (Roles{{"lincoln-alumni", {Role::kOrgAdmin}}}));
  for (const auto& [email, p] : snap_->people)
    EXPECT_EQ(p.is_platform_admin, email == "admin@tandem.example") << email;

  const auto& student = Person("student@lincoln-high.example");
  ASSERT_TRUE(student.profile.has_value());
  EXPECT_TRUE(student.profile->minor.is_minor);
  EXPECT_TRUE(IsValidEmail(student.profile->minor.guardian_email));

  db_->Read([&](Tx& tx) {
    auto person = Must(tx.FindPersonByEmail("student@lincoln-high.example"));
    ASSERT_TRUE(person.has_value());
    EXPECT_TRUE(db_->hasher.Verify(person->password_hash, kDemoPassword));

    const auto lincoln = Org(tx, "lincoln-high");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    auto mentor = Must(tx.FindPersonByEmail("mentor@northwind.example"));
    ASSERT_TRUE(mentor.has_value());
    auto e = Must(tx.FindEnrollment(lincoln.id, career.id, mentor->id, ProgramRole::kMentor));
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->status, EnrollmentStatus::kActive);
    EXPECT_TRUE(e->screening_cleared);
    EXPECT_TRUE(e->training_complete);
    // The school's coordinator cleared them, and the audit log says so.
    auto coordinator = Must(tx.FindPersonByEmail("coordinator@lincoln-high.example"));
    ASSERT_TRUE(coordinator.has_value());
    int cleared = 0;  // over every entry: hundreds of mentors were cleared
    for (const auto& a : Must(EveryRow(tx.ListAuditEntries(lincoln.id, kEveryRow))))
      cleared += a.subject_id == mentor->id && a.actor_id == coordinator->id &&
                 (a.action == domain::AuditAction::kEnrollmentScreeningChanged ||
                  a.action == domain::AuditAction::kEnrollmentTrainingChanged) &&
                 a.params.at("enrollment_id") == e->id;
    EXPECT_EQ(cleared, 2);
    auto s = Must(tx.FindEnrollment(lincoln.id, career.id, person->id, ProgramRole::kMentee));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->status, EnrollmentStatus::kActive);
  });
}

TEST_F(SeedDemoTest, EveryAccountSharesTheDemoPasswordHash) {
  db_->Read([&](Tx& tx) {
    std::set<std::string> hashes;
    for (const auto& [email, p] : snap_->people) {
      auto person = Must(tx.FindPersonByEmail(email));
      if (person) hashes.insert(person->password_hash);
    }
    EXPECT_EQ(hashes.size(), 1u);  // hashed once, reused
  });
}

TEST_F(SeedDemoTest, CountsAreInTheExpectedRanges) {
  EXPECT_EQ(summary_->organisations, 3);
  EXPECT_EQ(summary_->programs, 5);
  EXPECT_EQ(summary_->people, static_cast<int>(snap_->people.size()));
  EXPECT_GE(summary_->people, 250);
  EXPECT_LE(summary_->people, 300);
  EXPECT_EQ(summary_->profiles, summary_->people - 1);  // all but the platform admin
  EXPECT_EQ(summary_->enrollments, static_cast<int>(snap_->enrollments.size()));
  EXPECT_GE(summary_->enrollments, 250);
  EXPECT_GE(summary_->pending_enrollments, 8);
  EXPECT_EQ(summary_->invitations, 3);
  EXPECT_EQ(summary_->invitations, static_cast<int>(snap_->invitations.size()));

  int students = 0, alumni = 0, employees = 0;
  for (const auto& [email, p] : snap_->people) {
    if (IsStudent(email)) ++students;
    if (p.roles.contains("lincoln-alumni") && p.roles.at("lincoln-alumni").contains(Role::kMentor))
      ++alumni;
    if (p.roles.contains("northwind") && !email.starts_with("admin@") &&
        !email.starts_with("coordinator@") && !email.starts_with("mentor@"))
      ++employees;
  }
  EXPECT_EQ(students, 151);  // student@ and student001..150
  EXPECT_EQ(alumni, 40);
  EXPECT_EQ(employees, 60);

  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto northwind = Org(tx, "northwind");
    auto career = Must(
        tx.CountEnrollments(lincoln.id, Program(tx, lincoln.id, "Career Pathways Mentoring").id));
    EXPECT_GE(career.mentees, 120);
    EXPECT_GE(career.mentors, 45);
    EXPECT_GE(career.pending, 8);
    auto sprint = Must(
        tx.CountEnrollments(lincoln.id, Program(tx, lincoln.id, "College Application Sprint").id));
    EXPECT_GE(sprint.mentees, 10);
    EXPECT_GE(sprint.mentors, 3);
    auto circles = Must(tx.CountEnrollments(
        northwind.id, Program(tx, northwind.id, "Northwind Growth Circles").id));
    EXPECT_GE(circles.mentors, 5);
    EXPECT_GE(circles.mentees, 10);
    EXPECT_EQ(circles.pending, 2);
    auto peer = Must(
        tx.CountEnrollments(northwind.id, Program(tx, northwind.id, "Northwind Peer Learning").id));
    EXPECT_GE(peer.mentees, 15);
  });
}

TEST_F(SeedDemoTest, ProgramsCoverEveryTypeAndADraft) {
  EXPECT_EQ(snap_->programs,
            (std::vector<std::string>{"lincoln-high/Career Pathways Mentoring/one_to_one/open",
                                      "lincoln-high/College Application Sprint/flash/open",
                                      "lincoln-high/Summer Internship Readiness/group/draft",
                                      "northwind/Northwind Growth Circles/group/open",
                                      "northwind/Northwind Peer Learning/peer/open"}));
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    EXPECT_EQ(career.audience, domain::Audience::kYouth);
    EXPECT_TRUE(career.requires_approval);
    EXPECT_EQ(career.start_date, "2026-08-31");
    EXPECT_EQ(career.end_date, "2027-06-11");
    EXPECT_EQ(Program(tx, Org(tx, "northwind").id, "Northwind Growth Circles").audience,
              domain::Audience::kAdult);
  });
}

TEST_F(SeedDemoTest, PendingApplicationsCarryMessages) {
  int pending = 0;
  for (const auto& e : snap_->enrollments) {
    if (e.status != EnrollmentStatus::kPending) continue;
    ++pending;
    EXPECT_EQ(e.source, domain::EnrollmentSource::kApplication);
    EXPECT_FALSE(e.message.empty()) << e.email;
  }
  EXPECT_EQ(pending, summary_->pending_enrollments);
}

TEST_F(SeedDemoTest, MentorsFromAllThreeOrganisationsInCareerPathways) {
  int alumni = 0, northwind = 0, ready = 0, unscreened = 0, untrained = 0;
  for (const auto& e : snap_->enrollments) {
    if (e.program != "Career Pathways Mentoring" || e.role != ProgramRole::kMentor ||
        e.status != EnrollmentStatus::kActive)
      continue;
    if (e.email.ends_with("@lincoln-alumni.example")) ++alumni;
    if (e.email.ends_with("@northwind.example")) ++northwind;
    if (e.screened && e.trained) ++ready;
    if (!e.screened) ++unscreened;
    if (e.screened && !e.trained) ++untrained;
    // Everyone enrolled in a program is a member of its organisation.
    EXPECT_TRUE(Person(e.email).roles.contains("lincoln-high")) << e.email;
  }
  EXPECT_GE(alumni, 30);
  EXPECT_GE(northwind, 10);
  EXPECT_GT(ready, unscreened + untrained);  // most are ready...
  EXPECT_GT(unscreened, 0);                  // ...but matching must see both
  EXPECT_GT(untrained, 0);
}

TEST_F(SeedDemoTest, EveryStoredProfileValidates) {
  for (const auto& [email, p] : snap_->people) {
    EXPECT_TRUE(IsValidEmail(email)) << email;
    EXPECT_TRUE(domain::ValidatePersonName(p.name).ok()) << email;
    if (!p.profile) continue;
    Status st = domain::ValidateProfile(*p.profile);
    EXPECT_TRUE(st.ok()) << email << ": " << st.ToString();
    EXPECT_EQ(domain::NormalizeProfile(*p.profile), *p.profile) << email;
  }
}

TEST_F(SeedDemoTest, StudentsAreMostlyMinorsWithGuardians) {
  int students = 0, minors = 0;
  for (const auto& [email, p] : snap_->people) {
    if (!IsStudent(email) || !p.profile) continue;
    ++students;
    const auto& minor = p.profile->minor;
    if (!minor.is_minor) continue;
    ++minors;
    EXPECT_FALSE(minor.guardian_name.empty()) << email;
    EXPECT_TRUE(IsValidEmail(minor.guardian_email)) << email;
  }
  EXPECT_EQ(students, 151);
  EXPECT_GE(minors * 100, students * 70);  // most are minors
  EXPECT_LT(minors, students);             // some seniors are 18
}

TEST_F(SeedDemoTest, StudentsShareBackgroundAndLanguages) {
  std::map<std::pair<std::string, std::string>, int> shared;
  std::map<std::string, int> languages;
  std::set<domain::Visibility> visibilities;
  std::set<std::string> cultures, zones;
  int students = 0, with_background = 0;
  for (const auto& [email, p] : snap_->people) {
    if (!IsStudent(email) || !p.profile) continue;
    ++students;
    if (!p.profile->background.empty()) ++with_background;
    for (const auto& b : p.profile->background) {
      ++shared[{b.field, b.value}];
      visibilities.insert(b.visibility);
      if (b.field == "cultural_background") cultures.insert(b.value);
    }
    for (const auto& l : p.profile->languages) ++languages[l];
    zones.insert(p.profile->time_zone);
    EXPECT_FALSE(p.profile->skills_learn.empty()) << email;
    EXPECT_FALSE(p.profile->goals.empty()) << email;
  }
  int most_shared = 0;
  for (const auto& [key, n] : shared) most_shared = std::max(most_shared, n);
  EXPECT_GE(most_shared * 3, students);  // at least a third share some field
  EXPECT_GE(with_background * 2, students);
  EXPECT_EQ(visibilities.size(), 4u);
  EXPECT_GE(cultures.size(), 10u);
  EXPECT_EQ(languages["en"], students);
  EXPECT_GE(languages["es"], 30);
  EXPECT_GE(languages.size(), 8u);
  EXPECT_GE(zones.size(), 2u);
}

TEST_F(SeedDemoTest, AMinorityOfStudentsPreferAMentorGenderThatCareerMentorsShare) {
  std::map<std::string, int> preferred;  // lower-cased value -> students
  int students = 0;
  for (const auto& [email, p] : snap_->people) {
    if (!IsStudent(email) || !p.profile) continue;
    ++students;
    const std::string& g = p.profile->mentee.preferred_mentor_gender;
    if (!g.empty()) ++preferred[ToLower(g)];
  }
  int with_preference = 0;
  for (const auto& [value, n] : preferred) with_preference += n;
  EXPECT_GE(with_preference, 8);
  EXPECT_LE(with_preference * 4, students);  // a minority
  EXPECT_EQ(Person("student@lincoln-high.example").profile->mentee.preferred_mentor_gender,
            "woman");

  // Ready Career Pathways mentors whose gender matching may use, by lower-cased value.
  std::map<std::string, int> mentors;
  for (const auto& e : snap_->enrollments) {
    if (e.program != "Career Pathways Mentoring" || e.role != ProgramRole::kMentor ||
        e.status != EnrollmentStatus::kActive || !e.screened || !e.trained)
      continue;
    for (const auto& b : Person(e.email).profile->background)
      if (b.field == domain::kGenderField && b.visibility != domain::Visibility::kPrivate)
        ++mentors[ToLower(b.value)];
  }
  // The common preferences can be met, by several mentors each.
  for (const char* value : {"woman", "man"}) {
    EXPECT_GE(preferred[value], 1) << value;
    EXPECT_GE(mentors[value], 5) << value;
  }
}

TEST_F(SeedDemoTest, InvitationsWaitInTheOutbox) {
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    for (const auto& inv : Must(tx.ListInvitations(lincoln.id))) {
      EXPECT_EQ(inv.EffectiveStatus(db_->clock.Now()), domain::InvitationStatus::kPending);
      EXPECT_EQ(inv.token_hash.size(), 64u);
    }
    auto outbox = Must(EveryRow(tx.ListOutbox(kEveryRow)));
    EXPECT_EQ(static_cast<int>(outbox.size()), summary_->outbox_messages);
    for (const auto& m : outbox) EXPECT_NE(m.body.find("/invite/"), std::string::npos);
  });
}

TEST_F(SeedDemoTest, GrowthCirclesHasAPublishedRoundWithMostMatchesAccepted) {
  db_->Read([&](Tx& tx) {
    const auto northwind = Org(tx, "northwind");
    const auto circles = Program(tx, northwind.id, "Northwind Growth Circles");
    const auto rounds = Must(tx.ListRounds(northwind.id, circles.id));
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].status, domain::RoundStatus::kPublished);
    EXPECT_LT(rounds[0].published_at, db_->clock.Now() - 14 * kDay);  // a few weeks old
    const auto proposals = Must(tx.ListProposals(northwind.id, rounds[0].id));

    const auto rels = Must(tx.ListRelationships(northwind.id, circles.id, {}));
    EXPECT_EQ(rels.size(), proposals.size());
    EXPECT_GE(rels.size(), 10u);
    int active = 0, proposed = 0, jordan = 0;
    std::set<std::string> mentees;
    const auto demo_mentor = Must(tx.FindPersonByEmail("mentor@northwind.example"));
    ASSERT_TRUE(demo_mentor.has_value());
    for (const auto& r : rels) {
      EXPECT_EQ(r.source, domain::RelationshipSource::kMatchRound);
      EXPECT_TRUE(mentees.insert(r.mentee_id).second) << "one circle per colleague";
      // Scored and explained by the round, in both people's words.
      EXPECT_GT(r.score, 0);
      EXPECT_FALSE(r.explanation.empty());
      EXPECT_FALSE(r.mentor_explanation.empty());
      EXPECT_NE(r.explanation, r.mentor_explanation);
      const bool is_proposal = std::any_of(proposals.begin(), proposals.end(), [&](const auto& p) {
        // The relationship shows only the points its explanation names.
        return p.mentee_id == r.mentee_id && p.mentor_id == r.mentor_id &&
               p.shown_score == r.score &&
               p.explanation == r.explanation && p.mentor_explanation == r.mentor_explanation;
      });
      EXPECT_TRUE(is_proposal);
      if (r.status == domain::RelationshipStatus::kActive) {
        ++active;
        EXPECT_TRUE(r.mentee_accepted && r.mentor_accepted);
      } else {
        EXPECT_EQ(r.status, domain::RelationshipStatus::kProposed);
        EXPECT_FALSE(r.mentee_accepted && r.mentor_accepted);
        ++proposed;
      }
      if (r.mentor_id == demo_mentor->id) ++jordan;
    }
    EXPECT_GT(active, proposed);  // most accepted on both sides
    EXPECT_GE(proposed, 2);       // a few still wait for an answer
    EXPECT_GE(jordan, 1);         // the demo mentor leads a circle
    // Both people were told, as the use cases do in production.
    const auto notes = Must(EveryRow(tx.ListNotifications(demo_mentor->id, kEveryRow)));
    EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const auto& n) {
      return n.text.find("Northwind Growth Circles") != std::string::npos;
    }));
  });
}

TEST_F(SeedDemoTest, TheDemoMentorHasAPendingRequestWithBothExplanations) {
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
      EXPECT_FALSE(r.explanation.empty());
      EXPECT_FALSE(r.mentor_explanation.empty());
      EXPECT_GT(r.expires_at, db_->clock.Now() + 4 * kDay);  // still open for days
    }
    EXPECT_EQ(pending, 1);
  });
}

TEST_F(SeedDemoTest, CareerPathwaysKeepsMostMenteesForACoordinatorsRound) {
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
    EXPECT_TRUE(Must(tx.ListRounds(lincoln.id, career.id)).empty());
    const auto rels = Must(tx.ListRelationships(lincoln.id, career.id, {}));
    ASSERT_EQ(rels.size(), 1u);  // one accepted request
    EXPECT_EQ(rels[0].status, domain::RelationshipStatus::kActive);
    EXPECT_EQ(rels[0].source, domain::RelationshipSource::kRequest);
    EXPECT_FALSE(rels[0].mentor_explanation.empty());
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

TEST_F(SeedDemoTest, SecondRunFailsAndWritesNothing) {
  auto again = SeedDemo(*db_->ctx);
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
  Snapshot after = TakeSnapshot(*db_);
  EXPECT_EQ(after.people.size(), snap_->people.size());
  EXPECT_TRUE(after.enrollments == snap_->enrollments);
  EXPECT_EQ(after.invitations, snap_->invitations);
  EXPECT_EQ(after.relationships, snap_->relationships);
  EXPECT_EQ(after.requests, snap_->requests);
  db_->Read([&](Tx& tx) {
    EXPECT_EQ(static_cast<int>(Must(EveryRow(tx.ListOutbox(kEveryRow))).size()), summary_->outbox_messages);
  });
}

TEST(SeedDemoEmptyDbTest, AnyExistingOrganisationIsAPrecondition) {
  DemoDb db;
  ASSERT_TRUE(db.store
                  ->Transact([](Tx& tx) {
                    return tx.InsertOrganisation({"0123456789abcdef0123456789abcdef", "Other",
                                                  "other", domain::OrganisationKind::kNonprofit,
                                                  0});
                  })
                  .ok());
  EXPECT_EQ(SeedDemo(*db.ctx).status().code(), StatusCode::kFailedPrecondition);
  db.Read([&](Tx& tx) {
    EXPECT_FALSE(Must(tx.FindPersonByEmail("admin@tandem.example")).has_value());
  });
}

TEST(SeedDemoDeterminismTest, SameSeedSameDataDifferentSeedDifferentPeople) {
  DemoDb a, b, c;
  ASSERT_TRUE(SeedDemo(*a.ctx, 7).ok());
  ASSERT_TRUE(SeedDemo(*b.ctx, 7).ok());
  ASSERT_TRUE(SeedDemo(*c.ctx, 8).ok());
  const Snapshot sa = TakeSnapshot(a), sb = TakeSnapshot(b), sc = TakeSnapshot(c);

  std::vector<std::string> emails_a, emails_b;
  for (const auto& [email, p] : sa.people) emails_a.push_back(email);
  for (const auto& [email, p] : sb.people) emails_b.push_back(email);
  ASSERT_EQ(emails_a, emails_b);
  for (const auto& [email, p] : sa.people) EXPECT_TRUE(p == sb.people.at(email)) << email;
  EXPECT_TRUE(sa.enrollments == sb.enrollments);
  EXPECT_EQ(sa.programs, sb.programs);
  EXPECT_EQ(sa.invitations, sb.invitations);
  // The relationship side too: the same pairs, answers, scores, explanations and messages.
  EXPECT_FALSE(sa.relationships.empty());
  EXPECT_FALSE(sa.requests.empty());
  EXPECT_EQ(sa.relationships, sb.relationships);
  EXPECT_EQ(sa.requests, sb.requests);

  // Another seed keeps the contract's named accounts but draws other people.
  for (const char* named :
       {"admin@tandem.example", "student@lincoln-high.example", "mentor@northwind.example"})
    EXPECT_TRUE(sc.people.contains(named)) << named;
  int same_names = 0;
  for (const auto& [email, p] : sa.people)
    if (IsStudent(email) && sc.people.contains(email) && sc.people.at(email).name == p.name)
      ++same_names;
  EXPECT_LT(same_names, 30);
}

}  // namespace
}  // namespace tandem::app
