// sanwang backup FILE and sanwang restore FILE (store/backup.h): the whole database to a
// backup file and back, each table reported on standard error as it goes. Neither migrates
// the database first: a backup takes it as it is, and a restore wants it empty.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command.h"
#include "core/clock.h"
#include "core/time.h"
#include "store/backup.h"

namespace sanwang::cli {
namespace {

void Progress(const std::string& line) { std::cerr << "  " << line << std::endl; }

std::string Streams(const store::BackupHeader& header) {
  std::string text;
  for (const auto& [module, version] : header.streams) text += fmt::format(" {} {}", module, version);
  return text;
}

Status Backup(const Config& config, const std::string& file) {
  std::cerr << "备份 backing up " << config.db_url << " → " << file << std::endl;
  SW_ASSIGN_OR_RETURN(
      store::BackupHeader header,
      store::BackupDatabase(config.db_url, file, FormatIso8601(SystemClock().Now()), Progress));
  std::cout << fmt::format("备份完成 backup written: {} ({}, {} bytes)\nschema{}\nsha256 {}\n", file,
                           header.engine, header.payload_bytes, Streams(header), header.sha256);
  return Status::Ok();
}

Status Restore(const Config& config, const std::string& file) {
  std::cerr << "恢复 restoring " << file << " → " << config.db_url << std::endl;
  SW_ASSIGN_OR_RETURN(store::BackupHeader header, store::RestoreDatabase(config.db_url, file, Progress));
  std::cout << fmt::format("恢复完成 restored: the backup of {} ({})\nschema{}\n", header.created,
                           header.engine, Streams(header));
  return Status::Ok();
}

}  // namespace

void RegisterBackup(CLI::App& app, Action* action) {
  auto backup_file = std::make_shared<std::string>();
  CLI::App* backup =
      app.add_subcommand("backup", "back the whole database up into FILE, while the server runs");
  backup->add_option("file", *backup_file, "the backup file to write (replaced whole)")->required();
  backup->callback([action, backup_file] {
    *action = [backup_file](const Config& config) { return Backup(config, *backup_file); };
  });

  auto restore_file = std::make_shared<std::string>();
  CLI::App* restore = app.add_subcommand("restore", "restore a backup FILE into an empty database");
  restore->add_option("file", *restore_file, "the backup file to read")->required();
  restore->callback([action, restore_file] {
    *action = [restore_file](const Config& config) { return Restore(config, *restore_file); };
  });
}

}  // namespace sanwang::cli
