// Pulse surveys (domain/pulse.h): sent by the server's timer, answered by their recipient.
//
// SendDuePulseSurveys is the timer's work (main/pulse_worker.h), safe to run from several
// servers on one database at once: each survey is claimed by inserting its row, unique per
// relationship, person and due date (PulsePort::ClaimPulseSurvey), in the same transaction as
// its notification, so a survey and its notice are sent once whoever runs the tick.
#ifndef TANDEM_APP_PULSE_SURVEYS_H_
#define TANDEM_APP_PULSE_SURVEYS_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "app/ports/pulse_port.h"
#include "domain/pulse.h"
#include "domain/relationship.h"

namespace tandem::app {

struct PulseRun {
  int activated = 0;  // relationships first seen active (their schedule starts now)
  int sent = 0;       // surveys this call claimed and notified
};
// One tick: marks newly active relationships, then sends every survey due by now that nobody
// has sent (the latest date of each relationship's schedule, to each side).
Result<PulseRun> SendDuePulseSurveys(const Context& ctx);

// The recipient's own survey; NotFound for anyone else.
Result<PulseSurveyRow> GetPulseSurvey(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& survey_id);
// InvalidArgument for a bad answer; FailedPrecondition when it was answered already.
Result<PulseSurveyRow> AnswerPulseSurvey(const Context& ctx, const Caller& caller,
                                         const std::string& org_id, const std::string& survey_id,
                                         const domain::PulseAnswer& answer);
// A relationship's answered surveys, latest first (at most 24: a year of both sides), for the
// program's coordinators (domain/checkin_policy.h, CareAction::kView): the comments the form
// says they read. side: which side answered.
struct PulseAnswerView {
  PulseSurveyRow row;
  domain::Side side = domain::Side::kMentee;
};
Result<std::vector<PulseAnswerView>> ListPulseAnswers(const Context& ctx, const Caller& caller,
                                                      const std::string& org_id,
                                                      const std::string& relationship_id);

// The caller's unanswered surveys, newest first (at most 20).
Result<std::vector<PulseSurveyRow>> ListMyPulseSurveys(const Context& ctx, const Caller& caller);

}  // namespace tandem::app

#endif  // TANDEM_APP_PULSE_SURVEYS_H_
