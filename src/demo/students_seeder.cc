#include "demo/students_seeder.h"

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

constexpr int kStudents = 150;

domain::Profile StudentProfile(DemoWriter& w, const Identity& who, int grade, bool minor,
                               const Career& career, const std::vector<std::string>& langs,
                               bool first_generation) {
  DemoRandom& rng = w.rng();
  domain::Profile p;
  p.headline = Format(kStudentHeadline,
                      {{"grade name", GradeName(grade)}, {"a career", WithArticle(career.name)}});
  p.interests.emplace_back(career.interest);
  for (auto i : rng.Sample(kInterests, rng.Between(1, 3)))
    if (i != career.interest) p.interests.emplace_back(i);
  const std::string interests =
      ToLower(p.interests[0]) +
      (p.interests.size() > 1 ? " and " + ToLower(p.interests[1]) : std::string());
  p.bio = Format(kStudentBio, {{"grade", std::to_string(grade)}, {"interests", interests}}) +
          std::string(rng.Pick(kHobbies));
  if (first_generation) p.bio += kStudentFirstInFamily;
  const Culture& c = *who.culture;
  if (langs.size() > 1 && (langs[1] == c.language || langs[1] == c.language2))
    p.bio += Format(kHomeLanguage, {{"language", LanguageName(langs[1])}});

  int current = rng.Between(1, 2);
  p.skills_learn.push_back({std::string(career.skill1), current, current + rng.Between(1, 2)});
  current = rng.Between(1, 2);
  p.skills_learn.push_back({std::string(career.skill2), current, current + rng.Between(1, 2)});
  for (auto s : rng.Sample(kStudentGeneralSkills, rng.Between(1, 2))) {
    current = rng.Between(1, 3);
    p.skills_learn.push_back({std::string(s), current, std::min(5, current + rng.Between(1, 3))});
  }

  p.goals.push_back(MakeGoal(rng.Pick(kCareerGoals), career.name));
  for (const auto& g : rng.Sample(kStudentGoals, rng.Between(0, 2))) p.goals.push_back(MakeGoal(g));

  p.languages = langs;
  p.time_zone = rng.Percent(90) ? "America/Chicago" : UsTimeZone(w);
  p.availability_hours_per_month = 2 * rng.Between(1, 5);
  p.mentor.capacity = 0;
  // Many students want someone from outside school: a professional or an alum.
  p.mentee.wants_outside_mentor = rng.Percent(40);
  p.mentee.preferred_mentor_gender = PreferredMentorGender(w, who);
  if (minor) {
    // A parent or guardian from the same family, usually with the same family name.
    const bool mother = rng.Percent(65);
    Identity guardian = who;
    while (guardian.given == who.given)
      guardian.given =
          std::string(mother ? rng.Pick(who.culture->female) : rng.Pick(who.culture->male));
    if (rng.Percent(15)) guardian.family = std::string(rng.Pick(who.culture->family));
    p.minor = {true, guardian.name(),
               EmailPart(guardian.given) + "." + EmailPart(guardian.family) + "@" +
                   std::string(rng.Pick(kGuardianMailDomains))};
  }
  return p;
}

}  // namespace

Status SeedStudents(DemoWriter& w) {
  DemoRandom& rng = w.rng();
  for (int i = 1; i <= kStudents; ++i) {
    const Identity who = NewIdentity(w, Population::kSchool);
    const int grade = rng.Between(9, 12);
    const bool minor = grade + 5 + rng.Between(0, 1) < 18;  // grade 9 is 14 or 15 years old
    const Career& career = rng.Pick(kCareers);
    const auto langs = Languages(w, *who.culture, 12);
    const bool spanish_first = langs.size() > 1 && langs[1] == "es" && rng.Percent(30);
    char email[64];
    std::snprintf(email, sizeof email, "student%03d@lincoln-high.example", i);

    const bool first_generation = rng.Percent(48);
    domain::Profile profile = StudentProfile(w, who, grade, minor, career, langs, first_generation);
    AddBackgrounds(w, profile, who, first_generation, {38, 55, 50, 5, 5, 0});

    ASSIGN_OR_RETURN(auto person, w.AddPerson(email, who.name(), spanish_first ? "es" : "en",
                                              w.DaysAgo(20, 110)));
    RETURN_IF_ERROR(w.tx().SetRoles(w.cast().lincoln.id, person.id, {Role::kMentee}));
    RETURN_IF_ERROR(w.AddProfile(person, std::move(profile)));

    // Fixed positions, not chance, decide who is pending or not enrolled, so that every
    // seed gives coordinators some applications to review.
    if (i % 17 == 5) {
      RETURN_IF_ERROR(w.Enroll(w.cast().career, person, ProgramRole::kMentee,
                               EnrollmentStatus::kPending, EnrollmentSource::kApplication,
                               Fill(rng.Pick(kApplicationMessages), career.name)));
    } else if (i % 23 != 11) {
      RETURN_IF_ERROR(w.Enroll(
          w.cast().career, person, ProgramRole::kMentee, EnrollmentStatus::kActive,
          rng.Percent(70) ? EnrollmentSource::kInvitation : EnrollmentSource::kApplication));
      w.cast().students.push_back({person.id, std::string(career.name), grade});
    }
    if (grade == 12 && rng.Percent(60))
      RETURN_IF_ERROR(w.Enroll(w.cast().sprint, person, ProgramRole::kMentee,
                               EnrollmentStatus::kActive, EnrollmentSource::kApplication));
  }
  return Status::Ok();
}

}  // namespace tandem::demo
