#include "http/message.h"

#include <cctype>

#include "base/strings.h"

namespace tandem::http {

std::string HttpRequest::Header(std::string_view lower_name) const {
  for (const auto& [k, v] : headers)
    if (k == lower_name) return v;
  return "";
}

std::string HttpRequest::Cookie(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (k != "cookie") continue;
    for (const std::string& part : Split(v, ';')) {
      std::string item = Trim(part);
      auto eq = item.find('=');
      if (eq == std::string::npos) continue;
      if (std::string_view(item).substr(0, eq) == name) return item.substr(eq + 1);
    }
  }
  return "";
}

std::string HttpRequest::Query(std::string_view name) const {
  auto it = query.find(std::string(name));
  return it == query.end() ? "" : it->second;
}

void HttpResponse::SetHeader(std::string name, std::string value) {
  for (auto& [k, v] : headers) {
    if (ToLower(k) == ToLower(name)) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

void HttpResponse::AddHeader(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
}

std::string HttpResponse::Header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (ToLower(k) == ToLower(name)) return v;
  return "";
}

}  // namespace tandem::http
