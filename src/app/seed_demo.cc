#include "app/seed_demo.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/audit.h"
#include "app/organisations.h"
#include "app/seed_demo_matching.h"
#include "base/ids.h"
#include "base/strings.h"
#include "domain/profile.h"
#include "domain/program.h"

namespace tandem::app {
namespace {

using domain::EnrollmentSource;
using domain::EnrollmentStatus;
using domain::OrganisationKind;
using domain::ProgramRole;
using domain::Role;
using domain::Visibility;
using Words = std::span<const std::string_view>;

// ---------------------------------------------------------------------------------------------
// Random numbers. Only the engine's raw output is used: std::mt19937_64's sequence is fixed by
// the standard, std::uniform_int_distribution's algorithm is not.

class DemoRandom {
 public:
  explicit DemoRandom(uint64_t seed) : engine_(seed) {}

  // Uniform in [lo, hi], by rejection so that no value is favoured.
  int Between(int lo, int hi) {
    const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
    const uint64_t limit = UINT64_MAX - UINT64_MAX % span;  // a multiple of span
    uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return lo + static_cast<int>(x % span);
  }
  bool Percent(int p) { return Between(0, 99) < p; }

  template <typename C>
  const auto& Pick(const C& items) {
    return items[static_cast<size_t>(Between(0, static_cast<int>(std::size(items)) - 1))];
  }

  // k distinct items (k clamped to the size) in random order: a partial Fisher-Yates shuffle.
  template <typename C>
  auto Sample(const C& items, int k) {
    std::vector<std::decay_t<decltype(items[0])>> pool(std::begin(items), std::end(items));
    const int n = static_cast<int>(pool.size());
    if (k > n) k = n;
    for (int i = 0; i < k; ++i) std::swap(pool[i], pool[Between(i, n - 1)]);
    pool.resize(static_cast<size_t>(k));
    return pool;
  }

  // An index drawn with probability proportional to its weight (weights sum > 0).
  size_t Weighted(const std::vector<int>& weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = Between(0, total - 1);
    for (size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }

  Visibility SomeVisibility() {
    const int x = Between(0, 99);
    if (x < 45) return Visibility::kMatching;
    if (x < 70) return Visibility::kCoordinators;
    if (x < 85) return Visibility::kParticipants;
    return Visibility::kPrivate;
  }

 private:
  std::mt19937_64 engine_;
};

// ---------------------------------------------------------------------------------------------
// Fixed lists. Names come in cultural groups so that a person's given and family names, their
// heritage language and the background they may choose to share belong together.

struct Culture {
  std::string_view label;     // what a person might write as cultural_background
  std::string_view language;  // heritage language (ISO 639-1), "" = none
  int language_percent;
  std::string_view language2;
  int language2_percent;
  Words female, male, family;
  int student_weight;       // share of Lincoln High's students and alumni
  int professional_weight;  // share of Northwind's employees
};

constexpr std::string_view kMexicanF[] = {"Valeria", "Ximena", "Guadalupe", "Camila", "Daniela",
                                          "Mariana", "Itzel",  "Andrea",    "Lucía",  "Fernanda"};
constexpr std::string_view kMexicanM[] = {"Santiago", "Diego",     "Mateo",  "José",  "Luis",
                                          "Emiliano", "Alejandro", "Carlos", "Jesús", "Iván"};
constexpr std::string_view kMexicanL[] = {
    "García",  "Hernández", "Martínez", "López", "González", "Ramírez", "Flores",
    "Morales", "Castillo",  "Reyes",    "Ortiz", "Mendoza",  "Vázquez", "Jiménez"};
constexpr std::string_view kSalvadoranF[] = {"Karla",    "Yesenia", "Wendy",
                                             "Gabriela", "Marisol", "Jennifer"};
constexpr std::string_view kSalvadoranM[] = {"Kevin", "Josué", "Bryan",
                                             "Edwin", "Óscar", "Wilfredo"};
constexpr std::string_view kSalvadoranL[] = {"Rivas",    "Portillo", "Alvarado", "Mejía",
                                             "Orellana", "Cruz",     "Ayala",    "Chávez"};
constexpr std::string_view kAfricanAmF[] = {"Imani",   "Aaliyah", "Jada",  "Nia",    "Kiara",
                                            "Destiny", "Maya",    "Tiana", "Brianna"};
constexpr std::string_view kAfricanAmM[] = {"Malik",  "Jamal",  "Darius", "Andre",   "Isaiah",
                                            "Marcus", "Xavier", "Elijah", "Terrence"};
constexpr std::string_view kAfricanAmL[] = {"Johnson", "Williams", "Jackson",    "Robinson",
                                            "Harris",  "Coleman",  "Washington", "Brooks",
                                            "Bryant",  "Freeman"};
constexpr std::string_view kEuropeanF[] = {"Emily",  "Hannah", "Madison", "Abigail",
                                           "Claire", "Olivia", "Grace",   "Katherine"};
constexpr std::string_view kEuropeanM[] = {"Ethan", "Tyler", "Connor", "Owen",
                                           "Liam",  "Caleb", "Wyatt",  "Patrick"};
constexpr std::string_view kEuropeanL[] = {"Miller", "Anderson", "Schmidt", "O'Brien",  "Murphy",
                                           "Larson", "Thompson", "Walker",  "Sullivan", "Becker"};
constexpr std::string_view kPolishF[] = {"Zofia", "Natalia", "Julia", "Maja", "Alicja"};
constexpr std::string_view kPolishM[] = {"Jakub", "Kacper", "Mateusz", "Szymon", "Piotr"};
constexpr std::string_view kPolishL[] = {"Nowak",       "Kowalczyk", "Zielinski",
                                         "Lewandowski", "Wojcik",    "Kaminski"};
constexpr std::string_view kVietnameseF[] = {"Linh", "Thao", "Ngoc", "Mai", "Trang", "Vy", "Huong"};
constexpr std::string_view kVietnameseM[] = {"Minh", "Huy", "Khoa", "Bao", "Tuan", "Duc", "Phuc"};
constexpr std::string_view kVietnameseL[] = {"Nguyen", "Tran", "Le",   "Pham",
                                             "Hoang",  "Vo",   "Dang", "Bui"};
constexpr std::string_view kChineseF[] = {"Mei", "Xinyi", "Jiayi", "Yuting", "Wen", "Hui", "Ying"};
constexpr std::string_view kChineseM[] = {"Wei", "Jun", "Hao", "Yifan", "Zhen", "Tao", "Ming"};
constexpr std::string_view kChineseL[] = {"Wang",  "Li",   "Zhang", "Chen", "Liu",
                                          "Huang", "Zhou", "Wu",    "Lin"};
constexpr std::string_view kFilipinoF[] = {"Maricel", "Angelica", "Kristine",
                                           "Jasmine", "Rowena",   "Althea"};
constexpr std::string_view kFilipinoM[] = {"Jericho", "Paolo",  "Rommel",
                                           "Joshua",  "Marvin", "Emmanuel"};
constexpr std::string_view kFilipinoL[] = {"Santos", "Bautista", "Dela Cruz", "Villanueva",
                                           "Aquino", "Ramos",    "Manalo"};
constexpr std::string_view kArabF[] = {"Layla",  "Noor",   "Yasmin", "Amira",
                                       "Fatima", "Mariam", "Salma"};
constexpr std::string_view kArabM[] = {"Omar",   "Youssef", "Karim", "Ahmad",
                                       "Hassan", "Tariq",   "Sami"};
constexpr std::string_view kArabL[] = {"Haddad",  "Khalil", "Nasser", "Saleh",
                                       "Mansour", "Hamdan", "Aziz"};
constexpr std::string_view kNigerianF[] = {"Chiamaka", "Adaeze", "Folake", "Temitope", "Ngozi"};
constexpr std::string_view kNigerianM[] = {"Chinedu", "Emeka",  "Oluwaseun",
                                           "Tunde",   "Obinna", "Femi"};
constexpr std::string_view kNigerianL[] = {"Okafor", "Adeyemi", "Okonkwo", "Balogun",
                                           "Eze",    "Nwosu",   "Adebayo"};
constexpr std::string_view kSomaliF[] = {"Hodan", "Fadumo", "Ayaan", "Hibaq", "Sagal", "Ikran"};
constexpr std::string_view kSomaliM[] = {"Abdirahman", "Mohamed", "Liban",
                                         "Hamza",      "Ahmed",   "Bashir"};
constexpr std::string_view kSomaliL[] = {"Warsame", "Farah", "Abdi", "Osman", "Jama", "Mohamud"};
constexpr std::string_view kHaitianF[] = {"Widline", "Nadège", "Stéphanie", "Fabienne", "Roseline"};
constexpr std::string_view kHaitianM[] = {"Jean-Pierre", "Wilson", "Stanley", "Frantz", "Ricardo"};
constexpr std::string_view kHaitianL[] = {"Jean-Baptiste", "Pierre",  "Joseph",
                                          "Louis",         "Charles", "Toussaint"};
constexpr std::string_view kIndianF[] = {"Priya", "Ananya", "Diya", "Kavya", "Meera", "Shreya"};
constexpr std::string_view kIndianM[] = {"Arjun", "Rohan", "Vikram", "Aarav", "Dev", "Nikhil"};
constexpr std::string_view kIndianL[] = {"Patel", "Shah",  "Reddy", "Iyer",
                                         "Gupta", "Desai", "Nair"};
constexpr std::string_view kKoreanF[] = {"Ji-woo", "Seo-yeon", "Min-ji", "Hana", "Eunice"};
constexpr std::string_view kKoreanM[] = {"Min-jun", "Joon", "Hyun-woo", "Sung", "Daniel"};
constexpr std::string_view kKoreanL[] = {"Kim", "Park", "Choi", "Jung", "Kang", "Cho"};
constexpr std::string_view kNavajoF[] = {"Nizhoni", "Shandiin", "Autumn", "Kayla", "Jolene"};
constexpr std::string_view kNavajoM[] = {"Ahiga", "Dakota", "Tristan", "Kyle", "Shane"};
constexpr std::string_view kNavajoL[] = {"Begay", "Yazzie", "Tsosie", "Benally", "Nez"};
constexpr std::string_view kUkrainianF[] = {"Sofiia", "Anastasiia", "Daria", "Kateryna"};
constexpr std::string_view kUkrainianM[] = {"Oleksandr", "Bohdan", "Maksym", "Andrii"};
constexpr std::string_view kUkrainianL[] = {"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko",
                                            "Melnyk"};

const Culture kCultures[] = {
    {"Mexican American", "es", 75, "", 0, kMexicanF, kMexicanM, kMexicanL, 24, 9},
    {"Salvadoran American", "es", 70, "", 0, kSalvadoranF, kSalvadoranM, kSalvadoranL, 6, 2},
    {"African American", "", 0, "", 0, kAfricanAmF, kAfricanAmM, kAfricanAmL, 16, 12},
    {"European American", "", 0, "", 0, kEuropeanF, kEuropeanM, kEuropeanL, 13, 20},
    {"Polish American", "pl", 30, "", 0, kPolishF, kPolishM, kPolishL, 5, 3},
    {"Vietnamese American", "vi", 60, "", 0, kVietnameseF, kVietnameseM, kVietnameseL, 5, 5},
    {"Chinese American", "zh", 55, "", 0, kChineseF, kChineseM, kChineseL, 5, 10},
    {"Filipino American", "tl", 45, "", 0, kFilipinoF, kFilipinoM, kFilipinoL, 5, 5},
    {"Arab American", "ar", 65, "fr", 10, kArabF, kArabM, kArabL, 5, 4},
    {"Nigerian American", "yo", 25, "", 0, kNigerianF, kNigerianM, kNigerianL, 4, 5},
    {"Somali American", "so", 70, "ar", 20, kSomaliF, kSomaliM, kSomaliL, 3, 2},
    {"Haitian American", "ht", 55, "fr", 40, kHaitianF, kHaitianM, kHaitianL, 3, 2},
    {"Indian American", "hi", 40, "", 0, kIndianF, kIndianM, kIndianL, 4, 12},
    {"Korean American", "ko", 45, "", 0, kKoreanF, kKoreanM, kKoreanL, 3, 5},
    {"Diné (Navajo)", "nv", 25, "", 0, kNavajoF, kNavajoM, kNavajoL, 2, 1},
    {"Ukrainian", "uk", 85, "", 0, kUkrainianF, kUkrainianM, kUkrainianL, 2, 2},
};

std::string_view LanguageName(std::string_view code) {
  static const std::map<std::string_view, std::string_view> kNames = {
      {"es", "Spanish"}, {"pl", "Polish"},         {"vi", "Vietnamese"}, {"zh", "Mandarin"},
      {"tl", "Tagalog"}, {"ar", "Arabic"},         {"fr", "French"},     {"yo", "Yoruba"},
      {"so", "Somali"},  {"ht", "Haitian Creole"}, {"hi", "Hindi"},      {"ko", "Korean"},
      {"nv", "Navajo"},  {"uk", "Ukrainian"}};
  auto it = kNames.find(code);
  return it == kNames.end() ? code : it->second;
}

// Student careers: what they want to become, the two skills that lead there, an interest.
struct Career {
  std::string_view name;
  std::string_view skill1, skill2;
  std::string_view interest;
};
constexpr Career kCareers[] = {
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

constexpr std::string_view kStudentGeneralSkills[] = {
    "College applications", "Resume writing",  "Interviewing", "Time management",
    "Financial literacy",   "Public speaking", "Networking",   "Writing"};
constexpr std::string_view kInterests[] = {
    "Technology", "Science",     "Arts",           "Music",
    "Sports",     "Health",      "Finance",        "Education",
    "Law",        "Medicine",    "Engineering",    "Business",
    "Startups",   "Environment", "Social justice", "Community service",
    "Gaming",     "Writing",     "Travel",         "Robotics"};
constexpr std::string_view kHobbies[] = {"I play soccer after school.",
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

struct GoalTemplate {
  std::string_view text;  // "{a career}" is replaced
  std::string_view tag1, tag2;
};
constexpr GoalTemplate kStudentGoals[] = {
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
constexpr GoalTemplate kCareerGoals[] = {
    {"Find out what a day as {a career} really looks like", "careers", "job shadowing"},
    {"Find a summer internship on the way to becoming {a career}", "internship", "careers"},
    {"Talk to {a career} about which classes to take", "careers", "course planning"}};

constexpr std::string_view kApplicationMessages[] = {
    "Hi! I want to become {a career} and I don't know anyone who does that job. Could I get a "
    "mentor?",
    "My counselor told me about this program. I'd like help with college applications and "
    "figuring out how to become {a career}.",
    "I'm the first in my family to apply to college and I want someone to ask questions to.",
    "I want to get better at talking to adults about my plans. I'm thinking about becoming "
    "{a career}."};

// Professionals: a job title, the skills it teaches, an interest.
struct Job {
  std::string_view title;
  std::string_view employer;  // "" = Northwind Analytics
  std::array<std::string_view, 3> skills;
  std::string_view interest;
};
constexpr Job kNorthwindJobs[] = {
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
constexpr Job kNorthwindJuniorJobs[] = {
    {"Associate Data Analyst", "", {"SQL", "Data analysis", ""}, "Technology"},
    {"Junior Software Engineer", "", {"JavaScript", "", ""}, "Technology"},
    {"Sales Development Representative", "", {"Sales", "Networking", ""}, "Business"},
    {"Marketing Associate", "", {"Marketing", "Writing", ""}, "Business"},
    {"Customer Support Specialist", "", {"Customer support", "", ""}, "Technology"},
    {"Analytics Apprentice", "", {"Statistics", "", ""}, "Science"},
};
constexpr Job kAlumniJobs[] = {
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
constexpr Job kAlumniMajors[] = {
    {"Biology", "", {"Research", "", ""}, "Science"},
    {"Computer Science", "", {"Python", "JavaScript", ""}, "Technology"},
    {"Nursing", "", {"Healthcare", "", ""}, "Medicine"},
    {"Business", "", {"Entrepreneurship", "Marketing", ""}, "Business"},
    {"Education", "", {"Teaching", "", ""}, "Education"},
    {"Psychology", "", {"Research", "Writing", ""}, "Health"},
};
constexpr std::string_view kUniversities[] = {"University of Illinois Chicago",
                                              "Northwestern University",
                                              "Loyola University Chicago",
                                              "Northeastern Illinois University",
                                              "DePaul University",
                                              "University of Illinois Urbana-Champaign",
                                              "Illinois Institute of Technology"};

constexpr std::string_view kGrowthSkills[] = {"Leadership",
                                              "Public speaking",
                                              "Machine learning",
                                              "Negotiation",
                                              "Spanish",
                                              "Product management",
                                              "Python",
                                              "Writing",
                                              "Financial literacy",
                                              "Project management"};
constexpr GoalTemplate kMentorGoals[] = {
    {"Help a student see a path I did not know existed at their age", "giving back", "youth"},
    {"Become a better coach for my own team", "leadership", "coaching"},
    {"Share what I learned as a first-generation college student", "first generation", "college"},
    {"Meet people outside my usual circle", "networking", "community"},
    {"Practise explaining my work to people outside my field", "communication", ""}};
constexpr GoalTemplate kEmployeeGoals[] = {
    {"Lead my first project end to end", "leadership", "projects"},
    {"Give a talk at a team all-hands", "public speaking", "career"},
    {"Move from analysis into machine learning", "machine learning", "career change"},
    {"Negotiate my next promotion with confidence", "negotiation", "career"},
    {"Understand how our customers use the product", "customers", "product"}};

constexpr std::string_view kDisabilities[] = {"ADHD", "Dyslexia", "Hard of hearing",
                                              "Uses a wheelchair", "Type 1 diabetes"};

struct WeightedZone {
  std::string_view zone;
  int weight;
};
constexpr WeightedZone kUsTimeZones[] = {{"America/New_York", 30}, {"America/Chicago", 30},
                                         {"America/Denver", 10},   {"America/Los_Angeles", 20},
                                         {"America/Phoenix", 5},   {"America/Anchorage", 2},
                                         {"Pacific/Honolulu", 3}};

// ---------------------------------------------------------------------------------------------
// Small text helpers.

// "a nurse", "an electrician".
std::string WithArticle(std::string_view noun) {
  const bool vowel =
      !noun.empty() && std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

// Replaces "{a career}" with the career and its article ("an electrician").
std::string Fill(std::string_view text, std::string_view career) {
  std::string out(text);
  const std::string key = "{a career}";
  const std::string value = career.empty() ? "" : WithArticle(career);
  for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
    out.replace(at, key.size(), value);
  return out;
}

domain::Goal MakeGoal(const GoalTemplate& g, std::string_view career = "") {
  domain::Goal goal{Fill(g.text, career), {std::string(g.tag1)}};
  if (!g.tag2.empty()) goal.tags.emplace_back(g.tag2);
  return goal;
}

// An ASCII e-mail local part from a name: "Nadège Jean-Baptiste" -> "nadege", ... Letters
// outside the small folding table (none are used in the lists above) are dropped.
std::string EmailPart(std::string_view name) {
  static constexpr std::pair<std::string_view, char> kFold[] = {
      {"á", 'a'}, {"à", 'a'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"í", 'i'}, {"ó", 'o'},
      {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'}, {"ç", 'c'}, {"É", 'e'}, {"Ó", 'o'}, {"Á", 'a'}};
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (std::isalnum(c))
        out += static_cast<char>(std::tolower(c));
      else if (c == '-')
        out += '-';
      ++i;
      continue;
    }
    bool folded = false;
    for (const auto& [utf8, ascii] : kFold) {
      if (name.substr(i).starts_with(utf8)) {
        out += ascii;
        i += utf8.size();
        folded = true;
        break;
      }
    }
    if (!folded)
      for (++i; i < name.size() && (static_cast<unsigned char>(name[i]) & 0xC0) == 0x80;) ++i;
  }
  return out;
}

std::string GradeName(int grade) {
  switch (grade) {
    case 9:
      return "Freshman";
    case 10:
      return "Sophomore";
    case 11:
      return "Junior";
    default:
      return "Senior";
  }
}

std::string TwoDigits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n % 100);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// The generator: one object per run, used inside the transaction only.

struct Identity {
  const Culture* culture = nullptr;
  std::string given;
  std::string family;
  std::string gender;  // "woman", "man" or "non-binary" (the words the web app offers)
  std::string name() const { return given + " " + family; }
};

enum class Population { kSchool, kProfessional };

class Seeder {
 public:
  Seeder(const Context& ctx, Tx& tx, uint64_t seed, std::string password_hash)
      : ctx_(ctx),
        tx_(tx),
        rng_(seed),
        preference_rng_(seed ^ kPreferenceStream),
        hash_(std::move(password_hash)),
        now_(ctx.clock.Now()) {}

  Result<SeedSummary> Run() {
    ASSIGN_OR_RETURN(auto existing, tx_.ListOrganisations());
    if (!existing.empty())
      return FailedPrecondition(
          "The database already has organisations; demo data only goes into an empty one.");
    ASSIGN_OR_RETURN(auto admin, tx_.FindPersonByEmail("admin@tandem.example"));
    if (admin) return FailedPrecondition("The demo platform admin already exists.");

    RETURN_IF_ERROR(AddOrganisations());
    RETURN_IF_ERROR(AddPrograms());
    RETURN_IF_ERROR(AddStaff());
    RETURN_IF_ERROR(AddStudents());
    RETURN_IF_ERROR(AddAlumni());
    RETURN_IF_ERROR(AddEmployees());
    RETURN_IF_ERROR(AddInvitations());
    cast_.lincoln_id = lincoln_.id;
    cast_.northwind_id = northwind_.id;
    cast_.career_id = career_.id;
    cast_.circles_id = circles_.id;
    cast_.northwind_coordinator_id = northwind_coordinator_.id;
    return summary_;
  }

  // What the matching phase needs, once Run() has succeeded.
  const DemoCast& cast() const { return cast_; }

 private:
  // --- Building blocks --------------------------------------------------------------------

  Millis DaysAgo(int lo, int hi) {
    return now_ - rng_.Between(lo, hi) * kDay - rng_.Between(0, 12 * 60) * kMinute;
  }

  Result<domain::Person> AddPerson(const std::string& email, const std::string& name,
                                   std::string locale, Millis created_at,
                                   bool platform_admin = false) {
    domain::Person p{NewId(), email, name, hash_, std::move(locale), platform_admin, created_at};
    RETURN_IF_ERROR(tx_.InsertPerson(p));
    ++summary_.people;
    return p;
  }

  Status AddProfile(const domain::Person& person, domain::Profile profile) {
    profile.person_id = person.id;
    profile.updated_at = person.created_at + kDay;
    profile = domain::NormalizeProfile(std::move(profile));
    Status valid = domain::ValidateProfile(profile);
    if (!valid.ok())
      return Internal("Demo profile of " + person.name + " <" + person.email +
                      "> is invalid: " + valid.ToString());
    RETURN_IF_ERROR(tx_.PutProfile(profile));
    ++summary_.profiles;
    return Status::Ok();
  }

  Status Enroll(const domain::Program& program, const domain::Person& person, ProgramRole role,
                EnrollmentStatus status, EnrollmentSource source, std::string message = "",
                bool screened = false, bool trained = false) {
    domain::Enrollment e;
    e.id = NewId();
    e.organisation_id = program.organisation_id;
    e.program_id = program.id;
    e.person_id = person.id;
    e.role = role;
    e.status = status;
    e.source = source;
    e.message = std::move(message);
    e.screening_cleared = screened;
    e.training_complete = trained;
    e.created_at = std::max(person.created_at, now_ - rng_.Between(1, 45) * kDay);
    RETURN_IF_ERROR(tx_.InsertEnrollment(e));
    RETURN_IF_ERROR(RecordClearance(program, e));
    ++summary_.enrollments;
    if (status == EnrollmentStatus::kPending) ++summary_.pending_enrollments;
    return Status::Ok();
  }

  // A coordinator cleared this mentor (screening, then training) through the app, a few hours
  // after the enrollment: the organisation's audit log shows it as it would. Draws no random
  // numbers, so the rest of the demo is unchanged.
  Status RecordClearance(const domain::Program& program, const domain::Enrollment& e) {
    const domain::Person& by =
        program.organisation_id == lincoln_.id ? lincoln_coordinator_ : northwind_coordinator_;
    if (by.id.empty() || by.id == e.person_id) return Status::Ok();
    auto record = [&](domain::AuditAction action, int hours) {
      domain::AuditEntry a;
      a.id = NewId();
      a.organisation_id = e.organisation_id;
      a.actor_id = by.id;
      a.action = action;
      a.subject_id = e.person_id;
      a.params = {{"enrollment_id", e.id},
                  {"program_id", program.id},
                  {"program_name", program.name},
                  {"from", "false"},
                  {"to", "true"}};
      a.created_at = std::min(now_, e.created_at + hours * kHour);
      return RecordAudit(tx_, std::move(a));
    };
    if (e.screening_cleared)
      RETURN_IF_ERROR(record(domain::AuditAction::kEnrollmentScreeningChanged, 2));
    if (e.training_complete)
      RETURN_IF_ERROR(record(domain::AuditAction::kEnrollmentTrainingChanged, 4));
    return Status::Ok();
  }

  // A name not used before in this demo, from a culture drawn for the population.
  Identity NewIdentity(Population population) {
    std::vector<int> weights;
    for (const Culture& c : kCultures)
      weights.push_back(population == Population::kSchool ? c.student_weight
                                                          : c.professional_weight);
    for (int attempt = 0;; ++attempt) {
      Identity who;
      who.culture = &kCultures[rng_.Weighted(weights)];
      const bool female = rng_.Percent(50);
      who.gender = rng_.Percent(3) ? "non-binary" : female ? "woman" : "man";
      who.given =
          std::string(female ? rng_.Pick(who.culture->female) : rng_.Pick(who.culture->male));
      who.family = std::string(rng_.Pick(who.culture->family));
      if (attempt >= 30)
        who.given += " " + std::string(1, static_cast<char>('A' + attempt % 26)) + ".";
      if (used_names_.insert(who.name()).second) return who;
    }
  }

  // first.last@domain, with a number appended when taken.
  std::string UniqueEmail(const Identity& who, std::string_view domain_name) {
    const std::string base = EmailPart(who.given) + "." + EmailPart(who.family);
    std::string email = base + "@" + std::string(domain_name);
    for (int n = 2; !used_emails_.insert(email).second; ++n)
      email = base + std::to_string(n) + "@" + std::string(domain_name);
    return email;
  }

  std::vector<std::string> Languages(const Culture& c, int extra_spanish_percent) {
    std::vector<std::string> langs = {"en"};
    if (!c.language.empty() && rng_.Percent(c.language_percent)) langs.emplace_back(c.language);
    if (!c.language2.empty() && rng_.Percent(c.language2_percent)) langs.emplace_back(c.language2);
    if (c.language != "es" && rng_.Percent(extra_spanish_percent)) langs.emplace_back("es");
    if (rng_.Percent(3)) langs.emplace_back("fr");
    return langs;
  }

  std::string LanguageSentence(const std::vector<std::string>& langs) {
    if (langs.size() < 2) return "";
    return " I also speak " + std::string(LanguageName(langs[1])) + ".";
  }

  std::string UsTimeZone() {
    std::vector<int> weights;
    for (const auto& z : kUsTimeZones) weights.push_back(z.weight);
    return std::string(kUsTimeZones[rng_.Weighted(weights)].zone);
  }

  void AddBackground(domain::Profile& p, std::string_view field, std::string value) {
    p.background.push_back({std::string(field), std::move(value), rng_.SomeVisibility()});
  }

  // The optional background fields besides first_generation (which callers decide first,
  // because it shapes the bio), each shared by about `percent` of people.
  struct BackgroundRates {
    int low_income, cultural, gender, disability, lgbtq, veteran;
  };
  void AddBackgrounds(domain::Profile& p, const Identity& who, bool first_generation,
                      const BackgroundRates& r) {
    if (first_generation) AddBackground(p, "first_generation", "yes");
    if (rng_.Percent(r.low_income)) AddBackground(p, "low_income", "yes");
    if (rng_.Percent(r.cultural))
      AddBackground(p, "cultural_background", std::string(who.culture->label));
    if (rng_.Percent(r.gender)) AddBackground(p, "gender", who.gender);
    if (rng_.Percent(r.disability))
      p.background.push_back({"disability", std::string(rng_.Pick(kDisabilities)),
                              rng_.Percent(50) ? Visibility::kCoordinators : Visibility::kPrivate});
    if (rng_.Percent(r.lgbtq))
      p.background.push_back(
          {"lgbtq", "yes", rng_.Percent(50) ? Visibility::kMatching : Visibility::kPrivate});
    if (rng_.Percent(r.veteran)) AddBackground(p, "veteran", "yes");
  }

  // A minority of students state a preferred mentor gender, mostly their own, young women more
  // often than young men. Drawn from its own stream, so that adding preferences changed no
  // other answer of the demo.
  std::string PreferredMentorGender(const Identity& who) {
    if (!preference_rng_.Percent(who.gender == "man" ? 6 : 20)) return "";
    if (preference_rng_.Percent(85)) return who.gender;
    return who.gender == "woman" ? "man" : "woman";
  }

  void AddTeachSkills(domain::Profile& p, const Job& job) {
    for (std::string_view s : job.skills)
      if (!s.empty()) p.skills_teach.push_back({std::string(s), rng_.Between(4, 5)});
  }

  // --- Organisations and programs -----------------------------------------------------------

  Status AddOrganisations() {
    lincoln_ = {NewId(), "Lincoln High School", "lincoln-high", OrganisationKind::kSchool,
                now_ - 400 * kDay};
    northwind_ = {NewId(), "Northwind Analytics", "northwind", OrganisationKind::kCompany,
                  now_ - 380 * kDay};
    alumni_ = {NewId(), "Lincoln Alumni Association", "lincoln-alumni", OrganisationKind::kAlumni,
               now_ - 360 * kDay};
    for (const auto* org : {&lincoln_, &northwind_, &alumni_}) {
      RETURN_IF_ERROR(InsertOrganisationWithDefaults(tx_, *org));
      ++summary_.organisations;
    }
    return Status::Ok();
  }

  Status AddProgram(domain::Program& p) {
    p.id = NewId();
    p.created_at = now_ - 120 * kDay;
    RETURN_IF_ERROR(domain::ValidateProgram(p));
    RETURN_IF_ERROR(tx_.InsertProgram(p));
    ++summary_.programs;
    return Status::Ok();
  }

  Status AddPrograms() {
    using domain::Audience;
    using domain::ProgramStatus;
    using domain::ProgramType;
    career_ = {"",
               lincoln_.id,
               "Career Pathways Mentoring",
               "Year-long one-to-one mentoring: each student meets a mentor from our alumni or "
               "partner companies twice a month to explore careers, plan for college and build "
               "confidence. Mentors are background-checked and trained before matching.",
               ProgramType::kOneToOne,
               Audience::kYouth,
               "2026-08-31",
               "2027-06-11",
               2,
               true,
               ProgramStatus::kOpen};
    sprint_ = {"",
               lincoln_.id,
               "College Application Sprint",
               "Short, focused sessions for seniors: one mentor, one question — an essay "
               "draft, a financial aid form, a scholarship deadline.",
               ProgramType::kFlash,
               Audience::kYouth,
               "2026-10-01",
               "2026-12-15",
               5,
               false,
               ProgramStatus::kOpen};
    draft_ = {"",
              lincoln_.id,
              "Summer Internship Readiness",
              "Small groups preparing juniors for summer internships: resumes, interviews and "
              "workplace basics. Still being planned.",
              ProgramType::kGroup,
              Audience::kYouth,
              "2027-06-14",
              "2027-08-06",
              6,
              true,
              ProgramStatus::kDraft};
    circles_ = {"",
                northwind_.id,
                "Northwind Growth Circles",
                "Small circles of early-career colleagues meeting monthly with an experienced "
                "lead to work on leadership, communication and career growth.",
                ProgramType::kGroup,
                Audience::kAdult,
                "2026-09-01",
                "2027-02-26",
                6,
                true,
                ProgramStatus::kOpen};
    peer_ = {"",
             northwind_.id,
             "Northwind Peer Learning",
             "Pair up with a colleague from another team and teach each other a skill. "
             "Everyone joins as a participant and is matched with a peer.",
             ProgramType::kPeer,
             Audience::kAdult,
             "",
             "",
             1,
             false,
             ProgramStatus::kOpen};
    for (auto* p : {&career_, &sprint_, &draft_, &circles_, &peer_})
      RETURN_IF_ERROR(AddProgram(*p));
    return Status::Ok();
  }

  // --- The named accounts of the contract -----------------------------------------------------

  Result<domain::Person> AddNamed(const std::string& email, const std::string& name,
                                  const std::string& description, bool platform_admin = false) {
    used_names_.insert(name);
    used_emails_.insert(email);
    summary_.accounts.push_back({email, description});
    return AddPerson(email, name, "en", now_ - 400 * kDay, platform_admin);
  }

  domain::Profile StaffProfile(std::string headline, std::vector<std::string> languages) {
    domain::Profile p;
    p.headline = std::move(headline);
    p.languages = std::move(languages);
    p.time_zone = "America/Chicago";
    p.mentor.capacity = 0;
    return p;
  }

  Status AddStaff() {
    ASSIGN_OR_RETURN(auto platform, AddNamed("admin@tandem.example", "Morgan Ellis",
                                             "platform admin (sees the outbox)", true));
    (void)platform;

    ASSIGN_OR_RETURN(lincoln_admin_, AddNamed("admin@lincoln-high.example", "Angela Brooks",
                                              "Lincoln High School: org_admin"));
    RETURN_IF_ERROR(tx_.SetRoles(lincoln_.id, lincoln_admin_.id, {Role::kOrgAdmin}));
    RETURN_IF_ERROR(
        AddProfile(lincoln_admin_, StaffProfile("Principal, Lincoln High School", {"en"})));

    ASSIGN_OR_RETURN(lincoln_coordinator_,
                     AddNamed("coordinator@lincoln-high.example", "Marcus Rivera",
                              "Lincoln High School: coordinator"));
    RETURN_IF_ERROR(tx_.SetRoles(lincoln_.id, lincoln_coordinator_.id, {Role::kCoordinator}));
    RETURN_IF_ERROR(AddProfile(lincoln_coordinator_,
                               StaffProfile("College and career coordinator", {"en", "es"})));

    ASSIGN_OR_RETURN(auto student, AddNamed("student@lincoln-high.example", "Sofia Hernández",
                                            "Lincoln High School: mentee (a minor)"));
    RETURN_IF_ERROR(tx_.SetRoles(lincoln_.id, student.id, {Role::kMentee}));
    RETURN_IF_ERROR(AddProfile(student, NamedStudentProfile()));
    RETURN_IF_ERROR(Enroll(career_, student, ProgramRole::kMentee, EnrollmentStatus::kActive,
                           EnrollmentSource::kInvitation));

    ASSIGN_OR_RETURN(auto nw_admin, AddNamed("admin@northwind.example", "Grace Liu",
                                             "Northwind Analytics: org_admin"));
    RETURN_IF_ERROR(tx_.SetRoles(northwind_.id, nw_admin.id, {Role::kOrgAdmin}));
    RETURN_IF_ERROR(
        AddProfile(nw_admin, StaffProfile("VP People, Northwind Analytics", {"en", "zh"})));

    ASSIGN_OR_RETURN(northwind_coordinator_,
                     AddNamed("coordinator@northwind.example", "Daniel Okafor",
                              "Northwind Analytics: coordinator"));
    RETURN_IF_ERROR(tx_.SetRoles(northwind_.id, northwind_coordinator_.id, {Role::kCoordinator}));
    RETURN_IF_ERROR(
        AddProfile(northwind_coordinator_, StaffProfile("Learning and development lead", {"en"})));

    ASSIGN_OR_RETURN(auto mentor,
                     AddNamed("mentor@northwind.example", "Jordan Patel",
                              "Northwind Analytics: mentor; also mentors at Lincoln High School"));
    RETURN_IF_ERROR(tx_.SetRoles(northwind_.id, mentor.id, {Role::kMentor}));
    RETURN_IF_ERROR(tx_.SetRoles(lincoln_.id, mentor.id, {Role::kMentor}));
    RETURN_IF_ERROR(AddProfile(mentor, NamedMentorProfile()));
    cast_.demo_mentor_id = mentor.id;
    RETURN_IF_ERROR(Enroll(career_, mentor, ProgramRole::kMentor, EnrollmentStatus::kActive,
                           EnrollmentSource::kInvitation, "", true, true));
    RETURN_IF_ERROR(Enroll(circles_, mentor, ProgramRole::kMentor, EnrollmentStatus::kActive,
                           EnrollmentSource::kInvitation));

    ASSIGN_OR_RETURN(alumni_admin_, AddNamed("admin@lincoln-alumni.example", "Renee Washington",
                                             "Lincoln Alumni Association: org_admin"));
    RETURN_IF_ERROR(tx_.SetRoles(alumni_.id, alumni_admin_.id, {Role::kOrgAdmin}));
    return AddProfile(
        alumni_admin_,
        StaffProfile("Class of 1998 · President, Lincoln Alumni Association", {"en"}));
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
    p.goals = {{"Help a student see a path I did not know existed at their age",
                {"giving back", "youth"}}};
    p.languages = {"en", "hi"};
    p.time_zone = "America/Chicago";
    p.availability_hours_per_month = 8;
    p.background = {{"first_generation", "yes", Visibility::kMatching},
                    {"cultural_background", "Indian American", Visibility::kParticipants}};
    p.mentor = {3, true};
    return p;
  }

  // --- Lincoln High students ------------------------------------------------------------------

  domain::Profile StudentProfile(const Identity& who, int grade, bool minor, const Career& career,
                                 const std::vector<std::string>& langs, bool first_generation) {
    domain::Profile p;
    p.headline = GradeName(grade) + " · wants to become " + WithArticle(career.name);
    p.interests.emplace_back(career.interest);
    for (auto i : rng_.Sample(kInterests, rng_.Between(1, 3)))
      if (i != career.interest) p.interests.emplace_back(i);
    p.bio = "I'm in grade " + std::to_string(grade) + " at Lincoln High. I'm interested in " +
            ToLower(p.interests[0]) +
            (p.interests.size() > 1 ? " and " + ToLower(p.interests[1]) : std::string()) + ". " +
            std::string(rng_.Pick(kHobbies));
    if (first_generation) p.bio += " I'll be the first in my family to go to college.";
    const Culture& c = *who.culture;
    if (langs.size() > 1 && (langs[1] == c.language || langs[1] == c.language2))
      p.bio += " At home we speak " + std::string(LanguageName(langs[1])) + ".";

    int current = rng_.Between(1, 2);
    p.skills_learn.push_back({std::string(career.skill1), current, current + rng_.Between(1, 2)});
    current = rng_.Between(1, 2);
    p.skills_learn.push_back({std::string(career.skill2), current, current + rng_.Between(1, 2)});
    for (auto s : rng_.Sample(kStudentGeneralSkills, rng_.Between(1, 2))) {
      current = rng_.Between(1, 3);
      p.skills_learn.push_back(
          {std::string(s), current, std::min(5, current + rng_.Between(1, 3))});
    }

    p.goals.push_back(MakeGoal(rng_.Pick(kCareerGoals), career.name));
    for (const auto& g : rng_.Sample(kStudentGoals, rng_.Between(0, 2)))
      p.goals.push_back(MakeGoal(g));

    p.languages = langs;
    p.time_zone = rng_.Percent(90) ? "America/Chicago" : UsTimeZone();
    p.availability_hours_per_month = 2 * rng_.Between(1, 5);
    p.mentor.capacity = 0;
    // Many students want someone from outside school: a professional or an alum.
    p.mentee.wants_outside_mentor = rng_.Percent(40);
    p.mentee.preferred_mentor_gender = PreferredMentorGender(who);
    if (minor) {
      // A parent or guardian from the same family, usually with the same family name.
      const bool mother = rng_.Percent(65);
      Identity guardian = who;
      while (guardian.given == who.given)
        guardian.given =
            std::string(mother ? rng_.Pick(who.culture->female) : rng_.Pick(who.culture->male));
      if (rng_.Percent(15)) guardian.family = std::string(rng_.Pick(who.culture->family));
      static constexpr std::string_view kMailDomains[] = {"example.net", "example.com",
                                                          "example.org"};
      p.minor = {true, guardian.name(),
                 EmailPart(guardian.given) + "." + EmailPart(guardian.family) + "@" +
                     std::string(rng_.Pick(kMailDomains))};
    }
    return p;
  }

  Status AddStudents() {
    for (int i = 1; i <= kStudents; ++i) {
      const Identity who = NewIdentity(Population::kSchool);
      const int grade = rng_.Between(9, 12);
      const bool minor = grade + 5 + rng_.Between(0, 1) < 18;  // grade 9 is 14 or 15 years old
      const Career& career = rng_.Pick(kCareers);
      const auto langs = Languages(*who.culture, 12);
      const bool spanish_first = langs.size() > 1 && langs[1] == "es" && rng_.Percent(30);
      char email[64];
      std::snprintf(email, sizeof email, "student%03d@lincoln-high.example", i);

      const bool first_generation = rng_.Percent(48);
      domain::Profile profile = StudentProfile(who, grade, minor, career, langs, first_generation);
      AddBackgrounds(profile, who, first_generation, {38, 55, 50, 5, 5, 0});

      ASSIGN_OR_RETURN(auto person,
                       AddPerson(email, who.name(), spanish_first ? "es" : "en", DaysAgo(20, 110)));
      RETURN_IF_ERROR(tx_.SetRoles(lincoln_.id, person.id, {Role::kMentee}));
      RETURN_IF_ERROR(AddProfile(person, std::move(profile)));

      // Fixed positions, not chance, decide who is pending or not enrolled, so that every
      // seed gives coordinators some applications to review.
      if (i % 17 == 5) {
        RETURN_IF_ERROR(Enroll(career_, person, ProgramRole::kMentee, EnrollmentStatus::kPending,
                               EnrollmentSource::kApplication,
                               Fill(rng_.Pick(kApplicationMessages), career.name)));
      } else if (i % 23 != 11) {
        RETURN_IF_ERROR(Enroll(
            career_, person, ProgramRole::kMentee, EnrollmentStatus::kActive,
            rng_.Percent(70) ? EnrollmentSource::kInvitation : EnrollmentSource::kApplication));
        cast_.students.push_back({person.id, std::string(career.name)});
      }
      if (grade == 12 && rng_.Percent(60))
        RETURN_IF_ERROR(Enroll(sprint_, person, ProgramRole::kMentee, EnrollmentStatus::kActive,
                               EnrollmentSource::kApplication));
    }
    return Status::Ok();
  }

  // --- Lincoln alumni -------------------------------------------------------------------------

  domain::Profile AlumniProfile(const Identity& who, int class_of,
                                const std::vector<std::string>& langs, bool first_generation) {
    domain::Profile p;
    const std::string year = std::to_string(class_of);
    std::string now_doing;
    if (class_of >= 2022) {
      const Job& major = rng_.Pick(kAlumniMajors);
      const std::string uni(rng_.Pick(kUniversities));
      p.headline = "Lincoln High '" + TwoDigits(class_of) + " · studying " +
                   std::string(major.title) + " at " + uni;
      now_doing = "Now I study " + std::string(major.title) + " at " + uni + ".";
      for (std::string_view s : major.skills)
        if (!s.empty()) p.skills_teach.push_back({std::string(s), rng_.Between(3, 4)});
      p.skills_teach.push_back({"College applications", 4});
      p.interests.emplace_back(major.interest);
    } else {
      const Job& job = rng_.Pick(kAlumniJobs);
      p.headline = "Lincoln High '" + TwoDigits(class_of) + " · " + std::string(job.title) +
                   " at " + std::string(job.employer);
      now_doing =
          "Today I'm " + WithArticle(ToLower(job.title)) + " at " + std::string(job.employer) + ".";
      AddTeachSkills(p, job);
      p.interests.emplace_back(job.interest);
      if (rng_.Percent(40)) p.skills_teach.push_back({"Resume writing", rng_.Between(3, 4)});
    }
    if (first_generation && rng_.Percent(70))
      p.skills_teach.push_back({"College applications", rng_.Between(3, 5)});
    if (std::find(langs.begin(), langs.end(), "es") != langs.end())
      p.skills_teach.push_back({"Spanish", 5});
    for (auto i : rng_.Sample(kInterests, rng_.Between(1, 3))) p.interests.emplace_back(i);
    p.bio = "I graduated from Lincoln High in " + year +
            (first_generation ? " and was the first in my family to go to college. " : ". ") +
            now_doing + LanguageSentence(langs) +
            " I want students to have the mentor I wish I'd had.";
    p.goals.push_back(MakeGoal(rng_.Pick(kMentorGoals)));
    p.languages = langs;
    p.time_zone = rng_.Percent(65) ? "America/Chicago" : UsTimeZone();
    p.availability_hours_per_month = 2 * rng_.Between(2, 6);
    p.mentor = {rng_.Between(1, 3), rng_.Percent(60)};
    return p;
  }

  Status AddAlumni() {
    for (int i = 0; i < kAlumni; ++i) {
      const Identity who = NewIdentity(Population::kSchool);
      const int class_of = rng_.Between(2004, 2023);
      const auto langs = Languages(*who.culture, 15);
      const bool first_generation = rng_.Percent(50);
      domain::Profile profile = AlumniProfile(who, class_of, langs, first_generation);
      AddBackgrounds(profile, who, first_generation, {25, 50, 55, 4, 8, 5});

      ASSIGN_OR_RETURN(auto person, AddPerson(UniqueEmail(who, "lincoln-alumni.example"),
                                              who.name(), "en", DaysAgo(60, 300)));
      RETURN_IF_ERROR(tx_.SetRoles(alumni_.id, person.id, {Role::kMentor}));
      RETURN_IF_ERROR(tx_.SetRoles(lincoln_.id, person.id, {Role::kMentor}));
      RETURN_IF_ERROR(AddProfile(person, std::move(profile)));

      // Youth safety: most are cleared and trained, some are still in screening or training
      // (matching must skip them), the last two have only just applied.
      if (i >= kAlumni - 2) {
        RETURN_IF_ERROR(Enroll(career_, person, ProgramRole::kMentor, EnrollmentStatus::kPending,
                               EnrollmentSource::kApplication,
                               "I graduated in " + std::to_string(class_of) +
                                   " and would love to mentor a student this year."));
        continue;
      }
      const bool screened = i % 10 != 3;
      const bool trained = screened && i % 10 != 7;
      RETURN_IF_ERROR(
          Enroll(career_, person, ProgramRole::kMentor, EnrollmentStatus::kActive,
                 rng_.Percent(50) ? EnrollmentSource::kInvitation : EnrollmentSource::kApplication,
                 "", screened, trained));
      if (trained && i % 5 == 1)
        RETURN_IF_ERROR(Enroll(sprint_, person, ProgramRole::kMentor, EnrollmentStatus::kActive,
                               EnrollmentSource::kInvitation, "", true, true));
    }
    return Status::Ok();
  }

  // --- Northwind employees --------------------------------------------------------------------

  domain::Profile EmployeeProfile(const Identity& who, const Job& job, bool senior,
                                  const std::vector<std::string>& langs, bool first_generation) {
    domain::Profile p;
    const int years = senior ? rng_.Between(4, 22) : rng_.Between(0, 3);
    p.headline = std::string(job.title) + " at Northwind Analytics";
    p.bio = (years == 0 ? std::string("I joined Northwind this year")
                        : "I've worked in " + ToLower(job.interest) + " for " +
                              std::to_string(years) + (years == 1 ? " year" : " years")) +
            (first_generation ? " and was the first in my family to finish college." : ".") +
            LanguageSentence(langs);
    if (senior) {
      AddTeachSkills(p, job);
      if (rng_.Percent(35)) p.skills_teach.push_back({"College applications", rng_.Between(3, 4)});
      if (rng_.Percent(40)) p.skills_teach.push_back({"Interviewing", rng_.Between(3, 5)});
      if (std::find(langs.begin(), langs.end(), "es") != langs.end())
        p.skills_teach.push_back({"Spanish", 5});
      p.goals.push_back(MakeGoal(rng_.Pick(kMentorGoals)));
      p.mentor = {rng_.Between(1, 4), rng_.Percent(70)};
      p.bio += " Happy to talk about careers in data and how I got here.";
    } else {
      for (std::string_view s : job.skills)
        if (!s.empty()) p.skills_teach.push_back({std::string(s), rng_.Between(2, 3)});
      p.goals.push_back(MakeGoal(rng_.Pick(kEmployeeGoals)));
      p.mentor = {0, false};
    }
    for (auto s : rng_.Sample(kGrowthSkills, rng_.Between(1, senior ? 1 : 3))) {
      const int current = rng_.Between(1, 3);
      p.skills_learn.push_back({std::string(s), current, current + rng_.Between(1, 2)});
    }
    p.interests.emplace_back(job.interest);
    for (auto i : rng_.Sample(kInterests, rng_.Between(1, 3))) p.interests.emplace_back(i);
    p.languages = langs;
    p.time_zone = UsTimeZone();
    p.availability_hours_per_month = senior ? rng_.Between(4, 16) : rng_.Between(4, 10);
    return p;
  }

  Status AddEmployees() {
    int school_volunteers = 0;
    int junior_index = 0;
    const int juniors = kEmployees / 4;
    for (int i = 0; i < kEmployees; ++i) {
      const Identity who = NewIdentity(Population::kProfessional);
      const bool senior = i % 4 != 3;  // three in four volunteer as mentors
      const Job& job = senior ? rng_.Pick(kNorthwindJobs) : rng_.Pick(kNorthwindJuniorJobs);
      const auto langs = Languages(*who.culture, 10);
      const bool first_generation = rng_.Percent(35);
      domain::Profile profile = EmployeeProfile(who, job, senior, langs, first_generation);
      AddBackgrounds(profile, who, first_generation, {0, 40, 60, 4, 8, 6});
      const bool external = profile.mentor.accepts_external_mentees;
      const bool peer = i % 3 == 0;
      const bool school = senior && external && school_volunteers < kSchoolVolunteers;

      domain::RoleSet roles;
      if (senior) roles.insert(Role::kMentor);
      if (!senior || peer) roles.insert(Role::kMentee);
      ASSIGN_OR_RETURN(auto person, AddPerson(UniqueEmail(who, "northwind.example"), who.name(),
                                              "en", DaysAgo(30, 360)));
      RETURN_IF_ERROR(tx_.SetRoles(northwind_.id, person.id, roles));
      RETURN_IF_ERROR(AddProfile(person, std::move(profile)));

      if (school) {
        ++school_volunteers;
        RETURN_IF_ERROR(tx_.SetRoles(lincoln_.id, person.id, {Role::kMentor}));
        RETURN_IF_ERROR(Enroll(career_, person, ProgramRole::kMentor, EnrollmentStatus::kActive,
                               EnrollmentSource::kInvitation, "", rng_.Percent(90),
                               rng_.Percent(80)));
      }
      if (senior && i % 5 == 0)
        RETURN_IF_ERROR(Enroll(circles_, person, ProgramRole::kMentor, EnrollmentStatus::kActive,
                               EnrollmentSource::kInvitation));
      if (!senior) {
        // The last two juniors have just applied to a circle.
        const bool pending = ++junior_index > juniors - 2;
        RETURN_IF_ERROR(Enroll(
            circles_, person, ProgramRole::kMentee,
            pending ? EnrollmentStatus::kPending : EnrollmentStatus::kActive,
            EnrollmentSource::kApplication,
            pending ? "I'd like to grow into a team lead and would love a circle to learn with."
                    : ""));
      }
      // In a peer program everyone joins as a mentee and is matched with another participant.
      if (peer)
        RETURN_IF_ERROR(Enroll(peer_, person, ProgramRole::kMentee, EnrollmentStatus::kActive,
                               EnrollmentSource::kApplication));
    }
    return Status::Ok();
  }

  // --- Invitations waiting to be accepted ----------------------------------------------------

  Status Invite(const domain::Organisation& org, const domain::Person& inviter,
                const std::string& email, domain::RoleSet roles, const domain::Program* program,
                std::optional<ProgramRole> program_role, int days_ago) {
    const std::string token = ctx_.tokens.NewToken();
    domain::Invitation inv;
    inv.id = NewId();
    inv.organisation_id = org.id;
    inv.email = email;
    inv.token_hash = ctx_.tokens.HashToken(token);
    inv.roles = std::move(roles);
    if (program) inv.program_id = program->id;
    inv.program_role = program_role;
    inv.invited_by = inviter.id;
    inv.invited_by_name = inviter.name;
    inv.created_at = now_ - days_ago * kDay;
    inv.expires_at = inv.created_at + domain::kInvitationLifetime;
    RETURN_IF_ERROR(tx_.InsertInvitation(inv));
    ++summary_.invitations;

    const std::string what = program ? "\"" + program->name + "\" at " + org.name : org.name;
    const std::string link = ctx_.public_url + "/invite/" + token;
    RETURN_IF_ERROR(tx_.InsertOutboxMessage(
        {NewId(), email, "You are invited to " + org.name + " on Tandem",
         "Hello,\n\n" + inviter.name + " invited you to join " + what +
             " on Tandem, a mentoring platform.\n\nAccept the invitation within 14 days:\n\n" +
             link + "\n",
         inv.created_at}));
    ++summary_.outbox_messages;
    return Status::Ok();
  }

  Status AddInvitations() {
    RETURN_IF_ERROR(Invite(lincoln_, lincoln_admin_, "counselor@lincoln-high.example",
                           {Role::kCoordinator}, nullptr, std::nullopt, 3));
    RETURN_IF_ERROR(Invite(lincoln_, lincoln_coordinator_, "parent.volunteer@example.org",
                           {Role::kMentor}, &career_, ProgramRole::kMentor, 2));
    RETURN_IF_ERROR(Invite(northwind_, northwind_coordinator_, "new.hire@northwind.example",
                           {Role::kMentee}, &peer_, ProgramRole::kMentee, 1));
    return Status::Ok();
  }

  static constexpr int kStudents = 150;
  static constexpr int kAlumni = 40;
  static constexpr int kEmployees = 60;
  static constexpr int kSchoolVolunteers = 14;  // Northwind mentors in Career Pathways
  static constexpr uint64_t kPreferenceStream = 0x67656e646572ULL;  // "gender"

  const Context& ctx_;
  Tx& tx_;
  DemoRandom rng_;
  DemoRandom preference_rng_;  // mentor gender preferences only (see PreferredMentorGender)
  const std::string hash_;
  const Millis now_;
  SeedSummary summary_;
  DemoCast cast_;
  std::set<std::string> used_names_;
  std::set<std::string> used_emails_;
  domain::Organisation lincoln_, northwind_, alumni_;
  domain::Program career_, sprint_, draft_, circles_, peer_;
  domain::Person lincoln_admin_, lincoln_coordinator_, northwind_coordinator_, alumni_admin_;
};

}  // namespace

Result<SeedSummary> SeedDemo(const Context& ctx, uint64_t seed) {
  // Hashed once, outside the transaction: argon2 costs ~30 ms and every account shares it.
  ASSIGN_OR_RETURN(std::string hash, ctx.hasher.Hash(kDemoPassword));
  DemoCast cast;
  ASSIGN_OR_RETURN(SeedSummary summary,
                   InTx<SeedSummary>(ctx.store, [&](Tx& tx) -> Result<SeedSummary> {
                     Seeder seeder(ctx, tx, seed, hash);
                     ASSIGN_OR_RETURN(SeedSummary s, seeder.Run());
                     cast = seeder.cast();
                     return s;
                   }));
  // The relationship side goes through the use cases, as in production; they take their own
  // transactions, so this runs after the people and programs are committed.
  ASSIGN_OR_RETURN(DemoMatchingCounts matching, SeedDemoMatching(ctx, cast));
  summary.match_rounds = matching.match_rounds;
  summary.relationships = matching.relationships;
  summary.active_relationships = matching.active_relationships;
  summary.pending_requests = matching.pending_requests;
  return summary;
}

}  // namespace tandem::app
