#include "governance/office_archive.h"

#include <zip.h>

#include <algorithm>
#include <memory>

#include "core/upload_check.h"

namespace sanwang::governance {
namespace {

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using Archive = std::unique_ptr<zip_t, ZipCloser>;

Result<Archive> Open(std::string_view data) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
  zip_t* opened =
      source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  zip_error_fini(&error);
  if (opened == nullptr) {
    if (source != nullptr) zip_source_free(source);
    return DamagedUpload("not a zip archive");
  }
  return Archive(opened);
}

Status TooLarge() {
  return InvalidArgument(
      "文档解压后过大，疑似压缩炸弹 the document expands to more than 64 MiB or packs a part more than 200 "
      "to one",
      "body");
}

// Sizes as the archive's directory declares them, before anything is expanded.
Status CheckExpansion(zip_t* archive) {
  const zip_int64_t parts = zip_get_num_entries(archive, 0);
  if (parts < 0 || parts > kMaxOfficeParts) return TooLarge();
  std::uint64_t total = 0;
  for (zip_int64_t i = 0; i < parts; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
        (st.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) != (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) {
      return DamagedUpload("a part without sizes");
    }
    total += st.size;
    if (total > kMaxOfficeExpandedBytes) return TooLarge();
    if (st.size >= kOfficeRatioFrom && st.size > kMaxOfficeRatio * std::max<zip_uint64_t>(st.comp_size, 1)) {
      return TooLarge();
    }
  }
  return Status::Ok();
}

// The part whole; libzip checks its CRC and that it ends at its declared size.
Result<std::string> ReadPart(zip_t* archive, const char* part) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(archive, part, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    return DamagedUpload(std::string("no ") + part + " in the document");
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(archive, part, 0));
  if (file == nullptr) return DamagedUpload(std::string("cannot open ") + part);
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = out.empty() ? 0 : zip_fread(file.get(), out.data(), out.size());
  char probe = 0;
  if (got != static_cast<zip_int64_t>(out.size()) || zip_fread(file.get(), &probe, 1) != 0) {
    return DamagedUpload(std::string("damaged ") + part);
  }
  return out;
}

}  // namespace

Status CheckOfficeDocument(std::string_view data, const char* main_part) {
  SW_ASSIGN_OR_RETURN(Archive archive, Open(data));
  SW_RETURN_IF_ERROR(CheckExpansion(archive.get()));
  if (zip_name_locate(archive.get(), "[Content_Types].xml", 0) < 0) {
    return DamagedUpload("no [Content_Types].xml in the document");
  }
  return ReadPart(archive.get(), main_part).status();
}

Result<std::string> ReadOfficePart(std::string_view data, const char* part) {
  SW_ASSIGN_OR_RETURN(Archive archive, Open(data));
  SW_RETURN_IF_ERROR(CheckExpansion(archive.get()));
  return ReadPart(archive.get(), part);
}

}  // namespace sanwang::governance
