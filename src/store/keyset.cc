#include "store/keyset.h"

namespace tandem::store {

namespace {

std::string Parameter(size_t column) { return "keyset_" + std::to_string(column); }

}  // namespace

Status Keyset::Check(const app::PageQuery& page) const {
  if (!page.after) return Status::Ok();
  const app::SortKey& key = *page.after;
  bool fits = key.size() == types_.size();
  for (size_t i = 0; fits && i < key.size(); ++i)
    fits = std::holds_alternative<std::int64_t>(key[i]) == (types_[i] == Type::kNumber);
  return fits ? Status::Ok() : FieldInvalid("cursor", "is not a cursor of this list");
}

std::string Keyset::Condition(const app::PageQuery& page) const {
  if (!page.after) return "";
  std::string left, right;
  for (size_t i = 0; i < columns_.size(); ++i) {
    const Column& c = columns_[i];
    if (i > 0) {
      left += ", ";
      right += ", ";
    }
    left += c.sql;
    std::string value = ":" + Parameter(i);
    if (types_[c.key] == Type::kText) value = "CAST(" + value + " AS TEXT)";
    right += c.lowered ? "lower(" + value + ")" : value;
  }
  return " AND (" + left + ") " + (order_ == Order::kAscending ? ">" : "<") + " (" + right + ")";
}

std::string Keyset::OrderBy(const app::PageQuery& page) const {
  std::string out = " ORDER BY ";
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i > 0) out += ", ";
    out += columns_[i].sql;
    if (order_ == Order::kDescending) out += " DESC";
  }
  if (page.limit > 0) out += " LIMIT :keyset_limit";
  return out;
}

void Keyset::Bind(Query& q, const app::PageQuery& page) const {
  if (page.after) {
    for (size_t i = 0; i < columns_.size(); ++i) {
      const app::SortValue& v = (*page.after)[columns_[i].key];
      if (const auto* n = std::get_if<std::int64_t>(&v))
        q.UseInt(Parameter(i), *n);
      else
        q.Use(Parameter(i), std::get<std::string>(v));
    }
  }
  if (page.limit > 0) q.UseInt("keyset_limit", static_cast<std::int64_t>(page.limit) + 1);
}

Keyset NewestFirst(const std::string& prefix) {
  return Keyset(Keyset::Order::kDescending, {Keyset::Type::kNumber, Keyset::Type::kText},
                {{prefix + "created_at", 0}, {prefix + "id", 1}});
}

Keyset ByName(const std::string& name, const std::string& id) {
  return Keyset(Keyset::Order::kAscending, {Keyset::Type::kText, Keyset::Type::kText},
                {{"lower(" + name + ")", 0, true}, {name, 0}, {id, 1}});
}

}  // namespace tandem::store
