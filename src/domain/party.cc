#include "domain/party.h"

#include <algorithm>

namespace tandem::domain {

std::string_view RelationName(Relation r) {
  switch (r) {
    case Relation::kAnonymous: return "anonymous";
    case Relation::kOutsider: return "outsider";
    case Relation::kMember: return "member";
    case Relation::kMentee: return "mentee";
    case Relation::kMentor: return "mentor";
    case Relation::kRecipient: return "recipient";
    case Relation::kCoordinator: return "coordinator";
    case Relation::kOrgAdmin: return "org_admin";
    case Relation::kOtherCoordinator: return "other_coordinator";
    case Relation::kGuardian: return "guardian";
  }
  return "";
}

std::vector<Relation> Relations::List() const {
  std::vector<Relation> out;
  for (Relation r : kAllRelations)
    if (Has(r)) out.push_back(r);
  return out;
}

Relations RelationsTo(const PartyActor& who, const RecordParties& parties) {
  const Actor& a = who.actor;
  if (a.anonymous()) return {Relation::kAnonymous};
  Relations out;
  const std::string& me = a.person_id;
  if (!parties.mentee_id.empty() && parties.mentee_id == me) out.Add(Relation::kMentee);
  if (!parties.mentor_id.empty() && parties.mentor_id == me) out.Add(Relation::kMentor);
  if (!parties.recipient_id.empty() && parties.recipient_id == me) out.Add(Relation::kRecipient);
  if (a.is_member && a.Has(Role::kCoordinator)) out.Add(Relation::kCoordinator);
  if (a.is_member && a.Has(Role::kOrgAdmin)) out.Add(Relation::kOrgAdmin);
  if (!parties.home_organisation_id.empty() &&
      parties.home_organisation_id != parties.organisation_id &&
      who.home_roles.count(Role::kCoordinator) > 0)
    out.Add(Relation::kOtherCoordinator);
  const auto& guardians = parties.mentee_guardian_ids;
  if (std::find(guardians.begin(), guardians.end(), me) != guardians.end())
    out.Add(Relation::kGuardian);
  if (out.empty()) out.Add(a.is_member ? Relation::kMember : Relation::kOutsider);
  return out;
}

Status PartyStatus(Decision d, std::string_view what, std::string_view action_name) {
  switch (d) {
    case Decision::kAllow: return Status::Ok();
    case Decision::kUnauthenticated: return Unauthenticated("Sign in to continue.");
    case Decision::kHidden: return NotFound("No such " + std::string(what) + ".");
    case Decision::kForbidden:
      return PermissionDenied("You cannot " + std::string(action_name) + ".");
  }
  return Internal("unhandled decision");
}

}  // namespace tandem::domain
