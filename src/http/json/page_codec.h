// Wire format of one page of any list (api/openapi.yaml: the *Page schemas):
// {"items": [...], "next_cursor": "…" | null}. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_PAGE_CODEC_H_
#define TANDEM_HTTP_JSON_PAGE_CODEC_H_

#include "app/pagination.h"
#include "http/json/reader.h"

namespace tandem::http::json {

// `encode(item)` gives each item's JSON; next_cursor is null on the last page.
template <typename T, typename Encode>
Json PageJson(const app::Page<T>& page, Encode encode) {
  Json items = Json::array();
  for (const T& item : page.items) items.push_back(encode(item));
  return {{"items", std::move(items)},
          {"next_cursor", page.next_cursor.empty() ? Json(nullptr) : Json(page.next_cursor)}};
}

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_PAGE_CODEC_H_
