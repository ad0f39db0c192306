// Identifiers: 128 random bits as 32 lower-case hex characters. Not secret (tokens come from
// the libsodium-backed TokenSource); unguessable enough that ids do not reveal counts.
// Thread-safe.
#ifndef TANDEM_BASE_IDS_H_
#define TANDEM_BASE_IDS_H_

#include <string>
#include <string_view>

namespace tandem {

std::string NewId();
// True for strings NewId() could have produced; cheap input check before a lookup.
bool LooksLikeId(std::string_view s);

}  // namespace tandem

#endif  // TANDEM_BASE_IDS_H_
