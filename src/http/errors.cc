#include "http/errors.h"

#include <nlohmann/json.hpp>

namespace tandem::http {

namespace {

struct Row {
  StatusCode code;
  int http;
  const char* title;
};

// The table.
constexpr Row kTable[] = {
    {StatusCode::kOk, 200, "OK"},
    {StatusCode::kInvalidArgument, 400, "Invalid request"},
    {StatusCode::kUnauthenticated, 401, "Not signed in"},
    {StatusCode::kPermissionDenied, 403, "Not allowed"},
    {StatusCode::kNotFound, 404, "Not found"},
    {StatusCode::kAlreadyExists, 409, "Already exists"},
    {StatusCode::kFailedPrecondition, 409, "Conflict with the current state"},
    {StatusCode::kResourceExhausted, 429, "Too many requests"},
    {StatusCode::kInternal, 500, "Internal error"},
    {StatusCode::kUnavailable, 503, "Service unavailable"},
};

const Row& RowFor(StatusCode code) {
  for (const Row& r : kTable)
    if (r.code == code) return r;
  return kTable[8];
}

}  // namespace

int HttpStatusFor(StatusCode code) { return RowFor(code).http; }

HttpResponse Problem(int http_status, const std::string& type, const std::string& title,
                     const std::string& detail) {
  nlohmann::json body = {{"type", "https://tandem.dev/problems/" + type},
                         {"title", title},
                         {"status", http_status},
                         {"detail", detail}};
  HttpResponse r;
  r.status = http_status;
  r.SetHeader("Content-Type", "application/problem+json");
  r.SetHeader("Cache-Control", "no-store");
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

HttpResponse ProblemResponse(const Status& status) {
  const Row& row = RowFor(status.code());
  std::string detail = status.message();
  // Internal errors never leak details (SQL text, paths) to clients.
  if (status.code() == StatusCode::kInternal) detail = "The server hit an unexpected error.";
  if (detail.empty()) detail = row.title;
  nlohmann::json body = {{"type", "https://tandem.dev/problems/" +
                                      std::string(StatusCodeName(status.code()))},
                         {"title", row.title},
                         {"status", row.http},
                         {"detail", detail}};
  if (!status.fields().empty()) {
    nlohmann::json errs = nlohmann::json::array();
    for (const auto& f : status.fields())
      errs.push_back({{"field", f.field}, {"message", f.message}});
    body["errors"] = errs;
  }
  HttpResponse r;
  r.status = row.http;
  r.SetHeader("Content-Type", "application/problem+json");
  r.SetHeader("Cache-Control", "no-store");
  if (status.retry_after_seconds() > 0)
    r.SetHeader("Retry-After", std::to_string(status.retry_after_seconds()));
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

}  // namespace tandem::http
