// JSON codec for invitations and their previews. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_INVITATION_CODEC_H_
#define TANDEM_HTTP_JSON_INVITATION_CODEC_H_

#include <string>

#include "app/invitations.h"
#include "http/json/reader.h"

namespace tandem::http::json {

// Invitations.
Json InvitationJson(const domain::Invitation& inv, Millis now, const std::string& link = "");
Json InvitationPreviewJson(const app::InvitationPreview& p);
Result<app::InvitationRequest> DecodeInvitationRequest(const Json& body);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_INVITATION_CODEC_H_
