// Role sets shared by several route groups.
#pragma once

#include <set>
#include <string>

namespace sanwang::api {

// Staff with an area of their own, who may see the figures of it (dashboard, rankings,
// map layers): every staff role but department staff, whose work is not an area.
inline const std::set<std::string> kFigureRoles = {"grid_worker", "community_staff", "street_staff", "command_center",
                                                   "supervisor",  "leader",          "admin"};

}  // namespace sanwang::api
