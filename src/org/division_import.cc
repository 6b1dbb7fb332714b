#include "org/division_import.h"

#include "core/csv.h"
#include "core/files.h"
#include "store/org_repository.h"

namespace sanwang::org {
namespace {

struct Division {
  std::string code;
  std::string name;
  std::string parent_code;
  std::string kind;
};

Result<CsvTable> ReadTable(const std::filesystem::path& path, const std::vector<std::string>& columns) {
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  auto table = CsvTable::Parse(text, columns);
  if (!table.ok()) return table.status().WithContext(path.filename().string());
  return table;
}

std::string FindFile(const std::filesystem::path& dir, const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && entry.path().extension() == ".csv") return entry.path().string();
  }
  return (dir / (prefix + ".csv")).string();
}

Result<std::vector<Division>> ReadDivisions(const std::filesystem::path& dir, const std::string& district) {
  std::vector<Division> out;
  SW_ASSIGN_OR_RETURN(CsvTable areas, ReadTable(FindFile(dir, "areas"), {"code", "name"}));
  for (std::size_t r = 0; r < areas.size(); ++r) {
    if (areas.Get(r, "code") == district) out.push_back({district, areas.Get(r, "name"), "", "district"});
  }
  if (out.empty()) return NotFound("district " + district + " is not in " + FindFile(dir, "areas"));
  SW_ASSIGN_OR_RETURN(CsvTable streets, ReadTable(FindFile(dir, "streets"), {"code", "name", "areaCode"}));
  for (std::size_t r = 0; r < streets.size(); ++r) {
    if (streets.Get(r, "areaCode") != district) continue;
    out.push_back({streets.Get(r, "code"), streets.Get(r, "name"), district, "street"});
  }
  SW_ASSIGN_OR_RETURN(CsvTable villages,
                      ReadTable(FindFile(dir, "villages"), {"code", "name", "streetCode", "areaCode"}));
  for (std::size_t r = 0; r < villages.size(); ++r) {
    if (villages.Get(r, "areaCode") != district) continue;
    out.push_back({villages.Get(r, "code"), CommunityDisplayName(villages.Get(r, "name")),
                   villages.Get(r, "streetCode"), "community"});
  }
  return out;
}

class Importer {
 public:
  Importer(store::Database& db, std::string district) : repo_(db), district_(std::move(district)) {}

  Status Put(const Division& d, DivisionImportResult& result) {
    store::UnitRecord u;
    u.district_code = district_;
    u.code = d.code;
    u.kind = d.kind;
    u.name = d.name;
    if (!d.parent_code.empty()) {
      auto parent = ids_.find(d.parent_code);
      if (parent == ids_.end())
        return InvalidArgument("unit " + d.code + " names unknown parent " + d.parent_code);
      u.parent_id = parent->second;
    }
    SW_ASSIGN_OR_RETURN(auto existing, repo_.FindByCode(district_, d.code));
    if (existing) {
      SW_RETURN_IF_ERROR(repo_.UpdateNames(u));
      ids_[d.code] = existing->id;
      ++result.updated;
      return Status::Ok();
    }
    SW_ASSIGN_OR_RETURN(store::UnitRecord inserted, repo_.Insert(u));
    ids_[d.code] = inserted.id;
    ++result.added;
    return Status::Ok();
  }

 private:
  store::OrgRepository repo_;
  std::string district_;
  std::map<std::string, store::Id> ids_;
};

}  // namespace

std::string CommunityDisplayName(const std::string& official) {
  for (const std::string suffix : {"居委会", "居民委员会"}) {
    if (official.size() > suffix.size() &&
        official.compare(official.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return official.substr(0, official.size() - suffix.size());
    }
  }
  return official;
}

Result<DivisionImportResult> ImportDivisions(store::Database& db, const std::filesystem::path& dir,
                                             const std::string& district_code, const ProgressFn& progress) {
  SW_ASSIGN_OR_RETURN(std::vector<Division> divisions, ReadDivisions(dir, district_code));
  divisions.push_back({district_code + "-command", "区指挥中心", district_code, "command_center"});
  DivisionImportResult result;
  Importer importer(db, district_code);
  Status status = db.InTransaction([&]() -> Status {
    for (std::size_t i = 0; i < divisions.size(); ++i) {
      SW_RETURN_IF_ERROR(importer.Put(divisions[i], result));
      if (divisions[i].kind == "street") ++result.streets;
      if (divisions[i].kind == "community") ++result.communities;
      if (progress && (i + 1) % 50 == 0) {
        progress("divisions: " + std::to_string(i + 1) + "/" + std::to_string(divisions.size()));
      }
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return result;
}

}  // namespace sanwang::org
