#include "demo/data_caseload.h"

namespace tandem::demo {

std::span<const CaseloadHistory> CaseloadHistories() {
  static constexpr CaseloadHistory kRows[] = {
      // On track (the meetings seeder's pairs: met twelve days ago).
      {-1, 10, "Both happy with the pace; agreed to focus on the portfolio.", 5, true, "", -1},
      {-1, 12, "Quick call with the mentor: sessions are going well.", 4, true, "", -1},
      // Needs a check-in: met last week, but the last check-in was 50 days ago (every 45).
      {6, 50, "Kick-off call: goals agreed, first meeting booked.", 4, true, "", 3},
      // At risk: no meeting for 35 days (the circles meet every 14), and no message either.
      {35, 20, "Mentor travelling for work this month.", 0, false, "", -1},
      // At risk: the mentee rated the relationship 2 and they have not met.
      {9, 15, "Mentee a bit shy in the first sessions.", 2, false,
       "We keep cancelling; I am not sure my mentor has time for me.", 5},
      // Needs a check-in: no meeting for 20 days.
      {20, 8, "Mentee starting a new project at work.", 3, true, "It is fine, a bit slow.", 2},
      // On track.
      {4, 5, "Regular meetings; nothing to follow up.", 5, true, "", 1},
      {7, 30, "All good.", 4, true, "", 3},
      {2, 3, "All good; mentee presenting at the circle next month.", 0, true, "", 0},
  };
  return kRows;
}

}  // namespace tandem::demo
