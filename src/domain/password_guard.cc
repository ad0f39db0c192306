#include "domain/password_guard.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>

namespace tandem::domain {

Millis WaitForRoom(std::vector<Millis> times, int limit, Millis window, Millis now) {
  // Counted while t >= now - window, so a failure stops counting at t + window + 1.
  times.erase(
      std::remove_if(times.begin(), times.end(), [&](Millis t) { return t < now - window; }),
      times.end());
  if (static_cast<int>(times.size()) < limit) return 0;
  std::sort(times.begin(), times.end());
  // Room appears when the (n - limit + 1) oldest have left the window.
  Millis frees_at = times[times.size() - static_cast<size_t>(limit)] + window + 1;
  return std::max<Millis>(1, frees_at - now);
}

GuessVerdict JudgeGuess(const GuessHistory& history, const std::string& address, Millis now) {
  std::vector<Millis> pair, account;
  for (const PasswordFailure& f : history.of_account) {
    account.push_back(f.at);
    if (f.address == address) pair.push_back(f.at);
  }
  GuessVerdict verdict;
  auto consider = [&](GuessLimit limit, Millis wait) {
    if (wait > verdict.retry_after) verdict = GuessVerdict{limit, wait};
  };
  consider(GuessLimit::kAccountAndAddress,
           WaitForRoom(pair, kMaxFailuresPerAccountAndAddress, kGuessWindow, now));
  consider(GuessLimit::kAddress,
           WaitForRoom(history.from_address, kMaxFailuresPerAddress, kGuessWindow, now));
  if (!history.known_address)
    consider(GuessLimit::kAccount,
             WaitForRoom(account, kMaxFailuresPerAccount, kAccountCeilingWindow, now));
  return verdict;
}

std::string ThrottleAddress(std::string_view remote_address) {
  std::string text(remote_address);
  // A zone index ("fe80::1%eth0") names the same host.
  if (auto percent = text.find('%'); percent != std::string::npos) text.resize(percent);
  std::array<unsigned char, 16> v6{};
  if (inet_pton(AF_INET6, text.c_str(), v6.data()) == 1) {
    const bool v4_mapped =
        std::all_of(v6.begin(), v6.begin() + 10, [](unsigned char b) { return b == 0; }) &&
        v6[10] == 0xff && v6[11] == 0xff;
    if (v4_mapped) {
      char out[INET_ADDRSTRLEN];
      if (inet_ntop(AF_INET, v6.data() + 12, out, sizeof out)) return out;
    }
    std::fill(v6.begin() + 8, v6.end(), 0);
    char out[INET6_ADDRSTRLEN];
    if (inet_ntop(AF_INET6, v6.data(), out, sizeof out)) return std::string(out) + "/64";
    return text;
  }
  std::array<unsigned char, 4> v4{};
  if (inet_pton(AF_INET, text.c_str(), v4.data()) == 1) {
    char out[INET_ADDRSTRLEN];
    if (inet_ntop(AF_INET, v4.data(), out, sizeof out)) return out;
  }
  // Not an IP address (a test double, a Unix socket): kept, bounded in length.
  return std::string(remote_address.substr(0, 100));
}

}  // namespace tandem::domain
