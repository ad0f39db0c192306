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
  auto value = [&](size_t column, const std::string& parameter) {
    const Column& c = columns_[column];
    std::string v = ":" + parameter;
    if (types_[c.key] == Type::kText) v = "CAST(" + v + " AS TEXT)";
    return c.lowered ? "lower(" + v + ")" : v;
  };
  const bool ascending = order_ == Order::kAscending;
  // The bound on the first column alone is implied by the row comparison; it is there because
  // SQLite seeks an index on a scalar bound of an expression column (lower(name)) but not on a
  // row comparison that starts with one.
  std::string out = " AND " + columns_[0].sql + (ascending ? " >= " : " <= ") +
                    value(0, "keyset_first") + " AND (";
  std::string right;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i > 0) {
      out += ", ";
      right += ", ";
    }
    out += columns_[i].sql;
    right += value(i, Parameter(i));
  }
  return out + ") " + (ascending ? ">" : "<") + " (" + right + ")";
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
    auto bind = [&](size_t column, const std::string& parameter) {
      const app::SortValue& v = (*page.after)[columns_[column].key];
      if (const auto* n = std::get_if<std::int64_t>(&v))
        q.UseInt(parameter, *n);
      else
        q.Use(parameter, std::get<std::string>(v));
    };
    bind(0, "keyset_first");
    for (size_t i = 0; i < columns_.size(); ++i) bind(i, Parameter(i));
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
