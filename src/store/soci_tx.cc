// Helpers shared by the SociTx resource files.
#include "store/soci_tx.h"

#include <soci/soci.h>

#include <algorithm>

#include "store/sql.h"

namespace tandem::store {

Status SociTx::LockRow(std::string select, const std::string& org_id, const std::string& id,
                       const char* missing) {
  if (dialect_ == Dialect::kPostgres) select += " FOR UPDATE";
  std::string found;
  Query q(sql_, select);
  q.Use("org", org_id).Use("id", id).Into(found);
  if (!q.Next()) return NotFound(missing);
  return Status::Ok();
}

bool SociTx::Exists(const char* query, const std::string& id) {
  return Query(sql_, query).Use("id", id).Scalar() > 0;
}

std::map<std::pair<std::string, std::string>, std::string> SociTx::HomeOrganisationNames(
    const std::vector<std::string>& person_ids) {
  std::map<std::pair<std::string, std::string>, std::string> names;
  // Chunks keep the parameter count far below both databases' limits.
  constexpr size_t kChunk = 500;
  for (size_t begin = 0; begin < person_ids.size(); begin += kChunk) {
    size_t end = std::min(person_ids.size(), begin + kChunk);
    std::string in;
    for (size_t i = begin; i < end; ++i) in += (i == begin ? ":p" : ", :p") + std::to_string(i);
    Query q(sql_,
            "SELECT m.person_id, o.id, o.name FROM memberships m"
            " JOIN organisations o ON o.id = m.organisation_id"
            " WHERE m.person_id IN (" +
                in +
                ")"
                " ORDER BY m.person_id, lower(o.name), o.name, o.id");
    for (size_t i = begin; i < end; ++i) q.Use("p" + std::to_string(i), person_ids[i]);
    std::string person_id, org_id, org_name;
    q.Into(person_id).Into(org_id).Into(org_name);
    while (q.Next()) names[{person_id, org_id}] = org_name;
  }
  return names;
}

}  // namespace tandem::store
