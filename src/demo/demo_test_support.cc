#include "demo/demo_test_support.h"

#include <algorithm>

#include "matching/scoring/reasons.h"

namespace tandem::demo {
namespace {

// A pair's reasons in the English of the command line, as the mentee and as the mentor read
// them: every id, fact and point, comparable between two demos.
std::string BothSides(const std::vector<Reason>& reasons) {
  return matching::EnglishReasons(reasons, matching::Perspective::kMentee) + "/" +
         matching::EnglishReasons(reasons, matching::Perspective::kMentor);
}

}  // namespace

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
              std::to_string(r.score) + "/" + BothSides(r.reasons));
      }
    }
    for (const auto& [email, p] : snap.people) {
      auto person = Must(tx.FindPersonByEmail(email));
      if (!person) continue;
      for (const auto& r : Must(tx.ListRequestsOfMentor(person->id))) {
        auto prog = Must(tx.GetProgram(r.organisation_id, r.program_id));
        snap.requests.push_back(prog.name + "/" + EmailOf(tx, r.mentee_id) + "/" + email + "/" +
                                std::string(domain::RequestStatusName(r.status)) + "/" +
                                std::to_string(r.score) + "/" + r.message + "/" +
                                BothSides(r.reasons));
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

Result<BaseRun> RunBaseSeeders(DemoDb& db, std::initializer_list<BaseSeeder> seeders) {
  return app::InTx<BaseRun>(*db.store, [&](Tx& tx) -> Result<BaseRun> {
    DemoWriter w(*db.ctx, tx, 2026, "hash");
    for (BaseSeeder run : seeders) RETURN_IF_ERROR(run(w));
    return BaseRun{w.cast(), w.summary()};
  });
}

bool IsStudent(const std::string& email) {
  return email.starts_with("student") && email.ends_with("@lincoln-high.example");
}

DemoDb* SeededDemoTest::db_ = nullptr;
SeedSummary* SeededDemoTest::summary_ = nullptr;
Snapshot* SeededDemoTest::snap_ = nullptr;

void SeededDemoTest::SetUpTestSuite() {
  if (db_ != nullptr) return;  // another suite of this process seeded it
  static DemoDb db;
  db_ = &db;
  auto r = SeedDemo(*db_->ctx);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  static SeedSummary summary = *r;
  summary_ = &summary;
  static Snapshot snap = TakeSnapshot(*db_);
  snap_ = &snap;
}

domain::Organisation SeededDemoTest::Org(Tx& tx, const std::string& slug) {
  for (auto& o : Must(tx.ListOrganisations()))
    if (o.slug == slug) return o;
  ADD_FAILURE() << "no organisation " << slug;
  return {};
}

domain::Program SeededDemoTest::Program(Tx& tx, const std::string& org_id,
                                        const std::string& name) {
  for (auto& p : Must(EveryRow(tx.ListPrograms(org_id, true, kEveryRow))))
    if (p.name == name) return p;
  ADD_FAILURE() << "no program " << name;
  return {};
}

const PersonSnapshot& SeededDemoTest::Person(const std::string& email) {
  static const PersonSnapshot kNone;
  auto it = snap_->people.find(email);
  if (it == snap_->people.end()) {
    ADD_FAILURE() << "no person " << email;
    return kNone;
  }
  return it->second;
}

}  // namespace tandem::demo
