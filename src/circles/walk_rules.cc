#include "circles/walk_rules.h"

#include <string_view>

namespace sanwang::circles {
namespace {

bool IsOneOf(const char* value, std::initializer_list<std::string_view> values) {
  if (value == nullptr) return false;
  for (std::string_view v : values) {
    if (v == value) return true;
  }
  return false;
}

bool Contains(const std::set<std::string, std::less<>>& set, const char* value) {
  return value != nullptr && set.count(std::string_view(value)) > 0;
}

bool HasSidewalk(const TagLookup& tags) {
  return IsOneOf(tags("sidewalk"), {"both", "left", "right", "yes"}) ||
         IsOneOf(tags("sidewalk:both"), {"yes"}) || IsOneOf(tags("sidewalk:left"), {"yes"}) ||
         IsOneOf(tags("sidewalk:right"), {"yes"});
}

WalkDirection FootDirection(const TagLookup& tags) {
  const char* oneway = tags("oneway:foot");
  if (IsOneOf(oneway, {"yes", "1", "true"})) return WalkDirection::kForward;
  if (IsOneOf(oneway, {"-1", "reverse"})) return WalkDirection::kBackward;
  return WalkDirection::kBoth;
}

}  // namespace

WalkRules::WalkRules(const WalkSettings& s)
    : highways_(s.highways.begin(), s.highways.end()),
      blocked_access_(s.blocked_access.begin(), s.blocked_access.end()),
      blocked_foot_(s.blocked_foot.begin(), s.blocked_foot.end()),
      allowed_foot_(s.allowed_foot.begin(), s.allowed_foot.end()) {}

WalkDirection WalkRules::Classify(const TagLookup& tags) const {
  const char* highway = tags("highway");
  if (highway == nullptr) return WalkDirection::kNone;
  if (IsOneOf(highway, {"proposed", "construction", "abandoned", "razed", "disused"}))
    return WalkDirection::kNone;
  if (!Open(highway, tags)) return WalkDirection::kNone;
  return FootDirection(tags);
}

bool WalkRules::Open(const char* highway, const TagLookup& tags) const {
  const char* foot = tags("foot");
  if (Contains(blocked_foot_, foot)) return false;
  if (Contains(allowed_foot_, foot)) return true;
  if (Contains(blocked_access_, tags("access"))) return false;
  return Contains(highways_, highway) || HasSidewalk(tags);
}

}  // namespace sanwang::circles
