#include "app/agreements.h"

#include <algorithm>

#include "app/emails.h"
#include "app/notifications.h"
#include "app/program_visibility.h"
#include "app/relationships.h"
#include "app/safeguarding.h"
#include "base/ids.h"
#include "domain/agreement_policy.h"
#include "domain/notification.h"
#include "domain/password_guard.h"
#include "domain/policy.h"
#include "domain/relationship_policy.h"
#include "domain/safeguarding.h"

namespace tandem::app {
namespace {

using domain::Action;
using domain::AgreementParty;
using domain::RelationshipStatus;

// The throttle's account key for wrong guardian tokens (counted per address).
constexpr char kGuardianLinkAccount[] = "guardian-link";

std::string FirstName(const std::string& name) {
  const size_t space = name.find(' ');
  return space == std::string::npos ? name : name.substr(0, space);
}

// Whether the mentee of r needs a guardian's acceptance: protected in the program
// (domain::IsProtected: a youth program's mentees, and anyone a coordinator marked or who
// ticked the box; ticking can only add protection).
Result<bool> GuardianRequired(Tx& tx, const domain::Program& program,
                              const domain::Relationship& r) {
  SafeguardingFactsCache facts(tx, r.organisation_id, r.program_id);
  ASSIGN_OR_RETURN(domain::SafeguardingFacts mentee, facts.Get(r.mentee_id));
  return domain::IsProtected(program, mentee);
}

// The guardian's email from the mentee's profile ('' when none).
Result<std::string> GuardianEmail(Tx& tx, const std::string& mentee_id) {
  ASSIGN_OR_RETURN(auto profile, tx.FindProfile(mentee_id));
  if (!profile) return std::string();
  return profile->minor.guardian_email;
}

// Makes a new link for (r, version) and queues the guardian's email in the mentee's language.
// The links sent before stop working: only the newest one in the guardian's inbox opens the
// agreement (a link sent to an address since corrected, or forwarded, is dead).
Status QueueGuardianLink(const Context& ctx, Tx& tx, const domain::Program& program,
                         const domain::Relationship& r, int version, const std::string& email,
                         Millis now) {
  RETURN_IF_ERROR(tx.ExpireGuardianLinks(r.organisation_id, r.id, now).status());
  const std::string token = ctx.tokens.NewToken();
  domain::GuardianLink link{ctx.tokens.HashToken(token), r.organisation_id, r.id, version,
                            email, now, now + domain::kGuardianLinkLifetime};
  RETURN_IF_ERROR(tx.InsertGuardianLink(link));
  ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(r.mentee_id));
  ASSIGN_OR_RETURN(domain::Organisation org, tx.GetOrganisation(r.organisation_id));
  ASSIGN_OR_RETURN(std::string locale, RecipientLocale(tx, email, mentee.locale));
  return QueueEmail(tx, email, locale, domain::EmailKind::kGuardianAgreement,
                    {{"mentee_name", FirstName(mentee.name)},
                     {"program_name", program.name},
                     {"org_name", org.name},
                     {"link", ctx.public_url + "/agreement/" + token}},
                    now);
}

// Sends the guardian's link when one is needed and the profile has an address.
Status MaybeSendGuardianLink(const Context& ctx, Tx& tx, const domain::Program& program,
                             const domain::Relationship& r, int version, Millis now) {
  ASSIGN_OR_RETURN(bool needed, GuardianRequired(tx, program, r));
  if (!needed) return Status::Ok();
  ASSIGN_OR_RETURN(std::string email, GuardianEmail(tx, r.mentee_id));
  if (email.empty()) return Status::Ok();  // a coordinator sends it once the profile has one
  return QueueGuardianLink(ctx, tx, program, r, version, email, now);
}

Result<RelationshipAgreementView> BuildView(Tx& tx, const domain::Relationship& r,
                                            const std::optional<domain::PartyActor>& who) {
  RelationshipAgreementView v;
  v.relationship = r;
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(r.organisation_id, r.program_id));
  v.program_name = program.name;
  ASSIGN_OR_RETURN(v.current, tx.FindLatestAgreementVersion(r.organisation_id, r.program_id));
  ASSIGN_OR_RETURN(bool guardian, GuardianRequired(tx, program, r));
  v.required = domain::RequiredParties(guardian);
  ASSIGN_OR_RETURN(v.acceptances, tx.ListAgreementAcceptances(r.organisation_id, r.id));
  if (v.current) {
    v.pending = domain::PendingParties(v.required, v.acceptances, v.current->version);
    v.needs_reacceptance = r.status == RelationshipStatus::kActive && !v.pending.empty();
  }
  if (who) {
    auto side = domain::SideOf(domain::RelationsTo(*who, domain::PartiesOf(r)));
    if (side)
      v.viewer_party =
          *side == domain::Side::kMentee ? AgreementParty::kMentee : AgreementParty::kMentor;
  }
  return v;
}

// Records one acceptance of the current version and activates an awaiting relationship whose
// last required party this was. Call under the pair's participant locks.
Status RecordAcceptance(Tx& tx, domain::Relationship& r, const domain::Program& program,
                        AgreementParty party, const std::string& person_id, int version,
                        Millis now) {
  RETURN_IF_ERROR(tx.InsertAgreementAcceptance(
                        {r.organisation_id, r.id, party, person_id, version, now})
                      .status());
  if (r.status != RelationshipStatus::kAwaitingAgreement) return Status::Ok();
  ASSIGN_OR_RETURN(bool guardian, GuardianRequired(tx, program, r));
  ASSIGN_OR_RETURN(auto acceptances, tx.ListAgreementAcceptances(r.organisation_id, r.id));
  if (!domain::PendingParties(domain::RequiredParties(guardian), acceptances, version).empty())
    return Status::Ok();
  RETURN_IF_ERROR(domain::CompleteAgreement(r, now));
  RETURN_IF_ERROR(tx.UpdateRelationship(r));
  ASSIGN_OR_RETURN(PairNames names, LoadPairNames(tx, r.organisation_id, r.program_id,
                                                  r.mentee_id, r.mentor_id));
  RETURN_IF_ERROR(Notify(tx, r.mentee_id, r.organisation_id, now,
                         domain::MatchConfirmed(r.id, program.name, names.mentor)));
  return Notify(tx, r.mentor_id, r.organisation_id, now,
                domain::MatchConfirmed(r.id, program.name, names.mentee));
}

// Reads the relationship and authorises the caller on it (NotFound for outsiders).
Result<std::pair<domain::Relationship, domain::PartyActor>> AuthorizedRelationship(
    Tx& tx, const Caller& caller, const std::string& org_id, const std::string& relationship_id,
    domain::AgreementAction action) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto found = tx.GetRelationship(org_id, relationship_id);
  if (!found.ok()) return NotFound("No such relationship.");
  ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
  RETURN_IF_ERROR(domain::AuthorizeOnAgreement(who, *found, action));
  return std::make_pair(*found, who);
}

// Refuses an address that sent too many wrong tokens lately.
Status CheckGuardianThrottle(Tx& tx, const std::string& address, Millis now) {
  ASSIGN_OR_RETURN(auto failures,
                   tx.ListPasswordFailuresOfAccount(kGuardianLinkAccount,
                                                    now - domain::kGuardianLinkFailureWindow));
  const auto from_here = std::count_if(failures.begin(), failures.end(),
                                       [&](const auto& f) { return f.address == address; });
  if (from_here >= domain::kMaxGuardianLinkFailures)
    return ResourceExhausted("Too many wrong links from your network. Please wait a while.")
        .WithRetryAfter(static_cast<int>(domain::kGuardianLinkFailureWindow / 1000));
  return Status::Ok();
}

struct UsableLink {
  domain::GuardianLink link;
  domain::Relationship relationship;
  domain::Program program;
  domain::AgreementVersion version;
};

// The link behind a token, if it may still be used; a wrong token is counted (and the count
// committed: the caller returns OK with nullopt, then answers NotFound outside the tx).
Result<std::optional<UsableLink>> FindUsableLink(const Context& ctx, Tx& tx,
                                                 const std::string& token,
                                                 const std::string& address, Millis now) {
  RETURN_IF_ERROR(tx.LockThrottleKey("address:" + address));
  RETURN_IF_ERROR(CheckGuardianThrottle(tx, address, now));
  auto fail = [&]() -> Result<std::optional<UsableLink>> {
    RETURN_IF_ERROR(tx.InsertPasswordFailure({NewId(), kGuardianLinkAccount, address, now}));
    return std::optional<UsableLink>();
  };
  // A token has the shape TokenSource makes (43 URL-safe characters); anything else cannot be
  // one and is refused without a lookup (and without counting: it guesses nothing).
  if (token.size() != 43 || token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
                                                    "qrstuvwxyz0123456789-_") != std::string::npos)
    return std::optional<UsableLink>();
  ASSIGN_OR_RETURN(auto link, tx.FindGuardianLink(ctx.tokens.HashToken(token)));
  if (!link || link->expires_at <= now) return fail();
  ASSIGN_OR_RETURN(domain::Relationship r,
                   tx.GetRelationship(link->organisation_id, link->relationship_id));
  ASSIGN_OR_RETURN(auto current,
                   tx.FindLatestAgreementVersion(r.organisation_id, r.program_id));
  // A link for a superseded version, or a relationship declined or ended since: not usable.
  if (!current || !domain::CheckAcceptable(r, link->version, current->version).ok())
    return std::optional<UsableLink>();
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(r.organisation_id, r.program_id));
  return std::optional<UsableLink>(UsableLink{*link, r, program, *current});
}

Result<GuardianAgreementView> GuardianView(Tx& tx, const UsableLink& u) {
  GuardianAgreementView v;
  ASSIGN_OR_RETURN(PairNames names,
                   LoadPairNames(tx, u.relationship.organisation_id, u.relationship.program_id,
                                 u.relationship.mentee_id, u.relationship.mentor_id));
  v.program_name = names.program;
  v.mentee_first_name = FirstName(names.mentee);
  v.mentor_name = names.mentor;
  v.version = u.version.version;
  v.text = u.version.text;
  v.expires_at = u.link.expires_at;
  ASSIGN_OR_RETURN(auto acceptances, tx.ListAgreementAcceptances(u.relationship.organisation_id,
                                                                 u.relationship.id));
  v.accepted = std::any_of(acceptances.begin(), acceptances.end(), [&](const auto& a) {
    return a.party == AgreementParty::kGuardian && a.version == u.version.version;
  });
  return v;
}

// Runs a guardian-link use case: a wrong token's failure is committed, then answered NotFound.
template <typename Fn>
Result<GuardianAgreementView> WithGuardianLink(const Context& ctx, const std::string& token,
                                               const std::string& remote_address, Fn&& fn) {
  const std::string address = domain::ThrottleAddress(remote_address);
  const Millis now = ctx.clock.Now();
  ASSIGN_OR_RETURN(auto out,
                   InTx<std::optional<GuardianAgreementView>>(
                       ctx.store, [&](Tx& tx) -> Result<std::optional<GuardianAgreementView>> {
                         ASSIGN_OR_RETURN(auto usable,
                                          FindUsableLink(ctx, tx, token, address, now));
                         if (!usable) return std::optional<GuardianAgreementView>();
                         ASSIGN_OR_RETURN(GuardianAgreementView v, fn(tx, *usable, now));
                         return std::optional<GuardianAgreementView>(std::move(v));
                       }));
  if (!out) return NotFound("This link is not valid.");
  return *out;
}

}  // namespace

Result<ProgramAgreementView> GetProgramAgreement(const Context& ctx, const Caller& caller,
                                                 const std::string& org_id,
                                                 const std::string& program_id) {
  return InReadTx<ProgramAgreementView>(ctx.store, [&](Tx& tx) -> Result<ProgramAgreementView> {
    ASSIGN_OR_RETURN(domain::Program program,
                     ReadableProgram(tx, caller, org_id, program_id, Action::kListPrograms));
    ProgramAgreementView v;
    ASSIGN_OR_RETURN(auto norms, tx.FindProgramNorms(org_id, program.id));
    if (norms) {
      v.norms = *norms;
    } else {
      v.norms.organisation_id = org_id;
      v.norms.program_id = program.id;
    }
    ASSIGN_OR_RETURN(v.versions, tx.ListAgreementVersions(org_id, program.id));
    return v;
  });
}

Result<domain::AgreementVersion> GetAgreementVersion(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id,
                                                     int version) {
  return InReadTx<domain::AgreementVersion>(
      ctx.store, [&](Tx& tx) -> Result<domain::AgreementVersion> {
        ASSIGN_OR_RETURN(domain::Program program,
                         ReadableProgram(tx, caller, org_id, program_id, Action::kListPrograms));
        auto v = tx.GetAgreementVersion(org_id, program.id, version);
        if (!v.ok()) return NotFound("No such agreement version.");
        return v;
      });
}

Result<domain::ProgramNorms> SaveProgramNorms(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              domain::ProgramNorms norms) {
  RETURN_IF_ERROR(domain::ValidateNorms(norms));
  return InTx<domain::ProgramNorms>(ctx.store, [&](Tx& tx) -> Result<domain::ProgramNorms> {
    ASSIGN_OR_RETURN(domain::Program program,
                     ReadableProgram(tx, caller, org_id, program_id, Action::kEditProgram));
    norms.organisation_id = org_id;
    norms.program_id = program.id;
    norms.updated_at = ctx.clock.Now();
    RETURN_IF_ERROR(tx.SaveProgramNorms(norms));
    return norms;
  });
}

Result<domain::AgreementVersion> PublishAgreement(const Context& ctx, const Caller& caller,
                                                  const std::string& org_id,
                                                  const std::string& program_id,
                                                  const std::string& text) {
  RETURN_IF_ERROR(domain::ValidateAgreementText(text));
  const Millis now = ctx.clock.Now();
  // The version number is the latest plus one. Two publishes at once (PostgreSQL runs them
  // side by side) both read the same latest, and the second insert finds its number taken:
  // that transaction rolls back and is run again, reading the version the first one made.
  bool number_taken = false;
  auto publish = [&](Tx& tx) -> Result<domain::AgreementVersion> {
    number_taken = false;
    ASSIGN_OR_RETURN(domain::Program program,
                     ReadableProgram(tx, caller, org_id, program_id, Action::kEditProgram));
    ASSIGN_OR_RETURN(auto latest, tx.FindLatestAgreementVersion(org_id, program.id));
    domain::AgreementVersion v{org_id, program.id,       latest ? latest->version + 1 : 1,
                               text,   caller.person_id, now};
    Status inserted = tx.InsertAgreementVersion(v);
    number_taken = inserted.code() == StatusCode::kAlreadyExists;
    RETURN_IF_ERROR(inserted);
    // Every pair that holds a place is asked to accept the new text; active ones stay
    // active (contact is not cut off) and are flagged until they have.
    for (RelationshipStatus s :
         {RelationshipStatus::kActive, RelationshipStatus::kAwaitingAgreement}) {
      RelationshipFilter filter;
      filter.status = s;
      ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, filter));
      for (const domain::Relationship& r : rels) {
        for (const std::string& who : {r.mentee_id, r.mentor_id})
          RETURN_IF_ERROR(Notify(tx, who, org_id, now,
                                 domain::AgreementUpdated(r.id, program.name, v.version)));
        RETURN_IF_ERROR(MaybeSendGuardianLink(ctx, tx, program, r, v.version, now));
      }
    }
    return v;
  };
  constexpr int kAttempts = 5;
  for (int attempt = 1;; ++attempt) {
    Result<domain::AgreementVersion> published = InTx<domain::AgreementVersion>(ctx.store, publish);
    if (published.ok() || !number_taken || attempt == kAttempts) return published;
  }
}

Result<RelationshipAgreementView> GetRelationshipAgreement(const Context& ctx, const Caller& caller,
                                                           const std::string& org_id,
                                                           const std::string& relationship_id) {
  using Out = RelationshipAgreementView;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto found, AuthorizedRelationship(tx, caller, org_id, relationship_id,
                                                        domain::AgreementAction::kView));
    return BuildView(tx, found.first, found.second);
  });
}

Result<RelationshipAgreementView> AcceptAgreement(const Context& ctx, const Caller& caller,
                                                  const std::string& org_id,
                                                  const std::string& relationship_id,
                                                  int version) {
  using Out = RelationshipAgreementView;
  const Millis now = ctx.clock.Now();
  return InTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto found, AuthorizedRelationship(tx, caller, org_id, relationship_id,
                                                        domain::AgreementAction::kAccept));
    const domain::PartyActor& who = found.second;
    RETURN_IF_ERROR(LockPair(tx, org_id, found.first.program_id, found.first.mentee_id,
                             found.first.mentor_id));
    ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, relationship_id));
    const auto side = domain::SideOf(domain::RelationsTo(who, domain::PartiesOf(r)));
    if (!side) return NotFound("No such relationship.");  // the policy allowed a side only
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
    ASSIGN_OR_RETURN(auto current, tx.FindLatestAgreementVersion(org_id, r.program_id));
    RETURN_IF_ERROR(domain::CheckAcceptable(r, version, current ? current->version : 0));
    const AgreementParty party =
        *side == domain::Side::kMentee ? AgreementParty::kMentee : AgreementParty::kMentor;
    RETURN_IF_ERROR(RecordAcceptance(tx, r, program, party, caller.person_id, version, now));
    return BuildView(tx, r, who);
  });
}

Result<RelationshipAgreementView> SendGuardianLink(const Context& ctx, const Caller& caller,
                                                   const std::string& org_id,
                                                   const std::string& relationship_id) {
  using Out = RelationshipAgreementView;
  const Millis now = ctx.clock.Now();
  return InTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
      // A staff action: the role table first (403 to a member without a staff role, whatever
    // the id), then the relationship's policy.
    if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kManageMatching).status());
    ASSIGN_OR_RETURN(auto found,
                     AuthorizedRelationship(tx, caller, org_id, relationship_id,
                                            domain::AgreementAction::kSendGuardianLink));
    const domain::Relationship& r = found.first;
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
    ASSIGN_OR_RETURN(auto current, tx.FindLatestAgreementVersion(org_id, r.program_id));
    const int version = current ? current->version : 0;
    RETURN_IF_ERROR(domain::CheckAcceptable(r, version, version));
    ASSIGN_OR_RETURN(Out v, BuildView(tx, r, found.second));
    if (std::find(v.required.begin(), v.required.end(), AgreementParty::kGuardian) ==
        v.required.end())
      return FailedPrecondition("This mentee needs no guardian's acceptance.");
    if (std::find(v.pending.begin(), v.pending.end(), AgreementParty::kGuardian) ==
        v.pending.end())
      return FailedPrecondition("The guardian has already accepted this version.");
    ASSIGN_OR_RETURN(std::string email, GuardianEmail(tx, r.mentee_id));
    if (email.empty())
      return FailedPrecondition("The mentee's profile has no guardian email to send the link to.");
    RETURN_IF_ERROR(QueueGuardianLink(ctx, tx, program, r, version, email, now));
    return v;
  });
}

Result<GuardianAgreementView> PreviewGuardianAgreement(const Context& ctx,
                                                       const std::string& token,
                                                       const std::string& remote_address) {
  return WithGuardianLink(ctx, token, remote_address,
                          [](Tx& tx, const UsableLink& u, Millis) { return GuardianView(tx, u); });
}

Result<GuardianAgreementView> AcceptGuardianAgreement(const Context& ctx,
                                                      const std::string& token,
                                                      const std::string& remote_address) {
  return WithGuardianLink(
      ctx, token, remote_address,
      [](Tx& tx, const UsableLink& u, Millis now) -> Result<GuardianAgreementView> {
        const domain::Relationship& seen = u.relationship;
        RETURN_IF_ERROR(
            LockPair(tx, seen.organisation_id, seen.program_id, seen.mentee_id, seen.mentor_id));
        ASSIGN_OR_RETURN(domain::Relationship r,
                         tx.GetRelationship(seen.organisation_id, seen.id));
        ASSIGN_OR_RETURN(auto current,
                         tx.FindLatestAgreementVersion(r.organisation_id, r.program_id));
        RETURN_IF_ERROR(
            domain::CheckAcceptable(r, u.link.version, current ? current->version : 0));
        RETURN_IF_ERROR(RecordAcceptance(tx, r, u.program, AgreementParty::kGuardian, "",
                                         u.link.version, now));
        UsableLink after = u;
        after.relationship = r;
        return GuardianView(tx, after);
      });
}

Status HoldForAgreement(const Context& ctx, Tx& tx, domain::Relationship& r, Millis now) {
  if (r.status != RelationshipStatus::kActive) return Status::Ok();
  ASSIGN_OR_RETURN(auto current, tx.FindLatestAgreementVersion(r.organisation_id, r.program_id));
  if (!current) return Status::Ok();
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(r.organisation_id, r.program_id));
  // A pair that already accepted the current version (a resumed match) stays active.
  ASSIGN_OR_RETURN(bool guardian, GuardianRequired(tx, program, r));
  ASSIGN_OR_RETURN(auto acceptances, tx.ListAgreementAcceptances(r.organisation_id, r.id));
  if (domain::PendingParties(domain::RequiredParties(guardian), acceptances, current->version)
          .empty())
    return Status::Ok();
  RETURN_IF_ERROR(domain::AwaitAgreement(r, now));
  RETURN_IF_ERROR(tx.UpdateRelationship(r));
  return MaybeSendGuardianLink(ctx, tx, program, r, current->version, now);
}

}  // namespace tandem::app
