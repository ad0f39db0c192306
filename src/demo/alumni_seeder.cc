#include "demo/alumni_seeder.h"

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

constexpr int kAlumni = 40;

domain::Profile AlumniProfile(DemoWriter& w, const Identity& who, int class_of,
                              const std::vector<std::string>& langs, bool first_generation) {
  DemoRandom& rng = w.rng();
  domain::Profile p;
  std::string now_doing;
  if (class_of >= 2022) {
    const Job& major = rng.Pick(kAlumniMajors);
    const std::string uni(rng.Pick(kUniversities));
    p.headline = Format(kAlumnusStudyingHeadline,
                        {{"yy", TwoDigits(class_of)}, {"major", major.title}, {"university", uni}});
    now_doing = Format(kAlumnusStudying, {{"major", major.title}, {"university", uni}});
    for (std::string_view s : major.skills)
      if (!s.empty()) p.skills_teach.push_back({std::string(s), rng.Between(3, 4)});
    p.skills_teach.push_back({"College applications", 4});
    p.interests.emplace_back(major.interest);
  } else {
    const Job& job = rng.Pick(kAlumniJobs);
    p.headline =
        Format(kAlumnusWorkingHeadline,
               {{"yy", TwoDigits(class_of)}, {"title", job.title}, {"employer", job.employer}});
    now_doing = Format(kAlumnusWorking,
                       {{"a job", WithArticle(ToLower(job.title))}, {"employer", job.employer}});
    AddTeachSkills(w, p, job);
    p.interests.emplace_back(job.interest);
    if (rng.Percent(40)) p.skills_teach.push_back({"Resume writing", rng.Between(3, 4)});
  }
  if (first_generation && rng.Percent(70))
    p.skills_teach.push_back({"College applications", rng.Between(3, 5)});
  if (Speaks(langs, "es")) p.skills_teach.push_back({"Spanish", 5});
  for (auto i : rng.Sample(kInterests, rng.Between(1, 3))) p.interests.emplace_back(i);
  p.bio = Format(kAlumnusBio, {{"year", std::to_string(class_of)},
                               {"first in family", first_generation ? kAlumnusFirstInFamily
                                                                    : kAlumnusNotFirstInFamily},
                               {"now", now_doing},
                               {"languages", LanguageSentence(langs)}});
  p.goals.push_back(MakeGoal(rng.Pick(kMentorGoals)));
  p.languages = langs;
  p.time_zone = rng.Percent(65) ? "America/Chicago" : UsTimeZone(w);
  p.availability_hours_per_month = 2 * rng.Between(2, 6);
  p.mentor = {rng.Between(1, 3), rng.Percent(60)};
  return p;
}

}  // namespace

Status SeedAlumni(DemoWriter& w) {
  DemoRandom& rng = w.rng();
  for (int i = 0; i < kAlumni; ++i) {
    const Identity who = NewIdentity(w, Population::kSchool);
    const int class_of = rng.Between(2004, 2023);
    const auto langs = Languages(w, *who.culture, 15);
    const bool first_generation = rng.Percent(50);
    domain::Profile profile = AlumniProfile(w, who, class_of, langs, first_generation);
    AddBackgrounds(w, profile, who, first_generation, {25, 50, 55, 4, 8, 5});

    ASSIGN_OR_RETURN(auto person, w.AddPerson(UniqueEmail(w, who, "lincoln-alumni.example"),
                                              who.name(), "en", w.DaysAgo(60, 300)));
    RETURN_IF_ERROR(w.tx().SetRoles(w.cast().alumni.id, person.id, {Role::kMentor}));
    RETURN_IF_ERROR(w.tx().SetRoles(w.cast().lincoln.id, person.id, {Role::kMentor}));
    RETURN_IF_ERROR(w.AddProfile(person, std::move(profile)));

    // Youth safety: most are cleared and trained, some are still in screening or training
    // (matching must skip them), the last two have only just applied.
    if (i >= kAlumni - 2) {
      RETURN_IF_ERROR(w.Enroll(w.cast().career, person, ProgramRole::kMentor,
                               EnrollmentStatus::kPending, EnrollmentSource::kApplication,
                               "I graduated in " + std::to_string(class_of) +
                                   " and would love to mentor a student this year."));
      continue;
    }
    const bool screened = i % 10 != 3;
    const bool trained = screened && i % 10 != 7;
    RETURN_IF_ERROR(
        w.Enroll(w.cast().career, person, ProgramRole::kMentor, EnrollmentStatus::kActive,
                 rng.Percent(50) ? EnrollmentSource::kInvitation : EnrollmentSource::kApplication,
                 "", screened, trained));
    if (trained && i % 5 == 1)
      RETURN_IF_ERROR(w.Enroll(w.cast().sprint, person, ProgramRole::kMentor,
                               EnrollmentStatus::kActive, EnrollmentSource::kInvitation, "", true,
                               true));
  }
  return Status::Ok();
}

}  // namespace tandem::demo
