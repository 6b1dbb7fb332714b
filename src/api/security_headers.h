// The headers that tell a browser to protect the user: a Content-Security-Policy (the
// browser app runs only its own scripts; no page may frame it), X-Frame-Options for older
// browsers, no MIME sniffing, and no Referer sent elsewhere. Every answer the server sends
// carries them; JSON and the server's own errors get the strict policy, the browser app's
// pages the app policy.
//
// Pure functions on values; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "api/http_message.h"

namespace sanwang::api {

// For answers that are not pages: nothing may load from them, nobody may frame them.
inline constexpr std::string_view kStrictContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

// For the API reference page (GET /api/v1/docs): the renderer's script from this origin,
// the document fetched from it; inline styles (the renderer styles its elements with
// <style> tags it writes), and workers from blob: URLs (it builds its search index in one).
// Nothing may be sent from it, nobody may frame it.
inline constexpr std::string_view kApiReferenceContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; worker-src blob:; style-src 'self' 'unsafe-inline'; img-src "
    "'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'";

// For the browser app: scripts, fonts and API calls from this origin only; inline styles
// allowed (Element Plus and Leaflet position elements with style attributes); images from
// this origin, data: and blob: URLs, and the raster tile server when `tile_url` names one.
std::string AppContentSecurityPolicy(const std::string& tile_url);

// The origin a tile URL template loads from ("https://*.tiles.example" for
// "https://{s}.tiles.example/{z}/{x}/{y}.png"), or "" when it is on this server or empty.
std::string TileSource(const std::string& tile_url);

// Adds each security header the answer does not set itself.
void AddSecurityHeaders(HttpResponse& response, std::string_view content_security_policy);

// Whether the answer sets a header (names compared without case).
bool HasHeader(const HttpResponse& response, std::string_view name);

}  // namespace sanwang::api
