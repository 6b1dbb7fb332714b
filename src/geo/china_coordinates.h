// Conversions between the coordinate systems phones report in China and WGS 84.
//
// Sanwang stores WGS 84 (GPS, OpenStreetMap). Apps in China report positions in one of
// three datums, named by the request's "coord_system":
//
//   - WGS-84: what a GPS receiver computes; iOS's raw Core Location and most foreign maps.
//   - GCJ-02 ("Mars coordinates", 火星坐标, from 国测局, the State Bureau of Surveying and
//     Mapping): the obfuscated datum Chinese law requires of published maps. AMap (Gaode),
//     Tencent Maps, Apple Maps in China and the AMap/Tencent location SDKs report it. It
//     shifts a point by a smooth, wavy offset of a few hundred metres.
//   - BD-09 (百度坐标): Baidu's own second obfuscation on top of GCJ-02: a slight wavy
//     change of each point's distance and bearing from (0, 0), plus a fixed shift of
//     about 900 m to the north-east. Baidu Maps and its SDKs report it (as BD09LL; the
//     BD09MC Mercator metres are not handled here).
//
// The official GCJ-02 algorithm is not published. Like every open-source converter, this
// file implements the widely published reconstruction (the Krasovsky-ellipsoid offset
// polynomial with sine series); the forward functions reproduce that formula to double
// rounding, so they agree with the other open-source converters to the last digits, but
// no better than the reconstruction agrees with the vendors' servers. The inverse functions
// have no closed form: they refine an estimate by iterating the forward transform until it
// reproduces the input within 1e-9 degrees (about 0.1 mm), so a round trip is exact to
// well under a centimetre.
//
// Where the shift applies: a point is shifted only when it lies in the customary rough
// bounding box of China, lon 72.004..137.8347 and lat 0.8293..55.8271, tested on the
// point's own coordinates (WGS for the forward step, GCJ or BD for the inverse). Outside
// it every function returns the point unchanged, matching the GCJ-02 converters and
// Baidu's documentation (its SDKs use WGS 84 overseas:
// lbs.baidu.com/faq/api?title=androidsdk/guide/tool/coordinate). The box is not a border:
// like the common implementations, it also shifts points in Hong Kong, Macau, Taiwan, much
// of Mongolia, Korea, Japan, Vietnam and the South China Sea, and it misses nothing of the
// mainland. Callers that care whether a point is in mainland China must decide that
// elsewhere. Within about a kilometre of the box's edges the inverse may not converge (the
// forward map is discontinuous there); it then returns its last estimate.
//
// Every function is pure and safe to call from any number of threads at once.
#pragma once

#include <string_view>

#include "core/status.h"
#include "geo/geometry.h"

namespace sanwang::geo {

enum class Datum { kWgs84, kGcj02, kBd09 };

// One of "wgs84", "wgs-84", "gcj02", "gcj-02", "bd09", "bd-09" in any letter case
// ("WGS-84", "Gcj02"). Anything else is InvalidArgument with field "coord_system".
Result<Datum> ParseDatum(std::string_view name);

// True when p lies in the rough China bounding box above (edges included).
bool InChinaBox(LonLat p);

LonLat Wgs84ToGcj02(LonLat wgs);
LonLat Gcj02ToWgs84(LonLat gcj);

LonLat Gcj02ToBd09(LonLat gcj);
LonLat Bd09ToGcj02(LonLat bd);

LonLat Wgs84ToBd09(LonLat wgs);
LonLat Bd09ToWgs84(LonLat bd);

// The WGS 84 position of p given in datum `from`. p must pass ValidateLonLat (its error,
// with field "lon" or "lat", is returned otherwise).
Result<LonLat> ToWgs84(LonLat p, Datum from);

}  // namespace sanwang::geo
