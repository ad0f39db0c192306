#include "http/client_address.h"

#include <arpa/inet.h>

#include <cstring>

#include "base/strings.h"

namespace tandem::http {

namespace {

constexpr std::array<uint8_t, 12> kV4MappedPrefix = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

bool IsV4Mapped(const std::array<uint8_t, 16>& b) {
  return std::memcmp(b.data(), kV4MappedPrefix.data(), kV4MappedPrefix.size()) == 0;
}

bool AnyTrusted(const IpAddress& address, const std::vector<Cidr>& trusted) {
  for (const Cidr& c : trusted)
    if (c.Contains(address)) return true;
  return false;
}

// The last comma-separated item of `list`, trimmed.
std::string LastItem(std::string_view list) {
  const size_t comma = list.rfind(',');
  return Trim(comma == std::string_view::npos ? list : list.substr(comma + 1));
}

}  // namespace

std::optional<IpAddress> IpAddress::Parse(std::string_view text) {
  if (text.empty() || text.size() > 45) return std::nullopt;
  const std::string s(text);
  IpAddress out;
  in_addr v4{};
  if (inet_pton(AF_INET, s.c_str(), &v4) == 1) {
    std::memcpy(out.bytes.data(), kV4MappedPrefix.data(), kV4MappedPrefix.size());
    std::memcpy(out.bytes.data() + 12, &v4, 4);
    out.v4 = true;
    return out;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, s.c_str(), &v6) != 1) return std::nullopt;
  std::memcpy(out.bytes.data(), &v6, 16);
  out.v4 = IsV4Mapped(out.bytes);
  return out;
}

std::string IpAddress::ToString() const {
  char buf[INET6_ADDRSTRLEN] = {};
  if (v4) {
    inet_ntop(AF_INET, bytes.data() + 12, buf, sizeof buf);
  } else {
    inet_ntop(AF_INET6, bytes.data(), buf, sizeof buf);
  }
  return buf;
}

bool Cidr::Contains(const IpAddress& address) const {
  int bits = prefix_bits;
  for (size_t i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const uint8_t mask = bits >= 8 ? 0xff : static_cast<uint8_t>(0xff << (8 - bits));
    if ((address.bytes[i] & mask) != (network.bytes[i] & mask)) return false;
  }
  return true;
}

Result<std::vector<Cidr>> ParseCidrList(std::string_view text) {
  std::vector<Cidr> out;
  if (Trim(text).empty()) return out;
  for (const std::string& raw : Split(text, ',')) {
    const std::string item = Trim(raw);
    const auto bad = [&item](const std::string& why) {
      return InvalidArgument("'" + item + "' " + why +
                             " (expected CIDRs such as 10.0.0.0/8,2001:db8::/32)");
    };
    const size_t slash = item.find('/');
    auto address = IpAddress::Parse(std::string_view(item).substr(0, slash));
    if (!address) return bad("is not an IPv4 or IPv6 address");
    const int max_bits = address->v4 ? 32 : 128;
    int bits = max_bits;
    if (slash != std::string::npos) {
      const std::string digits = item.substr(slash + 1);
      if (digits.empty() || digits.size() > 3 ||
          digits.find_first_not_of("0123456789") != std::string::npos) {
        return bad("has no valid prefix length");
      }
      bits = std::stoi(digits);
      if (bits > max_bits) return bad("has a prefix length above " + std::to_string(max_bits));
    }
    Cidr cidr{*address, bits + (address->v4 ? 96 : 0)};
    // Host bits set (10.0.0.1/8) is almost always a typo for something else: refuse it.
    IpAddress masked = *address;
    int keep = cidr.prefix_bits;
    for (size_t i = 0; i < 16; ++i, keep -= 8) {
      if (keep >= 8) continue;
      masked.bytes[i] &= keep <= 0 ? 0 : static_cast<uint8_t>(0xff << (8 - keep));
    }
    if (masked.bytes != address->bytes) return bad("has bits set beyond its prefix length");
    out.push_back(cidr);
  }
  return out;
}

ClientInfo ResolveClient(std::string_view peer, std::string_view forwarded_for,
                         std::string_view forwarded_proto, bool tls,
                         const std::vector<Cidr>& trusted) {
  const std::optional<IpAddress> peer_ip = IpAddress::Parse(peer);
  ClientInfo info{peer_ip ? peer_ip->ToString() : std::string(peer), tls};
  if (!peer_ip || !AnyTrusted(*peer_ip, trusted)) return info;

  // Walk X-Forwarded-For from the right: each hop was appended by the proxy to its right.
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    const size_t comma = rest.rfind(',');
    const std::string hop =
        Trim(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (hop.empty()) continue;
    const std::optional<IpAddress> ip = IpAddress::Parse(hop);
    if (!ip) break;  // garbage from the left: the last trusted hop is as far as we can see
    info.address = ip->ToString();
    if (!AnyTrusted(*ip, trusted)) break;
  }
  if (!tls) info.secure = ToLower(LastItem(forwarded_proto)) == "https";
  return info;
}

}  // namespace tandem::http
