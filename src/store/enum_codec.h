// How domain values without a SQL type are stored: enums as their domain names (the same
// strings the API uses, so rows read well in a SQL shell) and invitation role sets as a
// comma-separated list, matching priorities as "criterion=priority;..." and match-round scopes
// as comma-separated person ids. Decoders throw CorruptRow on values this build does not know.
// Pure functions; thread-safe.
#ifndef TANDEM_STORE_ENUM_CODEC_H_
#define TANDEM_STORE_ENUM_CODEC_H_

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/access.h"
#include "domain/role.h"

namespace tandem::store {

// Thrown when a stored value cannot be decoded (e.g. an enum name this build does not know);
// SociTx reports it as Internal.
class CorruptRow : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The value of `parsed`, or CorruptRow naming `column` ("table.column").
template <typename E>
E DecodeOrThrow(std::optional<E> parsed, const char* column) {
  if (!parsed) throw CorruptRow(std::string("unknown value in column ") + column);
  return *parsed;
}

// The domain has InvitationStatusName only; this is its inverse.
std::optional<domain::InvitationStatus> ParseInvitationStatus(std::string_view s);

// "coordinator,mentor" (in RoleSet order); "" for no roles.
std::string EncodeRoles(const domain::RoleSet& roles);
domain::RoleSet DecodeRoles(std::string_view text);

// "skills=high;language=must" in the order given; "" for none. Names must not contain '=' or
// ';' (the domain's criterion and priority names do not). Decoding throws CorruptRow on an
// entry without '='.
std::string EncodePriorities(const std::vector<std::pair<std::string, std::string>>& priorities);
std::vector<std::pair<std::string, std::string>> DecodePriorities(std::string_view text);

// Ids (which never contain commas) as "id1,id2"; "" for none.
std::string EncodeIdList(const std::vector<std::string>& ids);
std::vector<std::string> DecodeIdList(std::string_view text);

}  // namespace tandem::store

#endif  // TANDEM_STORE_ENUM_CODEC_H_
