// Authorisation for records that have parties (a request, a relationship, a notification; next
// messages, meetings and check-ins). The organisation-role table (domain/policy.h) says what a
// role may do in an organisation; a party policy says what a person may do with ONE record,
// from their relation to it: its mentee or mentor, a coordinator or administrator of the
// record's organisation, a coordinator of another organisation a party comes from, a
// guardian of a minor mentee, or an outsider.
//
// The pattern, one per resource with parties (docs/architecture.md, "Records with parties"):
//   - `RelationsTo` (here) computes the caller's relations to the record's parties, purely.
//   - `domain/<resource>_policy.{h,cc}` declares the resource's actions and one table
//     (relation, action) -> Decision, and `Authorize<Resource>` which turns it into a Status.
//   - `domain/<resource>_policy_test.cc` checks every relation against every action.
// A person may have several relations to one record (a coordinator who is also its mentor):
// the most permissive decision wins (allow, then forbidden, then hidden).
#ifndef TANDEM_DOMAIN_PARTY_H_
#define TANDEM_DOMAIN_PARTY_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "domain/policy.h"
#include "domain/role.h"

namespace tandem::domain {

enum class Relation {
  kAnonymous,         // not signed in
  kOutsider,          // signed in, no relation below
  kMember,            // a member of the record's organisation who is not a party or its staff
  kMentee,            // the record's mentee
  kMentor,            // the record's mentor
  kRecipient,         // the person a notification is addressed to
  kCoordinator,       // coordinator of the record's organisation
  kOrgAdmin,          // administrator of the record's organisation
  kOtherCoordinator,  // coordinator of another organisation a party comes from
  kGuardian,          // guardian of the record's (minor) mentee
};
std::string_view RelationName(Relation r);
inline constexpr Relation kAllRelations[] = {
    Relation::kAnonymous,   Relation::kOutsider,  Relation::kMember,
    Relation::kMentee,      Relation::kMentor,    Relation::kRecipient,
    Relation::kCoordinator, Relation::kOrgAdmin,  Relation::kOtherCoordinator,
    Relation::kGuardian,
};

// A set of relations (a person may be a record's mentor and a coordinator of its organisation).
class Relations {
 public:
  Relations() = default;
  Relations(std::initializer_list<Relation> rs) {
    for (Relation r : rs) Add(r);
  }
  void Add(Relation r) { bits_ |= Bit(r); }
  bool Has(Relation r) const { return (bits_ & Bit(r)) != 0; }
  bool empty() const { return bits_ == 0; }
  std::vector<Relation> List() const;

 private:
  static std::uint32_t Bit(Relation r) { return 1u << static_cast<unsigned>(r); }
  std::uint32_t bits_ = 0;
};

// Who a record concerns. Empty ids are no party (a notification has only a recipient).
struct RecordParties {
  std::string organisation_id;
  std::string mentee_id;
  std::string mentor_id;
  std::string recipient_id;
  // The organisation a party comes from when it is not the record's own (an outside mentor's
  // home organisation); '' while every party belongs to the record's organisation, as today.
  std::string home_organisation_id;
  // Guardians of a minor mentee. No guardian accounts exist yet (issue 10 adds them); until
  // then this is always empty and kGuardian cannot occur.
  std::vector<std::string> mentee_guardian_ids;
};

// The caller as seen from a record: their roles in its organisation (Actor, domain/policy.h) and
// in the parties' home organisation when that is another one.
struct PartyActor {
  Actor actor;
  RoleSet home_roles;  // roles in RecordParties::home_organisation_id (empty when none)
};

// The caller's relations to the record. Pure: ids and roles only. Anonymous callers have
// {kAnonymous}; a caller with no relation at all has {kOutsider} (or {kMember} when they are a
// member of the record's organisation). Party relations come from the ids alone, whether or
// not the person is still a member (a mentor removed since still sees their records as today).
Relations RelationsTo(const PartyActor& who, const RecordParties& parties);

// One resource's table: the decision for one relation and action.
template <typename ActionT>
using PartyTable = Decision (*)(Relation, ActionT);

// The most permissive decision over the relations: allow, then forbidden, then hidden; anonymous
// callers are kUnauthenticated.
template <typename ActionT>
Decision DecideOverRelations(const Relations& relations, ActionT action, PartyTable<ActionT> table) {
  if (relations.Has(Relation::kAnonymous)) return Decision::kUnauthenticated;
  Decision best = Decision::kHidden;
  for (Relation r : relations.List()) {
    Decision d = table(r, action);
    if (d == Decision::kAllow) return d;
    if (d == Decision::kForbidden) best = d;
  }
  return best;
}

// A party decision as a Status: OK; Unauthenticated; NotFound("No such <what>.") so that a
// record is never confirmed to someone with no business with it; PermissionDenied("You cannot
// <action_name>.") for someone who knows of the record but may not do that.
Status PartyStatus(Decision d, std::string_view what, std::string_view action_name);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PARTY_H_
