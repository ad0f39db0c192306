// The sentences that generated headlines and bios are made of. "{name}" placeholders are filled
// by the people seeders (text.h, Format); "{a career}" and "{a job}" take their article. Plain
// data: changing a sentence changes the demo's bios, not its people.
#ifndef TANDEM_DEMO_DATA_BIOS_H_
#define TANDEM_DEMO_DATA_BIOS_H_

#include <string_view>

namespace tandem::demo {

// Lincoln High students. {grade name}: "Junior"; {interests}: "music" or "music and law".
extern const std::string_view kStudentHeadline;  // {grade name}, {a career}
extern const std::string_view kStudentBio;       // {grade}, {interests}; a hobby follows
extern const std::string_view kStudentFirstInFamily;
extern const std::string_view kHomeLanguage;  // {language}
extern const std::string_view kAlsoSpeaks;    // {language}

// Lincoln alumni: at university ({yy}: "23") or working.
extern const std::string_view kAlumnusStudyingHeadline;  // {yy}, {major}, {university}
extern const std::string_view kAlumnusStudying;          // {major}, {university}
extern const std::string_view kAlumnusWorkingHeadline;   // {yy}, {title}, {employer}
extern const std::string_view kAlumnusWorking;           // {a job}, {employer}
// {year}, {first in family} (one of the two below), {now} (one of the four above, sentence),
// {languages} (kAlsoSpeaks or "").
extern const std::string_view kAlumnusBio;
extern const std::string_view kAlumnusFirstInFamily;
extern const std::string_view kAlumnusNotFirstInFamily;

// Northwind employees.
extern const std::string_view kEmployeeHeadline;  // {title}
extern const std::string_view kEmployeeJoined;    // this year
extern const std::string_view kEmployeeYears;     // {field}, {years}
extern const std::string_view kEmployeeYear;      // {field}: one year
extern const std::string_view kEmployeeFirstInFamily;
extern const std::string_view kEmployeeNotFirstInFamily;
extern const std::string_view kSeniorOffer;  // mentors' closing sentence

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_BIOS_H_
