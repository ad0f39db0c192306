#include "demo/employees_seeder.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "base/strings.h"
#include "demo/data_bios.h"
#include "demo/data_people.h"
#include "demo/people.h"
#include "demo/text.h"

namespace tandem::demo {

using domain::EnrollmentSource;
using domain::EnrollmentStatus;
using domain::ProgramRole;
using domain::Role;

namespace {

constexpr int kEmployees = 60;
constexpr int kSchoolVolunteers = 14;  // Northwind mentors in Career Pathways

domain::Profile EmployeeProfile(DemoWriter& w, const Identity& who, const Job& job, bool senior,
                                const std::vector<std::string>& langs, bool first_generation) {
  DemoRandom& rng = w.rng();
  domain::Profile p;
  const int years = senior ? rng.Between(4, 22) : rng.Between(0, 3);
  p.headline = Format(kEmployeeHeadline, {{"title", job.title}});
  p.bio =
      (years == 0 ? std::string(kEmployeeJoined)
                  : Format(years == 1 ? kEmployeeYear : kEmployeeYears,
                           {{"field", ToLower(job.interest)}, {"years", std::to_string(years)}})) +
      std::string(first_generation ? kEmployeeFirstInFamily : kEmployeeNotFirstInFamily) +
      LanguageSentence(langs);
  if (senior) {
    AddTeachSkills(w, p, job);
    if (rng.Percent(35)) p.skills_teach.push_back({"College applications", rng.Between(3, 4)});
    if (rng.Percent(40)) p.skills_teach.push_back({"Interviewing", rng.Between(3, 5)});
    if (Speaks(langs, "es")) p.skills_teach.push_back({"Spanish", 5});
    p.goals.push_back(MakeGoal(rng.Pick(kMentorGoals)));
    p.mentor = {rng.Between(1, 4), rng.Percent(70)};
    p.bio += kSeniorOffer;
  } else {
    for (std::string_view s : job.skills)
      if (!s.empty()) p.skills_teach.push_back({std::string(s), rng.Between(2, 3)});
    p.goals.push_back(MakeGoal(rng.Pick(kEmployeeGoals)));
    p.mentor = {0, false};
  }
  for (auto s : rng.Sample(kGrowthSkills, rng.Between(1, senior ? 1 : 3))) {
    const int current = rng.Between(1, 3);
    p.skills_learn.push_back({std::string(s), current, current + rng.Between(1, 2)});
  }
  p.interests.emplace_back(job.interest);
  for (auto i : rng.Sample(kInterests, rng.Between(1, 3))) p.interests.emplace_back(i);
  p.languages = langs;
  p.time_zone = UsTimeZone(w);
  p.availability_hours_per_month = senior ? rng.Between(4, 16) : rng.Between(4, 10);
  return p;
}

}  // namespace

Status SeedEmployees(DemoWriter& w) {
  DemoRandom& rng = w.rng();
  int school_volunteers = 0;
  int junior_index = 0;
  const int juniors = kEmployees / 4;
  for (int i = 0; i < kEmployees; ++i) {
    const Identity who = NewIdentity(w, Population::kProfessional);
    const bool senior = i % 4 != 3;  // three in four volunteer as mentors
    const Job& job = senior ? rng.Pick(kNorthwindJobs) : rng.Pick(kNorthwindJuniorJobs);
    const auto langs = Languages(w, *who.culture, 10);
    const bool first_generation = rng.Percent(35);
    domain::Profile profile = EmployeeProfile(w, who, job, senior, langs, first_generation);
    AddBackgrounds(w, profile, who, first_generation, {0, 40, 60, 4, 8, 6});
    const bool external = profile.mentor.accepts_external_mentees;
    const bool peer = i % 3 == 0;
    const bool school = senior && external && school_volunteers < kSchoolVolunteers;

    domain::RoleSet roles;
    if (senior) roles.insert(Role::kMentor);
    if (!senior || peer) roles.insert(Role::kMentee);
    ASSIGN_OR_RETURN(auto person, w.AddPerson(UniqueEmail(w, who, "northwind.example"), who.name(),
                                              "en", w.DaysAgo(30, 360)));
    RETURN_IF_ERROR(w.tx().SetRoles(w.cast().northwind.id, person.id, roles));
    RETURN_IF_ERROR(w.AddProfile(person, std::move(profile)));

    if (school) {
      ++school_volunteers;
      RETURN_IF_ERROR(w.tx().SetRoles(w.cast().lincoln.id, person.id, {Role::kMentor}));
      RETURN_IF_ERROR(w.Enroll(w.cast().career, person, ProgramRole::kMentor,
                               EnrollmentStatus::kActive, EnrollmentSource::kInvitation, "",
                               rng.Percent(90), rng.Percent(80)));
    }
    if (senior && i % 5 == 0)
      RETURN_IF_ERROR(w.Enroll(w.cast().circles, person, ProgramRole::kMentor,
                               EnrollmentStatus::kActive, EnrollmentSource::kInvitation));
    if (!senior) {
      // The last two juniors have just applied to a circle.
      const bool pending = ++junior_index > juniors - 2;
      RETURN_IF_ERROR(w.Enroll(
          w.cast().circles, person, ProgramRole::kMentee,
          pending ? EnrollmentStatus::kPending : EnrollmentStatus::kActive,
          EnrollmentSource::kApplication,
          pending ? "I'd like to grow into a team lead and would love a circle to learn with."
                  : ""));
    }
    // In a peer program everyone joins as a mentee and is matched with another participant.
    if (peer)
      RETURN_IF_ERROR(w.Enroll(w.cast().peer, person, ProgramRole::kMentee,
                               EnrollmentStatus::kActive, EnrollmentSource::kApplication));
  }
  return Status::Ok();
}

}  // namespace tandem::demo
