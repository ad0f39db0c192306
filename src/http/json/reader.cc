#include "http/json/reader.h"

#include <algorithm>

namespace tandem::http::json {

int JsonDepth(std::string_view text, int max_depth) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '[':
      case '{':
        if (++depth > deepest) deepest = depth;
        if (deepest > max_depth) return max_depth + 1;
        break;
      case ']':
      case '}':
        // A stray closer makes the JSON invalid; the parser reports it.
        if (depth > 0) --depth;
        break;
      default:
        break;
    }
  }
  return deepest;
}

Result<Json> ParseBody(const std::string& body) {
  if (body.empty()) return InvalidArgument("The request body is empty; send a JSON object.");
  if (JsonDepth(body, kMaxJsonDepth) > kMaxJsonDepth) {
    return InvalidArgument("The request body nests arrays and objects deeper than " +
                           std::to_string(kMaxJsonDepth) + " levels.");
  }
  try {
    return Json::parse(body);
  } catch (const Json::parse_error& e) {
    return InvalidArgument("The request body is not valid JSON (at byte " +
                           std::to_string(e.byte) + ").");
  } catch (const Json::exception&) {
    // e.g. out_of_range for a number such as 1e400 that no double can hold.
    return InvalidArgument("The request body holds a number too large to represent.");
  }
}

ObjectReader::ObjectReader(const Json& value, std::string path,
                           std::shared_ptr<std::vector<FieldError>> errors)
    : value_(value),
      path_(std::move(path)),
      errors_(errors ? std::move(errors) : std::make_shared<std::vector<FieldError>>()) {
  if (!value_.is_object()) {
    is_object_ = false;
    errors_->push_back({path_.empty() ? "body" : path_, "must be a JSON object"});
  }
}

std::string ObjectReader::PathOf(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

void ObjectReader::AddError(const std::string& key, std::string message) {
  errors_->push_back({PathOf(key), std::move(message)});
}

const Json* ObjectReader::Find(const std::string& key, bool required) {
  known_.insert(key);
  if (!is_object_) return nullptr;
  auto it = value_.find(key);
  if (it == value_.end()) {
    if (required) AddError(key, "is required");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> ObjectReader::String(const std::string& key, size_t max_len) {
  const Json* v = Find(key, true);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    AddError(key, "must be a string");
    return std::nullopt;
  }
  const auto& s = v->get_ref<const std::string&>();
  if (s.size() > max_len) {
    AddError(key, "is too long");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> ObjectReader::OptionalString(const std::string& key, size_t max_len) {
  if (!is_object_ || !value_.contains(key)) {
    known_.insert(key);
    return std::nullopt;
  }
  return String(key, max_len);
}

std::optional<std::optional<std::string>> ObjectReader::NullableString(const std::string& key) {
  const Json* v = Find(key, true);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::string>{};
  if (!v->is_string()) {
    AddError(key, "must be a string or null");
    return std::nullopt;
  }
  return std::optional<std::string>{v->get<std::string>()};
}

std::optional<long long> ObjectReader::Int(const std::string& key) {
  const Json* v = Find(key, true);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    AddError(key, "must be an integer");
    return std::nullopt;
  }
  return v->get<long long>();
}

std::optional<long long> ObjectReader::OptionalInt(const std::string& key) {
  if (!is_object_ || !value_.contains(key)) {
    known_.insert(key);
    return std::nullopt;
  }
  return Int(key);
}

std::optional<bool> ObjectReader::Bool(const std::string& key) {
  const Json* v = Find(key, true);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    AddError(key, "must be true or false");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<bool> ObjectReader::OptionalBool(const std::string& key) {
  if (!is_object_ || !value_.contains(key)) {
    known_.insert(key);
    return std::nullopt;
  }
  return Bool(key);
}

std::optional<std::vector<std::string>> ObjectReader::StringArray(const std::string& key,
                                                                  bool required) {
  const Json* v = Find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    AddError(key, "must be an array of strings");
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (size_t i = 0; i < v->size(); ++i) {
    if (!(*v)[i].is_string()) {
      errors_->push_back({PathOf(key) + "[" + std::to_string(i) + "]", "must be a string"});
      ok = false;
      continue;
    }
    out.push_back((*v)[i].get<std::string>());
  }
  if (!ok) return std::nullopt;
  return out;
}

bool ObjectReader::ObjectArray(const std::string& key, bool required,
                               const std::function<void(ObjectReader&, size_t)>& each) {
  const Json* v = Find(key, required);
  if (!v) return false;
  if (!v->is_array()) {
    AddError(key, "must be an array of objects");
    return false;
  }
  for (size_t i = 0; i < v->size(); ++i) {
    ObjectReader item((*v)[i], PathOf(key) + "[" + std::to_string(i) + "]", errors_);
    if (!item.is_object_) continue;
    each(item, i);
    item.CheckUnknown();
  }
  return true;
}

bool ObjectReader::Object(const std::string& key, bool required,
                          const std::function<void(ObjectReader&)>& fn) {
  const Json* v = Find(key, required);
  if (!v) return false;
  ObjectReader nested(*v, PathOf(key), errors_);
  if (!nested.is_object_) return false;
  fn(nested);
  nested.CheckUnknown();
  return true;
}

void ObjectReader::CheckUnknown() {
  if (!is_object_) return;
  for (auto it = value_.begin(); it != value_.end(); ++it)
    if (!known_.count(it.key())) AddError(it.key(), "is not a known field");
}

Status ObjectReader::Finish() {
  CheckUnknown();
  if (errors_->empty()) return Status::Ok();
  // A body of 100,000 unknown keys or wrong array items would otherwise answer megabytes.
  const size_t shown = std::min(errors_->size(), kMaxReportedErrors);
  std::string msg = "The request has invalid fields: ";
  for (size_t i = 0; i < shown; ++i) {
    if (i) msg += "; ";
    msg += (*errors_)[i].field.substr(0, 200) + " " + (*errors_)[i].message;
  }
  if (errors_->size() > shown) msg += "; and " + std::to_string(errors_->size() - shown) + " more";
  msg += ".";
  std::vector<FieldError> reported(errors_->begin(), errors_->begin() + shown);
  for (FieldError& e : reported) e.field = e.field.substr(0, 200);
  return InvalidArgument(msg, std::move(reported));
}

}  // namespace tandem::http::json
