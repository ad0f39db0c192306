// Byte scanning for the fast CSV reader (candidate_csv.cc): separators found 64 bytes at a time,
// lines, trimmed fields and scores, and the word loads that compare and hash ids (id_table.cc).
// Internal to the candidate readers.
#ifndef TANDEM_CLI_CSV_SCAN_H_
#define TANDEM_CLI_CSV_SCAN_H_

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tandem::cli::csv_scan {

inline uint64_t Load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline uint64_t Load32(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// The bytes of a short tail (n < 8) in one word, with fixed-size loads only (no memcpy call).
inline uint64_t Tail(const char* p, size_t n) {
  if (n >= 4) return Load32(p) | (Load32(p + n - 4) << 32);
  if (n == 0) return 0;
  return static_cast<uint8_t>(p[0]) | (static_cast<uint64_t>(static_cast<uint8_t>(p[n / 2])) << 8) |
         (static_cast<uint64_t>(static_cast<uint8_t>(p[n - 1])) << 16);
}

// a == b for two strings of the same length n, inline for short ids.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  if (n < 8) return Tail(a, n) == Tail(b, n);
  if (n > 32) return std::memcmp(a, b, n) == 0;
  for (size_t i = 0; i + 8 <= n; i += 8)
    if (Load64(a + i) != Load64(b + i)) return false;
  return Load64(a + n - 8) == Load64(b + n - 8);
}

inline bool Same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

// The first 8 bytes of `s`, zero-padded (fixed-size loads only).
inline uint64_t Prefix(const char* p, size_t n) {
  if (n >= 8) return Load64(p);
  if (n >= 4) return Load32(p) | (Load32(p + n - 4) << ((n - 4) * 8));
  uint64_t w = 0;
  for (size_t i = 0; i < n; ++i) w |= static_cast<uint64_t>(static_cast<uint8_t>(p[i])) << (8 * i);
  return w;
}

inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

inline std::string_view TrimView(const char* b, const char* e) {
  while (b < e && IsSpace(*b)) ++b;
  while (e > b && IsSpace(e[-1])) --e;
  return std::string_view(b, static_cast<size_t>(e - b));
}

inline bool ParseNonNegative(std::string_view s, long long max, int32_t& out) {
  long long v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v < 0 || v > max) return false;
  out = static_cast<int32_t>(v);
  return true;
}

// A bit per byte of the 64 bytes at p: set for ',', '\n' and '"'.
inline uint64_t Classify64(const char* p) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), nl = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
  uint64_t mask = 0;
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, nl)),
                                     _mm_cmpeq_epi8(v, quote));
    mask |= static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(hit))) << (16 * i);
  }
  return mask;
#else
  constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  auto zero = [](uint64_t x) { return ~(((x & kLow7) + kLow7) | x | kLow7); };  // exact
  uint64_t mask = 0;
  for (int i = 0; i < 8; ++i) {
    const uint64_t w = Load64(p + 8 * i);
    const uint64_t m = zero(w ^ (kOnes * ',')) | zero(w ^ (kOnes * '\n')) | zero(w ^ (kOnes * '"'));
    mask |= (((m >> 7) * 0x0102040810204080ull) >> 56) << (8 * i);
  }
  return mask;
#endif
}

// The ',', '\n' and '"' of [p, end) in order, 64 bytes classified at a time.
class Specials {
 public:
  Specials(const char* p, const char* end) : end_(end) { Reset(p); }
  // Restarts at p.
  void Reset(const char* p) {
    base_ = p;
    mask_ = Load(p);
  }
  // The next special byte, or end.
  const char* Next() {
    while (mask_ == 0) {
      base_ += 64;
      if (base_ >= end_) {
        base_ = end_;
        return end_;
      }
      mask_ = Load(base_);
    }
    const char* at = base_ + __builtin_ctzll(mask_);
    mask_ &= mask_ - 1;
    return at;
  }

 private:
  uint64_t Load(const char* p) const {
    if (end_ - p >= 64) return Classify64(p);
    if (p >= end_) return 0;
    char pad[64] = {};
    std::memcpy(pad, p, static_cast<size_t>(end_ - p));
    return Classify64(pad) & ((uint64_t{1} << (end_ - p)) - 1);
  }

  const char* end_;
  const char* base_;
  uint64_t mask_;
};

// A score: 1 to 9 plain digits directly, anything else as ParseNonNegative reads it (so "-0",
// leading zeros and the range behave as in the reference reader).
inline bool ParseScore(std::string_view s, int32_t& out) {
  if (!s.empty() && s.size() <= 9) {
    uint32_t v = 0;
    size_t i = 0;
    for (; i < s.size(); ++i) {
      const uint32_t d = static_cast<uint32_t>(static_cast<uint8_t>(s[i])) - '0';
      if (d > 9) break;
      v = v * 10 + d;
    }
    if (i == s.size()) {
      out = static_cast<int32_t>(v);
      return true;
    }
  }
  return ParseNonNegative(s, 2000000000, out);
}

// One line of `text` from `p`: [p, line_end) without the '\n' and a final '\r'; returns the
// start of the next line.
inline const char* NextLine(const char* p, const char* end, const char*& line_end) {
  const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
  const char* le = nl ? nl : end;
  const char* next = nl ? nl + 1 : end;
  if (le > p && le[-1] == '\r') --le;
  line_end = le;
  return next;
}

}  // namespace tandem::cli::csv_scan

#endif  // TANDEM_CLI_CSV_SCAN_H_
