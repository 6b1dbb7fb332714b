// Progress messages of the long circles steps (import, analysis), one line each; the CLI
// prints them on standard error. An empty function discards them.
#pragma once

#include <functional>
#include <string>

namespace sanwang::circles {

using ProgressFn = std::function<void(const std::string& message)>;

inline void Report(const ProgressFn& progress, const std::string& message) {
  if (progress) progress(message);
}

}  // namespace sanwang::circles
