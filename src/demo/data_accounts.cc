#include "demo/data_accounts.h"

#include <string>
#include <vector>

namespace tandem::demo {
namespace {

using domain::ProgramRole;
using domain::Role;
using domain::Visibility;

domain::Profile Staff(std::string headline, std::vector<std::string> languages) {
  domain::Profile p;
  p.headline = std::move(headline);
  p.languages = std::move(languages);
  p.time_zone = "America/Chicago";
  p.mentor.capacity = 0;
  return p;
}

domain::Profile NamedStudentProfile() {
  domain::Profile p;
  p.headline = "Junior · wants to become a nurse";
  p.bio =
      "I'm in grade 11 at Lincoln High. My aunt is a nurse and I'd like to follow her. I "
      "help my little brothers with homework after school. At home we speak Spanish.";
  p.skills_learn = {
      {"College applications", 1, 4}, {"Healthcare", 1, 3}, {"Public speaking", 2, 4}};
  p.interests = {"Medicine", "Health", "Community service"};
  p.goals = {{"Find out what a day as a nurse really looks like", {"careers", "job shadowing"}},
             {"Finish the FAFSA with my family", {"financial aid", "college"}}};
  p.languages = {"en", "es"};
  p.time_zone = "America/Chicago";
  p.availability_hours_per_month = 6;
  p.background = {{"first_generation", "yes", Visibility::kMatching},
                  {"cultural_background", "Mexican American", Visibility::kParticipants},
                  {"gender", "woman", Visibility::kMatching}};
  p.mentor.capacity = 0;
  p.mentee.wants_outside_mentor = true;
  // Shows the preference in the demo: her recommendations explain which mentors meet it.
  p.mentee.preferred_mentor_gender = "woman";
  p.minor = {true, "Lucía Hernández", "lucia.hernandez@example.net"};
  return p;
}

domain::Profile NamedMentorProfile() {
  domain::Profile p;
  p.headline = "Senior Data Scientist at Northwind Analytics";
  p.bio =
      "I grew up on the South Side and was the first in my family to go to college. I "
      "build forecasting models for hospitals and love helping students find their way "
      "into tech.";
  p.skills_teach = {{"Python", 5},
                    {"Data analysis", 5},
                    {"Machine learning", 4},
                    {"College applications", 3},
                    {"Public speaking", 3}};
  p.skills_learn = {{"Leadership", 3, 4}};
  p.interests = {"Technology", "Science", "Health", "Education"};
  p.goals = {
      {"Help a student see a path I did not know existed at their age", {"giving back", "youth"}}};
  p.languages = {"en", "hi"};
  p.time_zone = "America/Chicago";
  p.availability_hours_per_month = 8;
  p.background = {{"first_generation", "yes", Visibility::kMatching},
                  {"cultural_background", "Indian American", Visibility::kParticipants}};
  p.mentor = {3, true};
  return p;
}

constexpr NamedMembership kNone{nullptr, Role::kMentee};
constexpr NamedEnrollment kNoEnrollment{nullptr, ProgramRole::kMentee, false};

const NamedAccount kNamedAccountRows[] = {
    {&Cast::platform_admin,
     "admin@tandem.example",
     "Morgan Ellis",
     "platform admin (sees the outbox)",
     true,
     {kNone, kNone},
     nullptr,
     {kNoEnrollment, kNoEnrollment}},
    {&Cast::lincoln_admin,
     "admin@lincoln-high.example",
     "Angela Brooks",
     "Lincoln High School: org_admin",
     false,
     {{{&Cast::lincoln, Role::kOrgAdmin}, kNone}},
     [] { return Staff("Principal, Lincoln High School", {"en"}); },
     {kNoEnrollment, kNoEnrollment}},
    {&Cast::lincoln_coordinator,
     "coordinator@lincoln-high.example",
     "Marcus Rivera",
     "Lincoln High School: coordinator",
     false,
     {{{&Cast::lincoln, Role::kCoordinator}, kNone}},
     [] {
       return Staff("College and career coordinator", {"en", "es"});
     },
     {kNoEnrollment, kNoEnrollment}},
    {&Cast::student,
     "student@lincoln-high.example",
     "Sofia Hernández",
     "Lincoln High School: mentee (a minor)",
     false,
     {{{&Cast::lincoln, Role::kMentee}, kNone}},
     NamedStudentProfile,
     {{{&Cast::career, ProgramRole::kMentee, false}, kNoEnrollment}}},
    {&Cast::northwind_admin,
     "admin@northwind.example",
     "Grace Liu",
     "Northwind Analytics: org_admin",
     false,
     {{{&Cast::northwind, Role::kOrgAdmin}, kNone}},
     [] {
       return Staff("VP People, Northwind Analytics", {"en", "zh"});
     },
     {kNoEnrollment, kNoEnrollment}},
    {&Cast::northwind_coordinator,
     "coordinator@northwind.example",
     "Daniel Okafor",
     "Northwind Analytics: coordinator",
     false,
     {{{&Cast::northwind, Role::kCoordinator}, kNone}},
     [] { return Staff("Learning and development lead", {"en"}); },
     {kNoEnrollment, kNoEnrollment}},
    {&Cast::mentor,
     "mentor@northwind.example",
     "Jordan Patel",
     "Northwind Analytics: mentor; also mentors at Lincoln High School",
     false,
     {{{&Cast::northwind, Role::kMentor}, {&Cast::lincoln, Role::kMentor}}},
     NamedMentorProfile,
     {{{&Cast::career, ProgramRole::kMentor, true},
       {&Cast::circles, ProgramRole::kMentor, false}}}},
    {&Cast::alumni_admin,
     "admin@lincoln-alumni.example",
     "Renee Washington",
     "Lincoln Alumni Association: org_admin",
     false,
     {{{&Cast::alumni, Role::kOrgAdmin}, kNone}},
     [] { return Staff("Class of 1998 · President, Lincoln Alumni Association", {"en"}); },
     {kNoEnrollment, kNoEnrollment}},
};

}  // namespace

const std::span<const NamedAccount> kNamedAccounts = kNamedAccountRows;

}  // namespace tandem::demo
