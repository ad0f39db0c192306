// JSON codecs: domain and use-case values to the wire format of api/openapi.yaml, and strict
// decoders for request bodies. Ids travel as strings, instants as RFC 3339 UTC strings.
// Pure functions; thread-safe.
#ifndef TANDEM_HTTP_JSON_CODECS_H_
#define TANDEM_HTTP_JSON_CODECS_H_

#include <algorithm>
#include <string>

#include "app/auth.h"
#include "app/invitations.h"
#include "app/me.h"
#include "app/programs.h"
#include "domain/access.h"
#include "domain/organisation.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json TimeJson(Millis t);  // null when 0
Json RolesJson(const domain::RoleSet& roles);
// Reads an array of role names; records errors in r.
std::optional<domain::RoleSet> ReadRoles(ObjectReader& r, const std::string& key, bool required);

// Auth and me.
Json MeJson(const app::MeView& me);
Json SessionInfoJson(const app::MeView& me, const std::string& csrf_token);

// Organisations.
Json OrganisationJson(const domain::Organisation& o);
Json MemberJson(const domain::Member& m);
Json TaxonomyTermJson(const domain::TaxonomyTerm& t);

// Programs.
Json ProgramJson(const app::ProgramView& v);
Result<domain::Program> DecodeProgramInput(const Json& body);
Json EnrollmentJson(const domain::EnrollmentView& v);

// Invitations.
Json InvitationJson(const domain::Invitation& inv, Millis now, const std::string& link = "");
Json InvitationPreviewJson(const app::InvitationPreview& p);
Result<app::InvitationRequest> DecodeInvitationRequest(const Json& body);

// Profiles.
Json ProfileJson(const app::ProfileView& v);
struct ProfileInput {
  std::string name;
  domain::Profile profile;
};
Result<ProfileInput> DecodeProfileInput(const Json& body);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_CODECS_H_
