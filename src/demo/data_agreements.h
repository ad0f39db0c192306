// What "Northwind Growth Circles" asks of its pairs (agreements_seeder.h): the program's norms,
// the text of its mentoring agreement, its plan template, and the goals pairs write themselves.
#ifndef TANDEM_DEMO_DATA_AGREEMENTS_H_
#define TANDEM_DEMO_DATA_AGREEMENTS_H_

#include <span>
#include <string_view>

namespace tandem::demo {

extern const std::string_view kCirclesExpectations;
extern const std::string_view kCirclesMeetingFrequency;
extern const std::string_view kCirclesConfidentiality;
extern const std::string_view kCirclesEnding;
inline constexpr int kCirclesCadenceDays = 14;
extern const std::string_view kCirclesAgreement;

// A goal a pair writes in their plan, with two milestones.
struct DemoGoal {
  std::string_view title;
  std::string_view description;
  std::string_view first_milestone;
  std::string_view second_milestone;
};
extern const std::span<const DemoGoal> kPairGoals;  // used in turn, one row per pair
extern const DemoGoal kTemplateGoal;                // the template's one goal (weeks 2 and 6)

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_AGREEMENTS_H_
