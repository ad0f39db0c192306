// Reasons (base/reason.h) as the JSON text of a `reasons` or `reason_params` column:
// [{"id": "skill_match", "points": 25, "params": {"skill": "SQL", "mentor_level": 4}}].
// Params hold numbers, strings and lists of strings. Pure; thread-safe.
#ifndef TANDEM_STORE_REASON_CODEC_H_
#define TANDEM_STORE_REASON_CODEC_H_

#include <string>
#include <vector>

#include "base/reason.h"

namespace tandem::store {

std::string EncodeReasons(const std::vector<Reason>& reasons);
std::string EncodeReasonParams(const ReasonParams& params);
// Throw CorruptRow (store/enum_codec.h) naming `column` when the text is not what Encode* writes.
std::vector<Reason> DecodeReasons(const std::string& text, const char* column);
ReasonParams DecodeReasonParams(const std::string& text, const char* column);

}  // namespace tandem::store

#endif  // TANDEM_STORE_REASON_CODEC_H_
