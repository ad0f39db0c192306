// Who is the client? The TCP peer, unless that peer is a reverse proxy the operator trusts
// (`--trusted-proxy CIDR[,CIDR]`): only then are X-Forwarded-For and X-Forwarded-Proto read.
// The client is the right-most X-Forwarded-For hop that is not itself a trusted proxy (hops to
// its left were written by the client and prove nothing). Pure functions; thread-safe.
#ifndef TANDEM_HTTP_CLIENT_ADDRESS_H_
#define TANDEM_HTTP_CLIENT_ADDRESS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tandem::http {

// An IP address: IPv4 addresses are kept as IPv4-mapped IPv6 (::ffff:a.b.c.d), so
// "10.0.0.1" and "::ffff:10.0.0.1" (how a dual-stack socket reports it) compare equal.
struct IpAddress {
  std::array<uint8_t, 16> bytes{};
  bool v4 = false;

  // Accepts dotted IPv4 and IPv6 text (no zone id, no brackets, no port); nullopt otherwise.
  static std::optional<IpAddress> Parse(std::string_view text);
  std::string ToString() const;  // canonical text; IPv4(-mapped) as dotted quad
};

// "10.0.0.0/8", "2001:db8::/32", or one address (a /32 or /128).
struct Cidr {
  IpAddress network;
  int prefix_bits = 0;  // out of 128 (IPv4 prefixes are stored offset by 96)

  bool Contains(const IpAddress& address) const;
};

// Parses a comma-separated list of CIDRs (spaces around items allowed; an empty string is an
// empty list). InvalidArgument naming the first bad item (bad address, prefix out of range,
// host bits set such as 10.0.0.1/8).
Result<std::vector<Cidr>> ParseCidrList(std::string_view text);

struct ClientInfo {
  std::string address;  // the client's IP as text
  bool secure = false;  // the client reached us over TLS
};

// `peer` is the TCP peer's address text; `forwarded_for` the X-Forwarded-For header values in
// order (several headers are joined by ','), `forwarded_proto` X-Forwarded-Proto. `tls` is
// whether the TCP connection itself is TLS (Tandem serves plain HTTP: false).
// Without a trusted peer the forwarding headers are ignored. With one, the address is the
// right-most hop that is not trusted (or the left-most hop when all are trusted); a hop that
// is not an IP address ends the walk and the last trusted hop is the client. `secure` follows
// the last (right-most) X-Forwarded-Proto value, written by the proxy next to us.
ClientInfo ResolveClient(std::string_view peer, std::string_view forwarded_for,
                         std::string_view forwarded_proto, bool tls,
                         const std::vector<Cidr>& trusted);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_CLIENT_ADDRESS_H_
