#include "demo/data_bios.h"

namespace tandem::demo {

const std::string_view kStudentHeadline = "{grade name} · wants to become {a career}";
const std::string_view kStudentBio =
    "I'm in grade {grade} at Lincoln High. I'm interested in {interests}. ";
const std::string_view kStudentFirstInFamily = " I'll be the first in my family to go to college.";
const std::string_view kHomeLanguage = " At home we speak {language}.";
const std::string_view kAlsoSpeaks = " I also speak {language}.";

const std::string_view kAlumnusStudyingHeadline =
    "Lincoln High '{yy} · studying {major} at {university}";
const std::string_view kAlumnusStudying = "Now I study {major} at {university}.";
const std::string_view kAlumnusWorkingHeadline = "Lincoln High '{yy} · {title} at {employer}";
const std::string_view kAlumnusWorking = "Today I'm {a job} at {employer}.";
const std::string_view kAlumnusBio =
    "I graduated from Lincoln High in {year}{first in family}{now}{languages} I want students to "
    "have the mentor I wish I'd had.";
const std::string_view kAlumnusFirstInFamily = " and was the first in my family to go to college. ";
const std::string_view kAlumnusNotFirstInFamily = ". ";

const std::string_view kEmployeeHeadline = "{title} at Northwind Analytics";
const std::string_view kEmployeeJoined = "I joined Northwind this year";
const std::string_view kEmployeeYears = "I've worked in {field} for {years} years";
const std::string_view kEmployeeYear = "I've worked in {field} for 1 year";
const std::string_view kEmployeeFirstInFamily =
    " and was the first in my family to finish college.";
const std::string_view kEmployeeNotFirstInFamily = ".";
const std::string_view kSeniorOffer = " Happy to talk about careers in data and how I got here.";

}  // namespace tandem::demo
