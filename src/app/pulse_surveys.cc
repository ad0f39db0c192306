#include "app/pulse_surveys.h"

#include "app/notifications.h"
#include "base/ids.h"
#include "domain/checkin_policy.h"
#include "domain/notification.h"

namespace tandem::app {
namespace {

Result<PulseSurveyRow> AuthorizedSurvey(Tx& tx, const Caller& caller, const std::string& org_id,
                                        const std::string& survey_id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto found = tx.GetPulseSurvey(org_id, survey_id);
  if (!found.ok()) return NotFound("No such survey.");
  ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
  domain::RecordParties parties;
  parties.organisation_id = org_id;
  parties.recipient_id = found->survey.person_id;
  RETURN_IF_ERROR(domain::AuthorizeOnPulse(who, parties, domain::PulseAction::kAnswer));
  return *found;
}

}  // namespace

Result<PulseRun> SendDuePulseSurveys(const Context& ctx) {
  const Millis now = ctx.clock.Now();
  return InTx<PulseRun>(ctx.store, [&](Tx& tx) -> Result<PulseRun> {
    PulseRun run;
    ASSIGN_OR_RETURN(run.activated, tx.MarkActiveSince(now));
    ASSIGN_OR_RETURN(auto candidates, tx.ListPulseCandidates());
    for (const PulseCandidate& c : candidates) {
      auto due =
          domain::LatestPulseDue(c.active_since, c.pulse_first_days, c.pulse_every_days, now);
      if (!due) continue;
      for (const auto& [person, other] :
           {std::pair{c.mentee_id, c.mentor_id}, std::pair{c.mentor_id, c.mentee_id}}) {
        domain::PulseSurvey s;
        s.id = NewId();
        s.organisation_id = c.organisation_id;
        s.relationship_id = c.relationship_id;
        s.person_id = person;
        s.due_on = *due;
        s.sent_at = now;
        ASSIGN_OR_RETURN(bool claimed, tx.ClaimPulseSurvey(s));
        if (!claimed) continue;
        ASSIGN_OR_RETURN(domain::Person other_person, tx.GetPerson(other));
        RETURN_IF_ERROR(Notify(
            tx, person, c.organisation_id, now,
            domain::PulseSurveyDue(c.organisation_id, s.id, c.program_name, other_person.name)));
        ++run.sent;
      }
    }
    return run;
  });
}

Result<PulseSurveyRow> GetPulseSurvey(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& survey_id) {
  return InReadTx<PulseSurveyRow>(
      ctx.store, [&](Tx& tx) { return AuthorizedSurvey(tx, caller, org_id, survey_id); });
}

Result<PulseSurveyRow> AnswerPulseSurvey(const Context& ctx, const Caller& caller,
                                         const std::string& org_id, const std::string& survey_id,
                                         const domain::PulseAnswer& answer) {
  const Millis now = ctx.clock.Now();
  return InTx<PulseSurveyRow>(ctx.store, [&](Tx& tx) -> Result<PulseSurveyRow> {
    RETURN_IF_ERROR(AuthorizedSurvey(tx, caller, org_id, survey_id).status());
    RETURN_IF_ERROR(domain::ValidatePulseAnswer(answer));
    ASSIGN_OR_RETURN(bool saved, tx.SavePulseAnswer(org_id, survey_id, answer, now));
    if (!saved) return FailedPrecondition("This survey has been answered already.");
    return tx.GetPulseSurvey(org_id, survey_id);
  });
}

Result<std::vector<PulseAnswerView>> ListPulseAnswers(const Context& ctx, const Caller& caller,
                                                      const std::string& org_id,
                                                      const std::string& relationship_id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  using Out = std::vector<PulseAnswerView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    auto found = tx.GetRelationship(org_id, relationship_id);
    if (!found.ok()) return NotFound("No such relationship.");
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
    RETURN_IF_ERROR(domain::AuthorizeOnCare(who, *found, domain::CareAction::kView));
    ASSIGN_OR_RETURN(auto rows, tx.ListPulseAnswers(org_id, relationship_id, 24));
    Out out;
    for (PulseSurveyRow& r : rows) {
      // Which side answered, to label the answer (the reader is staff, not a party).
      const domain::Side side =
          r.survey.person_id == found->mentee_id ? domain::Side::kMentee : domain::Side::kMentor;
      out.push_back({std::move(r), side});
    }
    return out;
  });
}

Result<std::vector<PulseSurveyRow>> ListMyPulseSurveys(const Context& ctx, const Caller& caller) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  using Out = std::vector<PulseSurveyRow>;
  return InReadTx<Out>(ctx.store,
                       [&](Tx& tx) { return tx.ListOpenPulseSurveys(caller.person_id, 20); });
}

}  // namespace tandem::app
