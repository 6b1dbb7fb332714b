#include "notify/api/atom_feed.h"

#include <algorithm>
#include <charconv>

#include "core/xml_text.h"

namespace sanwang::api {
namespace {

void Element(std::string& out, std::string_view name, std::string_view text) {
  out.append("<").append(name).append(">");
  AppendXmlText(out, text);
  out.append("</").append(name).append(">\n");
}

std::string Coordinate(double x) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, 6);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string Summary(const notify::PublicReport& r) {
  std::string s = "状态 state: " + r.state_label;
  if (!r.unit_name.empty()) s += " · 承办 handled by: " + r.unit_name;
  if (!r.address.empty()) s += " · 地点 place: " + r.address;
  return s;
}

void Entry(std::string& out, const std::string& district, const notify::PublicReport& r) {
  const std::string id = std::to_string(r.id);
  out += "<entry>\n";
  Element(out, "id", "urn:sanwang:" + district + ":case:" + id);
  Element(out, "title", r.item_name.empty() ? r.title : "【" + r.item_name + "】" + r.title);
  Element(out, "published", FormatIso8601(r.created_at));
  Element(out, "updated", FormatIso8601(std::max(r.updated_at, r.created_at)));
  out +=
      "<link rel=\"alternate\" type=\"application/json\" href=\"/open311/v2/requests/" + id + ".json\"/>\n";
  out += "<category term=\"" + std::string(r.open ? "open" : "closed") + "\" label=\"";
  AppendXmlText(out, r.open ? "未办结 open" : "已办结 closed");
  out += "\"/>\n";
  Element(out, "summary", Summary(r));
  if (r.lat && r.lon) Element(out, "georss:point", Coordinate(*r.lat) + " " + Coordinate(*r.lon));
  out += "</entry>\n";
}

}  // namespace

std::string RenderAreaFeed(const notify::AreaReports& area, UnixSeconds now) {
  UnixSeconds updated = area.reports.empty() ? now : 0;
  for (const notify::PublicReport& r : area.reports)
    updated = std::max({updated, r.updated_at, r.created_at});
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:georss=\"http://www.georss.org/georss\" "
      "xml:lang=\"zh-CN\">\n";
  Element(out, "id", "urn:sanwang:" + area.district_code + ":" + area.key);
  Element(out, "title", area.name + " 群众诉求 reports");
  Element(out, "subtitle",
          "最新 " + std::to_string(notify::kAreaFeedReports) + " 件诉求，不含反映人信息 the latest " +
              std::to_string(notify::kAreaFeedReports) + " reports, without who reported them");
  Element(out, "updated", FormatIso8601(updated));
  out += "<author><name>三网 Sanwang</name></author>\n";
  out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"";
  AppendXmlText(out, area.path);
  out += "\"/>\n";
  Element(out, "generator", "Sanwang");
  for (const notify::PublicReport& r : area.reports) Entry(out, area.district_code, r);
  out += "</feed>\n";
  return out;
}

}  // namespace sanwang::api
