#include "case_import/case_importer.h"

#include <unordered_map>

#include "case_import/store/imported_case_repository.h"
#include "store/case_repository.h"

namespace sanwang::case_import {
namespace {

struct Ready {
  cases::PastCase past;
  WorkOrder order;
};

class ImportRun {
 public:
  ImportRun(store::Database& db, const cases::PastCaseContext& domain, UnixSeconds now,
            const ImportMapping& mapping, const SourceTable& table, const ImportOptions& options,
            WorkOrderReader reader, std::unordered_set<std::string> imported)
      : db_(db),
        domain_(domain),
        now_(now),
        mapping_(mapping),
        table_(table),
        options_(options),
        reader_(std::move(reader)),
        imported_(std::move(imported)) {}

  Result<ImportReport> Go() {
    report_.format = table_.format;
    report_.rows = table_.rows.size();
    std::vector<Ready> batch;
    for (std::size_t i = 0; i < table_.rows.size(); ++i) {
      if (auto ready = Check(table_.rows[i])) batch.push_back(std::move(*ready));
      if (batch.size() >= std::max<std::size_t>(options_.batch, 1)) SW_RETURN_IF_ERROR(Write(batch, i + 1));
    }
    SW_RETURN_IF_ERROR(Write(batch, table_.rows.size()));
    return std::move(report_);
  }

 private:
  void Problem(const SourceRow& row, const std::string& source_id, const Status& status) {
    report_.problems.push_back({row.row, source_id, status.field(), status.message()});
  }

  // The row ready to write, or nullopt when it was reported or had been imported before.
  std::optional<Ready> Check(const SourceRow& row) {
    auto order = reader_.Read(row, table_.date1904);
    if (!order.ok()) {
      Problem(row, reader_.SourceIdOf(row), order.status());
      return std::nullopt;
    }
    const std::string& id = order->matter.source_id;
    if (imported_.count(id) > 0) {
      ++report_.already;
      return std::nullopt;
    }
    if (auto first = seen_.find(id); first != seen_.end()) {
      Problem(row, id,
              InvalidArgument("工单编号与第 " + std::to_string(first->second) +
                                  " 行重复 the work order id repeats row " + std::to_string(first->second),
                              "id"));
      return std::nullopt;
    }
    seen_.emplace(id, row.row);
    auto past = cases::BuildPastCase(domain_, order->matter, now_);
    if (!past.ok()) {
      Problem(row, id, past.status());
      return std::nullopt;
    }
    if (order->item_guessed) {
      report_.review.push_back({row.row, id, order->category, order->suggested_item, order->item_confidence,
                                !order->matter.item_code.empty(), order->matter.title});
    }
    ++report_.added;
    return Ready{std::move(past).value(), std::move(order).value()};
  }

  Status Write(std::vector<Ready>& batch, std::size_t done) {
    if (!options_.dry_run && !batch.empty()) {
      std::vector<store::CaseWithHistory> cases;
      cases.reserve(batch.size());
      for (Ready& r : batch) cases.push_back(std::move(r.past));
      SW_RETURN_IF_ERROR(db_.InTransaction([&]() -> Status {
        SW_RETURN_IF_ERROR(store::CaseRepository(db_).InsertManyWithHistory(cases));
        std::vector<store::ImportedCaseRecord> imported;
        imported.reserve(batch.size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
          const WorkOrder& order = batch[i].order;
          imported.push_back({domain_.org.district_code(), mapping_.system, order.matter.source_id,
                              cases[i].record.id, order.category, order.item_guessed, order.item_confidence,
                              now_});
        }
        return store::ImportedCaseRepository(db_).InsertMany(imported);
      }));
    }
    batch.clear();
    if (options_.progress) options_.progress(done, table_.rows.size());
    return Status::Ok();
  }

  store::Database& db_;
  const cases::PastCaseContext& domain_;
  UnixSeconds now_;
  const ImportMapping& mapping_;
  const SourceTable& table_;
  const ImportOptions& options_;
  WorkOrderReader reader_;
  std::unordered_set<std::string> imported_;
  std::unordered_map<std::string, std::size_t> seen_;  // work order id → its first row in this file
  ImportReport report_;
};

}  // namespace

Result<ImportReport> CaseImporter::Run(const ImportMapping& mapping, const SourceTable& table,
                                       const ImportOptions& options) {
  SW_ASSIGN_OR_RETURN(WorkOrderReader reader,
                      WorkOrderReader::Make(mapping, table, domain_.org, domain_.catalog, options.guess));
  SW_ASSIGN_OR_RETURN(auto imported, store::ImportedCaseRepository(db_).SourceIds(domain_.org.district_code(),
                                                                                  mapping.system));
  return ImportRun(db_, domain_, now_, mapping, table, options, std::move(reader), std::move(imported)).Go();
}

}  // namespace sanwang::case_import
