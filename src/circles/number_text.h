// Numbers as text in the circles CSV and GeoJSON outputs. Exact: the shortest decimal
// that reads back as the same double, so that an exported network or result can be
// checked bit for bit with another tool. Fixed: a given number of decimals, for values
// people read (seconds, people). Pure functions.
#pragma once

#include <string>

namespace sanwang::circles {

std::string ExactNumber(double value);
std::string FixedNumber(double value, int decimals);

}  // namespace sanwang::circles
