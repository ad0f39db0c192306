// Youth safeguarding: who is protected in a program, and who may reach them.
//
// The rules, decided here once (safeguarding_test.cc is their table):
//   - A participant is a minor when their own profile says so OR a coordinator of the program
//     marked them (Enrollment::minor_marked). The person's own box can only add protection: it
//     never clears a coordinator's mark.
//   - In a youth program every mentee is protected, whatever anyone ticked. In any program a
//     minor is protected.
//   - A mentor reaches a protected mentee (recommendation, request, round proposal, publish,
//     acceptance, any later contact) only while screened AND trained in that program.
//   - A minor never mentors an adult (one-to-one, group and flash programs).
//   - Peer programs pair two people who each reach the other: a protected peer is reached only
//     by a minor or by an adult who is screened and trained. So minors pair with minors or with
//     cleared adults, and in a youth peer program adults pair only when both are cleared.
// Pure functions; no store access.
#ifndef TANDEM_DOMAIN_SAFEGUARDING_H_
#define TANDEM_DOMAIN_SAFEGUARDING_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "domain/program.h"

namespace tandem::domain {

// What safeguarding knows about one person in one program.
struct SafeguardingFacts {
  bool self_declared_minor = false;  // the person's own profile box
  bool marked_minor = false;         // a coordinator's mark on one of their enrollments here
  bool screened = false;             // their mentor enrollment here: screening cleared
  bool trained = false;              // their mentor enrollment here: training complete

  bool IsMinor() const { return self_declared_minor || marked_minor; }
  bool Cleared() const { return screened && trained; }
};

// Is this person, as the mentee side of a pair (either side in a peer program), protected?
bool IsProtected(const Program& program, const SafeguardingFacts& mentee);

enum class Reach {
  kAllowed,
  kNotCleared,          // the mentee (or peer) is protected and the other side is not cleared
  kMinorMentorsAdult,   // a minor would mentor someone not known to be a minor
};
std::string_view ReachName(Reach r);

// May `mentor` reach `mentee` in this program now? In a peer program both directions count
// (the order of the two does not matter).
Reach MayReach(const Program& program, const SafeguardingFacts& mentor,
               const SafeguardingFacts& mentee);

// MayReach as a Status: OK, or FailedPrecondition naming the rule (the names are the people's,
// given by the caller, and appear in the message).
Status CheckReach(const Program& program, const SafeguardingFacts& mentor,
                  std::string_view mentor_name, const SafeguardingFacts& mentee,
                  std::string_view mentee_name);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_SAFEGUARDING_H_
