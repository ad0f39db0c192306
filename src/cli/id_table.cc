// IdTable (candidate_input.h): ids interned into dense indices by an open-addressing hash over
// their bytes; and AppendCsvField, the writer's quoting.
#include <cctype>
#include <cstring>

#include "cli/candidate_input.h"
#include "cli/csv_scan.h"

namespace tandem::cli {

using namespace csv_scan;  // NOLINT: the byte helpers

IdTable::IdTable() : slots_(16), mask_(15) {}

uint64_t IdTable::Hash(std::string_view s) {
  // 8 bytes at a time, multiply-xorshift mixing (ids are short; quality enough for linear
  // probing at load <= 3/4).
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xFF51AFD7ED558CCDull);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    h = (h ^ Load64(p)) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  h = (h ^ Tail(p, n)) * 0x94D049BB133111EBull;
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

IdTable::Slot IdTable::MakeSlot(std::string_view id, uint64_t hash, int32_t index) {
  Slot s;
  s.prefix = Prefix(id.data(), id.size());
  s.index1 = static_cast<uint32_t>(index + 1);
  s.meta = static_cast<uint32_t>((hash >> 48) << 16) |
           static_cast<uint32_t>(std::min<size_t>(id.size(), 0xFFFF));
  return s;
}

bool IdTable::Matches(const Slot& slot, const Slot& probe, std::string_view id) const {
  if (slot.meta != probe.meta || slot.prefix != probe.prefix) return false;
  if (id.size() <= 8) return true;  // same length and the same (whole) bytes
  return Same((*this)[slot.index1 - 1], id);
}

int32_t IdTable::FindHashed(std::string_view id, uint64_t hash) const {
  const Slot probe = MakeSlot(id, hash, 0);
  for (uint64_t s = hash & mask_;; s = (s + 1) & mask_) {
    const Slot& slot = slots_[s];
    if (slot.index1 == 0) return -1;
    if (Matches(slot, probe, id)) return static_cast<int32_t>(slot.index1 - 1);
  }
}

void IdTable::Grow() {
  std::vector<Slot> old(std::move(slots_));
  slots_.assign(old.size() * 2, Slot());
  mask_ = slots_.size() - 1;
  for (const Slot& o : old) {
    if (o.index1 == 0) continue;
    uint64_t s = Hash((*this)[o.index1 - 1]) & mask_;
    while (slots_[s].index1 != 0) s = (s + 1) & mask_;
    slots_[s] = o;
  }
}

int32_t IdTable::Intern(std::string_view id, bool& added) {
  const uint64_t hash = Hash(id);
  const Slot probe = MakeSlot(id, hash, static_cast<int32_t>(ends_.size()));
  uint64_t s = hash & mask_;
  for (;; s = (s + 1) & mask_) {
    const Slot& slot = slots_[s];
    if (slot.index1 == 0) break;
    if (Matches(slot, probe, id)) {
      added = false;
      return static_cast<int32_t>(slot.index1 - 1);
    }
  }
  added = true;
  bytes_.append(id);
  ends_.push_back(bytes_.size());
  if (ends_.size() * 4 > slots_.size() * 3) {  // load <= 3/4
    Grow();
    s = hash & mask_;
    while (slots_[s].index1 != 0) s = (s + 1) & mask_;
  }
  slots_[s] = probe;
  return static_cast<int32_t>(ends_.size() - 1);
}

std::vector<std::string> IdTable::ToStrings() const {
  std::vector<std::string> out;
  out.reserve(size());
  for (size_t i = 0; i < size(); ++i) out.emplace_back((*this)[i]);
  return out;
}

void AppendCsvField(std::string& out, std::string_view s) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  const bool edge_space = !s.empty() && (space(s.front()) || space(s.back()));
  if (!edge_space && s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out.append(s);
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace tandem::cli
