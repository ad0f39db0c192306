// Parameters stored as a JSON object of string values (audit_log.params, notifications.params):
// structured data for the reader's app to render, never sentences.
#ifndef TANDEM_STORE_PARAMS_JSON_H_
#define TANDEM_STORE_PARAMS_JSON_H_

#include <map>
#include <string>

namespace tandem::store {

std::string EncodeParams(const std::map<std::string, std::string>& params);
// Throws CorruptRow naming `column` ("table.column") unless `text` is a JSON object of strings.
std::map<std::string, std::string> DecodeParams(const std::string& text, const char* column);

}  // namespace tandem::store

#endif  // TANDEM_STORE_PARAMS_JSON_H_
