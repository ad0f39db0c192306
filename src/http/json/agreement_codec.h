// JSON codec for program norms, agreement versions and acceptances. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_AGREEMENT_CODEC_H_
#define TANDEM_HTTP_JSON_AGREEMENT_CODEC_H_

#include "app/agreements.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json ProgramNormsJson(const domain::ProgramNorms& n);
Json AgreementVersionJson(const domain::AgreementVersion& v);
Json ProgramAgreementJson(const app::ProgramAgreementView& v);
Json RelationshipAgreementJson(const app::RelationshipAgreementView& v);
Json GuardianAgreementJson(const app::GuardianAgreementView& v);

// Strict decoding: every field required, no others.
Result<domain::ProgramNorms> DecodeProgramNorms(const Json& body);
Result<std::string> DecodeAgreementText(const Json& body);  // {"text": ...}
Result<int> DecodeAgreementAcceptance(const Json& body);     // {"version": N}

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_AGREEMENT_CODEC_H_
