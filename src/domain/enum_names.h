// Parsing an enum from the name its *Name() function gives it.
#ifndef TANDEM_DOMAIN_ENUM_NAMES_H_
#define TANDEM_DOMAIN_ENUM_NAMES_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace tandem::domain {

// The value of `all` whose name(value) is `s`; nullopt when none is.
template <typename E, std::size_t N>
std::optional<E> ParseByName(std::string_view s, const E (&all)[N], std::string_view (*name)(E)) {
  for (E e : all)
    if (name(e) == s) return e;
  return std::nullopt;
}

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_ENUM_NAMES_H_
