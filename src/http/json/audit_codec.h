// Wire format of the audit log (api/openapi.yaml: AuditEntry; pages with json::PageJson).
#ifndef TANDEM_HTTP_JSON_AUDIT_CODEC_H_
#define TANDEM_HTTP_JSON_AUDIT_CODEC_H_

#include "app/audit.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json AuditEntryJson(const domain::AuditEntry& e);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_AUDIT_CODEC_H_
