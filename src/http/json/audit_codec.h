// Wire format of the audit log (api/openapi.yaml: AuditEntry, AuditPage).
#ifndef TANDEM_HTTP_JSON_AUDIT_CODEC_H_
#define TANDEM_HTTP_JSON_AUDIT_CODEC_H_

#include "app/audit.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json AuditEntryJson(const domain::AuditEntry& e);
// {"items": [...], "next_cursor": "…" | null}
Json AuditPageJson(const app::AuditPage& page);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_AUDIT_CODEC_H_
