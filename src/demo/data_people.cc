#include "demo/data_people.h"

namespace tandem::demo {
namespace {

constexpr Career kCareersRows[] = {
    {"software engineer", "Python", "JavaScript", "Technology"},
    {"nurse", "Healthcare", "Research", "Medicine"},
    {"teacher", "Teaching", "Public speaking", "Education"},
    {"architect", "Design", "Engineering", "Arts"},
    {"lawyer", "Writing", "Negotiation", "Law"},
    {"electrician", "Engineering", "Entrepreneurship", "Engineering"},
    {"graphic designer", "Graphic design", "Design", "Arts"},
    {"small business owner", "Entrepreneurship", "Financial literacy", "Business"},
    {"physical therapist", "Healthcare", "Research", "Sports"},
    {"data scientist", "Data analysis", "Statistics", "Science"},
    {"journalist", "Writing", "Research", "Writing"},
    {"mechanical engineer", "Engineering", "Python", "Robotics"},
    {"accountant", "Accounting", "Financial literacy", "Finance"},
    {"pharmacist", "Healthcare", "Research", "Medicine"},
    {"social worker", "Leadership", "Writing", "Social justice"},
    {"video game designer", "JavaScript", "Design", "Gaming"},
    {"veterinarian", "Research", "Healthcare", "Environment"},
    {"civil engineer", "Engineering", "Project management", "Environment"},
    {"marketing manager", "Marketing", "Public speaking", "Business"},
    {"music producer", "Marketing", "Entrepreneurship", "Music"},
};

constexpr std::string_view kStudentGeneralSkillsRows[] = {
    "College applications", "Resume writing",  "Interviewing", "Time management",
    "Financial literacy",   "Public speaking", "Networking",   "Writing"};
constexpr std::string_view kInterestsRows[] = {
    "Technology", "Science",     "Arts",           "Music",
    "Sports",     "Health",      "Finance",        "Education",
    "Law",        "Medicine",    "Engineering",    "Business",
    "Startups",   "Environment", "Social justice", "Community service",
    "Gaming",     "Writing",     "Travel",         "Robotics"};
constexpr std::string_view kHobbiesRows[] = {"I play soccer after school.",
                                             "I run cross-country in the fall.",
                                             "I help out at my family's restaurant on weekends.",
                                             "I babysit my younger siblings most afternoons.",
                                             "I'm in the robotics club.",
                                             "I draw and post comics online.",
                                             "I play trumpet in the marching band.",
                                             "I volunteer at the neighbourhood food pantry.",
                                             "I work part-time at a grocery store.",
                                             "I'm on the debate team.",
                                             "I make music on my laptop.",
                                             "I coach little kids' basketball on Saturdays."};

constexpr GoalTemplate kStudentGoalsRows[] = {
    {"Get into a four-year college", "college", "applications"},
    {"Win a scholarship to help pay for college", "scholarships", "financial aid"},
    {"Finish the FAFSA with my family", "financial aid", "college"},
    {"Raise my GPA to 3.5 this year", "academics", ""},
    {"Feel confident speaking in class and in interviews", "public speaking", "confidence"},
    {"Get my first part-time job", "jobs", "resume"},
    {"Take dual-enrollment classes at the community college", "college", "dual enrollment"},
    {"Make a plan for after graduation", "planning", "careers"},
    {"Build a portfolio of my projects", "portfolio", ""},
    {"Learn how to manage my own money", "financial literacy", ""}};
constexpr GoalTemplate kCareerGoalsRows[] = {
    {"Find out what a day as {a career} really looks like", "careers", "job shadowing"},
    {"Find a summer internship on the way to becoming {a career}", "internship", "careers"},
    {"Talk to {a career} about which classes to take", "careers", "course planning"}};

constexpr std::string_view kApplicationMessagesRows[] = {
    "Hi! I want to become {a career} and I don't know anyone who does that job. Could I get a "
    "mentor?",
    "My counselor told me about this program. I'd like help with college applications and "
    "figuring out how to become {a career}.",
    "I'm the first in my family to apply to college and I want someone to ask questions to.",
    "I want to get better at talking to adults about my plans. I'm thinking about becoming "
    "{a career}."};

constexpr Job kNorthwindJobsRows[] = {
    {"Data Analyst", "", {"SQL", "Data analysis", "Statistics"}, "Technology"},
    {"Senior Data Scientist", "", {"Machine learning", "Python", "Statistics"}, "Science"},
    {"Software Engineer", "", {"JavaScript", "Python", "SQL"}, "Technology"},
    {"Product Manager", "", {"Product management", "Project management", "Leadership"}, "Startups"},
    {"UX Designer", "", {"Design", "Graphic design", "Research"}, "Arts"},
    {"Account Executive", "", {"Sales", "Negotiation", "Networking"}, "Business"},
    {"Marketing Manager", "", {"Marketing", "Writing", "Data analysis"}, "Business"},
    {"Financial Analyst", "", {"Accounting", "Financial literacy", "SQL"}, "Finance"},
    {"Customer Success Manager",
     "",
     {"Customer support", "Negotiation", "Time management"},
     "Business"},
    {"Engineering Manager", "", {"Leadership", "Engineering", "Interviewing"}, "Technology"},
    {"Recruiter", "", {"Interviewing", "Resume writing", "Networking"}, "Education"},
    {"Technical Writer", "", {"Writing", "Research", "Design"}, "Writing"},
    {"Data Engineer", "", {"SQL", "Python", "Engineering"}, "Technology"},
    {"Healthcare Analytics Consultant",
     "",
     {"Healthcare", "Data analysis", "Statistics"},
     "Health"},
    {"Operations Lead", "", {"Project management", "Time management", "Leadership"}, "Business"},
};
constexpr Job kNorthwindJuniorJobsRows[] = {
    {"Associate Data Analyst", "", {"SQL", "Data analysis", ""}, "Technology"},
    {"Junior Software Engineer", "", {"JavaScript", "", ""}, "Technology"},
    {"Sales Development Representative", "", {"Sales", "Networking", ""}, "Business"},
    {"Marketing Associate", "", {"Marketing", "Writing", ""}, "Business"},
    {"Customer Support Specialist", "", {"Customer support", "", ""}, "Technology"},
    {"Analytics Apprentice", "", {"Statistics", "", ""}, "Science"},
};
constexpr Job kAlumniJobsRows[] = {
    {"Registered Nurse",
     "Lakeside Medical Center",
     {"Healthcare", "Time management", ""},
     "Medicine"},
    {"Civil Engineer",
     "Midwest Transit Authority",
     {"Engineering", "Project management", ""},
     "Engineering"},
    {"History Teacher",
     "Westside Public Schools",
     {"Teaching", "Public speaking", "Writing"},
     "Education"},
    {"Software Developer", "Brightline Software", {"JavaScript", "Python", "SQL"}, "Technology"},
    {"Paralegal", "Alvarez & Kim LLP", {"Writing", "Research", "Negotiation"}, "Law"},
    {"Co-owner",
     "Casa Luna Bakery",
     {"Entrepreneurship", "Financial literacy", "Marketing"},
     "Business"},
    {"Pharmacist", "Corner Pharmacy", {"Healthcare", "Research", "Customer support"}, "Medicine"},
    {"Electrician",
     "Local 134 Electricians",
     {"Engineering", "Entrepreneurship", ""},
     "Engineering"},
    {"Accountant", "Reyes & Partners CPAs", {"Accounting", "Financial literacy", ""}, "Finance"},
    {"Social Worker",
     "Southside Family Services",
     {"Leadership", "Writing", "Research"},
     "Social justice"},
    {"Graphic Designer", "Studio Norte", {"Graphic design", "Design", "Marketing"}, "Arts"},
    {"Physical Therapist", "Northshore Rehab", {"Healthcare", "Public speaking", ""}, "Sports"},
    {"Admissions Counselor",
     "Lakeview University",
     {"College applications", "Resume writing", "Interviewing"},
     "Education"},
    {"Data Analyst", "Midwest Health Alliance", {"Data analysis", "SQL", "Statistics"}, "Health"},
    {"Firefighter and paramedic",
     "City Fire Department",
     {"Healthcare", "Leadership", ""},
     "Community service"},
    {"Marketing Coordinator",
     "Riverside Records",
     {"Marketing", "Writing", "Graphic design"},
     "Music"},
    {"Mechanical Engineer", "Great Lakes Robotics", {"Engineering", "Python", ""}, "Robotics"},
    {"Reporter", "The Westside Courier", {"Writing", "Research", "Interviewing"}, "Writing"},
};
// Recent graduates still in college: a major, the skill it gives them, an interest.
constexpr Job kAlumniMajorsRows[] = {
    {"Biology", "", {"Research", "", ""}, "Science"},
    {"Computer Science", "", {"Python", "JavaScript", ""}, "Technology"},
    {"Nursing", "", {"Healthcare", "", ""}, "Medicine"},
    {"Business", "", {"Entrepreneurship", "Marketing", ""}, "Business"},
    {"Education", "", {"Teaching", "", ""}, "Education"},
    {"Psychology", "", {"Research", "Writing", ""}, "Health"},
};
constexpr std::string_view kUniversitiesRows[] = {"University of Illinois Chicago",
                                                  "Northwestern University",
                                                  "Loyola University Chicago",
                                                  "Northeastern Illinois University",
                                                  "DePaul University",
                                                  "University of Illinois Urbana-Champaign",
                                                  "Illinois Institute of Technology"};

constexpr std::string_view kGrowthSkillsRows[] = {"Leadership",
                                                  "Public speaking",
                                                  "Machine learning",
                                                  "Negotiation",
                                                  "Spanish",
                                                  "Product management",
                                                  "Python",
                                                  "Writing",
                                                  "Financial literacy",
                                                  "Project management"};
constexpr GoalTemplate kMentorGoalsRows[] = {
    {"Help a student see a path I did not know existed at their age", "giving back", "youth"},
    {"Become a better coach for my own team", "leadership", "coaching"},
    {"Share what I learned as a first-generation college student", "first generation", "college"},
    {"Meet people outside my usual circle", "networking", "community"},
    {"Practise explaining my work to people outside my field", "communication", ""}};
constexpr GoalTemplate kEmployeeGoalsRows[] = {
    {"Lead my first project end to end", "leadership", "projects"},
    {"Give a talk at a team all-hands", "public speaking", "career"},
    {"Move from analysis into machine learning", "machine learning", "career change"},
    {"Negotiate my next promotion with confidence", "negotiation", "career"},
    {"Understand how our customers use the product", "customers", "product"}};

constexpr std::string_view kDisabilitiesRows[] = {"ADHD", "Dyslexia", "Hard of hearing",
                                                  "Uses a wheelchair", "Type 1 diabetes"};

constexpr WeightedZone kUsTimeZonesRows[] = {{"America/New_York", 30}, {"America/Chicago", 30},
                                             {"America/Denver", 10},   {"America/Los_Angeles", 20},
                                             {"America/Phoenix", 5},   {"America/Anchorage", 2},
                                             {"Pacific/Honolulu", 3}};

constexpr std::string_view kGuardianMailDomainsRows[] = {"example.net", "example.com",
                                                         "example.org"};

}  // namespace

const std::span<const Career> kCareers = kCareersRows;
const Words kStudentGeneralSkills = kStudentGeneralSkillsRows;
const Words kInterests = kInterestsRows;
const Words kHobbies = kHobbiesRows;
const std::span<const GoalTemplate> kStudentGoals = kStudentGoalsRows;
const std::span<const GoalTemplate> kCareerGoals = kCareerGoalsRows;
const Words kApplicationMessages = kApplicationMessagesRows;
const std::span<const Job> kNorthwindJobs = kNorthwindJobsRows;
const std::span<const Job> kNorthwindJuniorJobs = kNorthwindJuniorJobsRows;
const std::span<const Job> kAlumniJobs = kAlumniJobsRows;
const std::span<const Job> kAlumniMajors = kAlumniMajorsRows;
const Words kUniversities = kUniversitiesRows;
const Words kGrowthSkills = kGrowthSkillsRows;
const std::span<const GoalTemplate> kMentorGoals = kMentorGoalsRows;
const std::span<const GoalTemplate> kEmployeeGoals = kEmployeeGoalsRows;
const Words kDisabilities = kDisabilitiesRows;
const std::span<const WeightedZone> kUsTimeZones = kUsTimeZonesRows;
const Words kGuardianMailDomains = kGuardianMailDomainsRows;

}  // namespace tandem::demo
