#include "store/backup_file.h"

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <optional>
#include <system_error>
#include <type_traits>

#include "core/sha256.h"

namespace sanwang::store {
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;
// A header is a few hundred bytes; anything without its end this early is not one.
constexpr std::size_t kMaxHeaderBytes = std::size_t{64} * 1024;

Status Damaged(std::string_view what) {
  return {ErrorCode::kDataLoss, fmt::format("备份文件已损坏：{} the backup file is damaged: {}", what, what)};
}

Status NotABackup(std::string_view what) {
  return InvalidArgument(fmt::format("不是三网备份文件 not a Sanwang backup file: {}", what), "file");
}

// Splits off the first line of `rest` (without its '\n'); false when there is none.
bool NextLine(std::string_view& rest, std::string_view& line) {
  std::size_t end = rest.find('\n');
  if (end == std::string_view::npos) return false;
  line = rest.substr(0, end);
  rest.remove_prefix(end + 1);
  return true;
}

// "word value": the value after `word` and one space, or nothing.
std::optional<std::string_view> Field(std::string_view line, std::string_view word) {
  if (line.size() <= word.size() + 1 || line.substr(0, word.size()) != word || line[word.size()] != ' ') {
    return std::nullopt;
  }
  return line.substr(word.size() + 1);
}

template <typename T>
std::optional<T> Number(std::string_view text) {
  T value{};
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if constexpr (std::is_signed_v<T>) {
    if (value < 0) return std::nullopt;
  }
  return value;
}

bool IsHex64(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// Calls `each` with the file's bytes from `offset`, a chunk at a time.
Status ReadChunks(std::ifstream& in, const std::function<Status(std::string_view)>& each) {
  std::string buffer(kChunkBytes, '\0');
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > 0) SW_RETURN_IF_ERROR(each(std::string_view(buffer.data(), got)));
  }
  if (in.bad()) return Internal("读备份文件失败 reading the backup file failed");
  return Status::Ok();
}

Result<std::string> ReadHead(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return NotFound(fmt::format("找不到备份文件 no backup file {}", file.string()));
  std::string head(kMaxHeaderBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

}  // namespace

std::string HeaderText(const BackupHeader& header) {
  std::string text = fmt::format("{}\nengine {}\ncreated {}\n", kBackupMagic, header.engine, header.created);
  for (const auto& [module, version] : header.streams) text += fmt::format("stream {} {}\n", module, version);
  text += fmt::format("payload {}\n", header.payload_bytes);
  return text;
}

Result<BackupHeader> ParseBackupHeader(std::string_view text, std::size_t* header_bytes) {
  std::string_view rest = text;
  std::string_view line;
  if (!NextLine(rest, line) || line != kBackupMagic)
    return NotABackup("它不以 SANWANG-BACKUP 1 开头 it does not start with SANWANG-BACKUP 1");
  BackupHeader header;
  auto engine = NextLine(rest, line) ? Field(line, "engine") : std::nullopt;
  if (!engine || (*engine != "sqlite" && *engine != "postgresql")) return Damaged("engine");
  header.engine = *engine;
  auto created = NextLine(rest, line) ? Field(line, "created") : std::nullopt;
  if (!created) return Damaged("created");
  header.created = *created;
  while (NextLine(rest, line)) {
    if (auto stream = Field(line, "stream")) {
      std::size_t space = stream->find(' ');
      auto version = space == std::string_view::npos ? std::nullopt : Number<int>(stream->substr(space + 1));
      if (!version || space == 0) return Damaged(fmt::format("stream {}", *stream));
      header.streams.emplace_back(std::string(stream->substr(0, space)), *version);
    } else if (auto payload = Field(line, "payload"); payload && Number<std::uint64_t>(*payload)) {
      header.payload_bytes = *Number<std::uint64_t>(*payload);
      auto sha = NextLine(rest, line) ? Field(line, "sha256") : std::nullopt;
      if (!sha || !IsHex64(*sha) || !NextLine(rest, line) || !line.empty()) return Damaged("sha256");
      header.sha256 = *sha;
      if (header_bytes != nullptr) *header_bytes = text.size() - rest.size();
      return header;
    } else {
      return Damaged(fmt::format("header line '{}'", line.substr(0, 40)));
    }
  }
  return Damaged("文件在头部内截断 cut off within its header");
}

Status WriteBackupFile(const std::filesystem::path& out, BackupHeader header,
                       const std::filesystem::path& payload_file) {
  std::error_code error;
  header.payload_bytes = std::filesystem::file_size(payload_file, error);
  if (error) return Internal(fmt::format("读不到备份内容 cannot read the payload {}", payload_file.string()));
  const std::string text = HeaderText(header);
  Sha256Stream digest;
  digest.Update(text);
  std::ifstream payload(payload_file, std::ios::binary);
  SW_RETURN_IF_ERROR(ReadChunks(payload, [&](std::string_view chunk) {
    digest.Update(chunk);
    return Status::Ok();
  }));
  header.sha256 = digest.FinishHex();

  const std::filesystem::path partial = out.string() + ".partial";
  std::ofstream file(partial, std::ios::binary | std::ios::trunc);
  if (!file) return Internal(fmt::format("无法写备份文件 cannot write the backup file {}", partial.string()));
  file << text << "sha256 " << header.sha256 << "\n\n";
  payload.clear();
  payload.seekg(0);
  SW_RETURN_IF_ERROR(ReadChunks(payload, [&](std::string_view chunk) {
    file.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    return file ? Status::Ok()
                : Internal("写备份文件失败（磁盘满？） writing the backup file failed (disk full?)");
  }));
  file.flush();
  if (!file) return Internal("写备份文件失败（磁盘满？） writing the backup file failed (disk full?)");
  file.close();
  std::filesystem::rename(partial, out, error);
  if (error)
    return Internal(
        fmt::format("无法写备份文件 cannot write the backup file {}: {}", out.string(), error.message()));
  return Status::Ok();
}

Result<BackupHeader> ReadVerifiedBackupHeader(const std::filesystem::path& file) {
  SW_ASSIGN_OR_RETURN(std::string head, ReadHead(file));
  std::size_t header_bytes = 0;
  SW_ASSIGN_OR_RETURN(BackupHeader header, ParseBackupHeader(head, &header_bytes));
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (error || size < header_bytes + header.payload_bytes) {
    return Damaged(fmt::format("文件被截断 the file is cut off ({} bytes of {})", size,
                               header_bytes + header.payload_bytes));
  }
  if (size > header_bytes + header.payload_bytes)
    return Damaged("文件末尾多出数据 extra bytes after the payload");
  Sha256Stream digest;
  digest.Update(HeaderText(header));
  std::ifstream in(file, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(header_bytes));
  SW_RETURN_IF_ERROR(ReadChunks(in, [&](std::string_view chunk) {
    digest.Update(chunk);
    return Status::Ok();
  }));
  if (digest.FinishHex() != header.sha256) return Damaged("校验和不符 the checksum does not match");
  return header;
}

Status ExtractBackupPayload(const std::filesystem::path& file, const std::filesystem::path& out) {
  SW_ASSIGN_OR_RETURN(std::string head, ReadHead(file));
  std::size_t header_bytes = 0;
  SW_ASSIGN_OR_RETURN(BackupHeader header, ParseBackupHeader(head, &header_bytes));
  std::ifstream in(file, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(header_bytes));
  std::ofstream payload(out, std::ios::binary | std::ios::trunc);
  if (!payload) return Internal(fmt::format("无法写临时文件 cannot write {}", out.string()));
  SW_RETURN_IF_ERROR(ReadChunks(in, [&](std::string_view chunk) {
    payload.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    return payload ? Status::Ok()
                   : Internal("写临时文件失败（磁盘满？） writing a temporary file failed (disk full?)");
  }));
  payload.close();
  return payload ? Status::Ok() : Internal("写临时文件失败 writing a temporary file failed");
}

}  // namespace sanwang::store
