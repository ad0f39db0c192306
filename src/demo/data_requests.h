// What the demo's students write when they ask a mentor (requests_seeder.h). "{mentor}" is the
// mentor's given name, "{a career}" the student's career with its article (text.h).
#ifndef TANDEM_DEMO_DATA_REQUESTS_H_
#define TANDEM_DEMO_DATA_REQUESTS_H_

#include <string_view>

#include "demo/data_people.h"

namespace tandem::demo {

extern const Words kRequestMessages;  // three, used in turn
// To the demo mentor, whose profile says he builds forecasting models for hospitals.
extern const std::string_view kRequestToDemoMentor;

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_REQUESTS_H_
