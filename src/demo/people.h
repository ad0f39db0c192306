// The pieces every generated person is made of: a name from a cultural group, an e-mail, the
// languages they speak, a time zone, the background they share, the skills a job teaches.
// Shared by the people seeders (students, alumni, employees); each draws from the writer's
// random streams, so the order of calls is part of the demo.
#ifndef TANDEM_DEMO_PEOPLE_H_
#define TANDEM_DEMO_PEOPLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "demo/data_people.h"
#include "demo/writer.h"
#include "domain/profile.h"

namespace tandem::demo {

struct Identity {
  const Culture* culture = nullptr;
  std::string given;
  std::string family;
  std::string gender;  // "woman", "man" or "non-binary" (the words the web app offers)
  std::string name() const { return given + " " + family; }
};

enum class Population { kSchool, kProfessional };

// A name not used before in this demo, from a culture drawn with the population's weights.
Identity NewIdentity(DemoWriter& w, Population population);

// first.last@domain, with a number appended when taken.
std::string UniqueEmail(DemoWriter& w, const Identity& who, std::string_view domain_name);

// "en", maybe the culture's languages, maybe Spanish (extra_spanish_percent), rarely French.
std::vector<std::string> Languages(DemoWriter& w, const Culture& c, int extra_spanish_percent);

// A US time zone, weighted by population.
std::string UsTimeZone(DemoWriter& w);

// How often each optional background field besides first_generation is shared, in percent.
struct BackgroundRates {
  int low_income, cultural, gender, disability, lgbtq, veteran;
};
// Adds first_generation when set (callers decide it first, because it shapes the bio), then
// each other field with its rate and a random visibility.
void AddBackgrounds(DemoWriter& w, domain::Profile& p, const Identity& who, bool first_generation,
                    const BackgroundRates& rates);

// A minority of students state a preferred mentor gender, mostly their own, young women more
// often than young men ("" = none). Draws from the preference stream only.
std::string PreferredMentorGender(DemoWriter& w, const Identity& who);

// The job's skills, taught at level 4 or 5.
void AddTeachSkills(DemoWriter& w, domain::Profile& p, const Job& job);

// True when langs holds code.
bool Speaks(const std::vector<std::string>& langs, std::string_view code);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_PEOPLE_H_
