// Reads the configuration's [notify] table (core/notify_settings.h) for Config::MergeToml.
#pragma once

#include <toml++/toml.h>

#include "core/notify_settings.h"
#include "core/status.h"

namespace sanwang {

// Applies the [notify] table over `out`; an unknown key or a bad value is an error naming
// it (notify.email.url …) and changes nothing.
Status ReadNotifySettings(const toml::node& node, NotifySettings& out);

}  // namespace sanwang
