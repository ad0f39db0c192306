// The demo's tables of people: names in cultural groups, careers, skills, interests, hobbies,
// goals, jobs, universities and time zones. Plain data, no logic: the seeders draw from these
// lists (people_factory.h), so changing an entry, or the order of entries, changes the demo that
// a seed gives (the contract's named accounts excepted: data_accounts.h).
//
// Texts may hold "{a career}", replaced with a student's career and its article (text.h).
#ifndef TANDEM_DEMO_DATA_PEOPLE_H_
#define TANDEM_DEMO_DATA_PEOPLE_H_

#include <array>
#include <span>
#include <string_view>

namespace tandem::demo {

using Words = std::span<const std::string_view>;

// Names come in cultural groups so that a person's given and family names, their heritage
// language and the background they may choose to share belong together.
struct Culture {
  std::string_view label;     // what a person might write as cultural_background
  std::string_view language;  // heritage language (ISO 639-1), "" = none
  int language_percent;       // share of people who speak it
  std::string_view language2;
  int language2_percent;
  Words female, male, family;
  int student_weight;       // share of Lincoln High's students and alumni
  int professional_weight;  // share of Northwind's employees
};
extern const std::span<const Culture> kCultures;

// "Spanish" for "es"; the code itself when the table has no name for it.
std::string_view LanguageName(std::string_view code);

// What a student wants to become, the two skills that lead there, an interest.
struct Career {
  std::string_view name;
  std::string_view skill1, skill2;
  std::string_view interest;
};
extern const std::span<const Career> kCareers;

extern const Words kStudentGeneralSkills;  // skills any student may want to learn
extern const Words kInterests;
extern const Words kHobbies;       // a sentence for a student's bio
extern const Words kGrowthSkills;  // what employees want to learn
extern const Words kDisabilities;
extern const Words kUniversities;
extern const Words kGuardianMailDomains;

// A goal: its text and one or two tags ("" = none).
struct GoalTemplate {
  std::string_view text;  // "{a career}" is replaced
  std::string_view tag1, tag2;
};
extern const std::span<const GoalTemplate> kStudentGoals;
extern const std::span<const GoalTemplate> kCareerGoals;  // each names the career
extern const std::span<const GoalTemplate> kMentorGoals;
extern const std::span<const GoalTemplate> kEmployeeGoals;

// A student's application message to Career Pathways ("{a career}" is replaced).
extern const Words kApplicationMessages;

// A job (or, for alumni still at university, a major): the skills it teaches ("" = none) and
// an interest.
struct Job {
  std::string_view title;
  std::string_view employer;  // "" = Northwind Analytics (or none, for a major)
  std::array<std::string_view, 3> skills;
  std::string_view interest;
};
extern const std::span<const Job> kNorthwindJobs;
extern const std::span<const Job> kNorthwindJuniorJobs;
extern const std::span<const Job> kAlumniJobs;
extern const std::span<const Job> kAlumniMajors;

struct WeightedZone {
  std::string_view zone;
  int weight;
};
extern const std::span<const WeightedZone> kUsTimeZones;

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_PEOPLE_H_
