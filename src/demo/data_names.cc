#include <map>

#include "demo/data_people.h"

namespace tandem::demo {
namespace {

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

constexpr Culture kCultureRows[] = {
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

}  // namespace

const std::span<const Culture> kCultures = kCultureRows;

std::string_view LanguageName(std::string_view code) {
  static const std::map<std::string_view, std::string_view> kNames = {
      {"es", "Spanish"}, {"pl", "Polish"},         {"vi", "Vietnamese"}, {"zh", "Mandarin"},
      {"tl", "Tagalog"}, {"ar", "Arabic"},         {"fr", "French"},     {"yo", "Yoruba"},
      {"so", "Somali"},  {"ht", "Haitian Creole"}, {"hi", "Hindi"},      {"ko", "Korean"},
      {"nv", "Navajo"},  {"uk", "Ukrainian"}};
  auto it = kNames.find(code);
  return it == kNames.end() ? code : it->second;
}

}  // namespace tandem::demo
