#include "domain/profile_disclosure.h"

#include <algorithm>

namespace tandem::domain {

bool VisibleToCoordinators(Visibility v) {
  return v == Visibility::kCoordinators || v == Visibility::kParticipants;
}

Profile ProfileForCoordinators(Profile p) {
  std::erase_if(p.background,
                [](const BackgroundEntry& e) { return !VisibleToCoordinators(e.visibility); });
  p.minor.guardian_name.clear();
  p.minor.guardian_email.clear();
  return p;
}

}  // namespace tandem::domain
