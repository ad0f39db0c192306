// The demo caseload's histories, one row per Growth Circles pair in the order of
// demo/active_pairs.h (by the mentee's email). Days are before the seed's "now"; -1 means none.
#ifndef TANDEM_DEMO_DATA_CASELOAD_H_
#define TANDEM_DEMO_DATA_CASELOAD_H_

#include <span>
#include <string_view>

namespace tandem::demo {

// The pairs became active this many days ago (so the day-30 and day-90 pulse surveys are due).
inline constexpr int kCaseloadActiveDays = 120;

struct CaseloadHistory {
  int met_days_ago;      // a meeting logged as held; -1: no extra meeting (the meetings seeder's)
  int checkin_days_ago;  // the manager's last check-in; -1: none
  std::string_view checkin_notes;
  int mentee_pulse;  // the mentee's answer to the latest survey (1..5); 0: not answered
  bool mentee_met;
  std::string_view mentee_comment;
  int message_days_ago;  // the pair's last message; -1: none from this seeder (the messages
                         // seeder's, for the first two pairs)
};

// What a pair's mentor last wrote, for the pairs whose history has a message.
inline constexpr std::string_view kCaseloadMessage =
    "Thanks for today. Let me know how the next step goes, and send me your draft when it is "
    "ready.";

// The expected status of each row is in the comment: on track, needs a check-in, at risk.
std::span<const CaseloadHistory> CaseloadHistories();

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_CASELOAD_H_
