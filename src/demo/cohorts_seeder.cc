#include "demo/cohorts_seeder.h"

#include <map>
#include <string>

#include "app/match_rounds.h"
#include "app/programs.h"
#include "demo/shifted_clock.h"

namespace tandem::demo {

std::string AdvisoryOf(size_t k) {
  return std::string("Advisory ") + static_cast<char>('A' + k % 4);
}

Status SeedCareerCohorts(const app::Context& base, const Cast& cast, SeedSummary&) {
  ShiftedClock clock(base.clock);
  const app::Context ctx = WithClock(base, clock);
  const app::Caller coordinator{cast.lincoln_coordinator.id};
  const std::string& org = cast.lincoln.id;
  const std::string& program = cast.career.id;
  clock.Back(kDay);
  // The students' active mentee places, by person.
  std::map<std::string, std::string> enrollment_of;
  app::EnrollmentFilter mentees;
  mentees.role = domain::ProgramRole::kMentee;
  mentees.status = domain::EnrollmentStatus::kActive;
  app::PageRequest page{app::kMaxPageSize, ""};
  do {
    ASSIGN_OR_RETURN(auto listed,
                     app::ListEnrollments(ctx, coordinator, org, program, mentees, page));
    for (const auto& v : listed.items) enrollment_of[v.enrollment.person_id] = v.enrollment.id;
    page.cursor = listed.next_cursor;
  } while (!page.cursor.empty());
  for (size_t k = 0; k < cast.students.size(); ++k) {
    const DemoStudent& s = cast.students[k];
    auto e = enrollment_of.find(s.id);
    if (e == enrollment_of.end()) continue;  // pending or not enrolled
    app::EnrollmentFlags labels;
    labels.grade = std::to_string(s.grade);
    labels.group = AdvisoryOf(k);
    RETURN_IF_ERROR(
        app::SetEnrollmentFlags(ctx, coordinator, org, program, e->second, labels).status());
  }
  // A draft round over the whole program, left for the coordinator to act on: there are more
  // students than mentor places, so most are left with their groups and actions.
  clock.Back(kDay - 3 * kHour);
  app::RoundRequest everyone;
  everyone.objective = domain::Objective::kCoverage;
  return app::RunMatchRound(ctx, coordinator, org, program, everyone).status();
}

}  // namespace tandem::demo
