// Checks that an uploaded photo is, from its first byte to its last, the image it claims
// to be — not just a file whose first bytes look like one (a polyglot that a browser or
// another tool might read as HTML or a script). The whole structure is walked:
//   JPEG: SOI, marker segments with their lengths, the entropy-coded scan data after
//         each SOS, up to EOI; a frame header (SOF) and a scan are required.
//   PNG:  the signature, then chunks with their lengths and CRC-32s (zlib's crc32), IHDR
//         first, at least one IDAT, IEND last with nothing after it.
//   WebP: the RIFF header whose size is the file's, then chunks to the end, the first
//         being VP8, VP8L or VP8X.
// Pixel data is not decoded. After a JPEG's EOI only another JPEG (the further images of
// a phone's multi-picture file) may follow.
//
// In core because more than one module takes files: case photos (api/) and the ledger's
// evidence (governance/). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang {

// The image's MIME type ("image/jpeg", "image/png", "image/webp"), or InvalidArgument
// saying what is wrong.
Result<std::string> CheckImage(std::string_view data);

}  // namespace sanwang
