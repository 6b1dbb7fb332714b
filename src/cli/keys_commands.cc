// sanwang keys: the keys personal data are encrypted under at rest (core/personal_data_keys.h).
//   keys new FILE [--id ID]  puts a new random key on top of FILE (made readable by its owner
//                            alone), so it seals from the next start; older keys stay to open
//                            what they sealed.
//   keys reseal              seals every stored value again under the key on top, with progress,
//                            and says whether an older key may now be removed from the file.
// The server runs the same pass at each start (serve_command.cc).
#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/context.h"
#include "core/clock.h"
#include "core/files.h"
#include "core/personal_data_keys.h"
#include "core/time.h"
#include "store/personal_data.h"
#include "store/personal_data_reseal.h"

namespace sanwang::cli {
namespace {

struct NewKeyOptions {
  std::string file;
  std::string id;
};

// "k" and today's date in Beijing time: an id that says when the key was made.
std::string TodaysKeyId() {
  std::string date = FormatDate(LocalDateOf(SystemClock().Now()));
  date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
  return "k" + date;
}

Status NewKey(const NewKeyOptions& o) {
  std::filesystem::path file = o.file;
  std::string old;
  if (std::filesystem::exists(file)) {
    // The same checks as the server's (a file others can read is refused here too), on the
    // text read once.
    SW_RETURN_IF_ERROR(PersonalDataKeys::CheckFileMode(file));
    SW_ASSIGN_OR_RETURN(old, ReadFileToString(file));
    SW_RETURN_IF_ERROR(PersonalDataKeys::Parse(old).status());
  }
  std::string id = o.id.empty() ? TodaysKeyId() : o.id;
  std::string line;
  try {
    line = PersonalDataKeys::NewKeyLine(id);
  } catch (const std::invalid_argument&) {
    return InvalidArgument(
        "密钥编号只能含 a-z、0-9、- 和 _，最多 16 个字符 a key id is 1 to 16 of a-z, 0-9, '-' and '_'", "id");
  }
  std::string text =
      old.empty() ? "# Sanwang personal-data keys, newest first: the first seals, all open.\n" : "";
  if (!old.empty() && old.front() == '#') {
    std::size_t header_end = old.find('\n');
    text = old.substr(0, header_end + 1);
    old = header_end == std::string::npos ? "" : old.substr(header_end + 1);
  }
  text += line + "\n" + old;
  // Parsing refuses an id given twice (a second key made the same day needs --id).
  SW_RETURN_IF_ERROR(PersonalDataKeys::Parse(text).status());
  ::umask(077);
  SW_RETURN_IF_ERROR(WriteFileAtomically(file, text));
  std::filesystem::permissions(file,
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  std::cout << fmt::format(
      "新密钥 {} 已写入 {}；重启服务后生效 key {} is on top of {}; it seals from the next start\n", id,
      file.string(), id, file.string());
  return Status::Ok();
}

Status Reseal(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  const PersonalDataKeys* keys = store::InstalledPersonalDataKeys();
  if (keys == nullptr) {
    return FailedPrecondition(
        "未配置个人数据密钥 no personal-data keys are configured (personal_data_key_file or "
        "$SANWANG_PERSONAL_DATA_KEYS)");
  }
  SW_ASSIGN_OR_RETURN(store::ResealCounts counts,
                      store::ResealPersonalData(ctx->db(), store::SealedTables(),
                                                [](std::string_view table, std::int64_t rows) {
                                                  std::cerr << fmt::format("\r{} {} rows", table, rows);
                                                }));
  std::cerr << "\n";
  std::cout << fmt::format("以密钥 {} 重新加密 {} 项 {} values sealed again under key {}\n",
                           keys->current_id(), counts.resealed, counts.resealed, keys->current_id());
  SW_RETURN_IF_ERROR(store::UnreadableValues(counts));
  std::cout << "所有个人数据均以当前密钥加密，旧密钥可以删除 every personal value is sealed with the current "
               "key; older keys may be removed from the file\n";
  return Status::Ok();
}

}  // namespace

void RegisterKeys(CLI::App& app, Action* action) {
  CLI::App* cmd = app.add_subcommand("keys", "keys of personal data encrypted at rest: add one, reseal");
  cmd->require_subcommand(1);
  auto o = std::make_shared<NewKeyOptions>();
  CLI::App* add = cmd->add_subcommand("new", "put a new random key on top of a key file (mode 0600)");
  add->add_option("file", o->file, "the key file (made when missing)")->required();
  add->add_option("--id", o->id, "the key's id (default k and today's date, k20261206)");
  add->callback([action, o] { *action = [o](const Config&) { return NewKey(*o); }; });
  CLI::App* reseal = cmd->add_subcommand("reseal", "seal all stored personal data under the key on top");
  reseal->callback([action] { *action = Reseal; });
}

}  // namespace sanwang::cli
