// Small whole files of each evidence type for tests: a PDF with its header and %%EOF, and
// DOCX and XLSX archives with the parts evidence_file.h looks for, written with libzip in
// memory. Photos come from api/test_images.h. Test code.
#pragma once

#include <zip.h>

#include <map>
#include <string>

namespace sanwang::governance::test_files {

inline std::string MakePdf(std::size_t padding = 0) {
  return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + std::string(padding, ' ') +
         "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

// A zip archive holding `parts` (name → content); empty on failure.
inline std::string MakeZip(const std::map<std::string, std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  zip_error_fini(&error);
  if (archive == nullptr) return "";
  zip_source_keep(buffer);
  for (const auto& [name, content] : parts) {
    zip_source_t* part = zip_source_buffer(archive, content.data(), content.size(), 0);
    zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8);
  }
  std::string out;
  if (zip_close(archive) == 0 && zip_source_open(buffer) == 0) {
    char chunk[4096];
    zip_int64_t n = 0;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
      out.append(chunk, static_cast<std::size_t>(n));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return out;
}

inline std::string MakeDocx() {
  return MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
}

inline std::string MakeXlsx() {
  return MakeZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
}

}  // namespace sanwang::governance::test_files
