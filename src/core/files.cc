#include "core/files.h"

#include <fstream>
#include <sstream>

namespace sanwang {

Result<std::string> ReadFileToString(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read file " + path.string());
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Unavailable("cannot write file " + tmp.string());
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out.flush()) return Unavailable("cannot write file " + tmp.string());
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Unavailable("cannot rename " + tmp.string() + ": " + ec.message());
  return Status::Ok();
}

}  // namespace sanwang
