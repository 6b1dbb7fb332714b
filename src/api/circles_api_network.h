// A walking network for the circles API tests, stored and analysed in the test district of
// api_test_fixture.h: one street along latitude 34.01 through grids G1, G2 and G3, nodes
// n0..n6 at longitude 113.800 + 0.005·i, each stretch two-way and 400 m long; walk at
// 1.2 m/s, circles 300, 600 and 900 s (360, 720 and 1,080 m). Nodes n0..n6 lie at
// longitude 113.8005 + 0.005·i (off the grids' borders).
//
//   n0 ---- n1 ---- n2 ---- n3 ---- n4 ---- n5 ---- n6
//      hA  clinic     hB              hC+fitness  hD
//
//   hA (G1, 10 people) at the middle of n0-n1: 200 m from the clinic at n1
//   hB (G2, 20 people) at the middle of n2-n3: 600 m from the clinic
//   hC (G3, 30 people) at the middle of n4-n5, beside the fitness place: 1,400 m from the clinic
//   hD (G3, 40 people) at 0.8 of n5-n6: 1,920 m from the clinic, 520 m from the fitness place
#pragma once

#include <string>

#include "store/database.h"

namespace sanwang::api {

// Stores the network and runs the analysis (with 3 suggested sites per type).
// `version` stands in for the input digest.
Status StoreTestCirclesNetwork(store::Database& db, const std::string& version = "street-through-the-grids");

}  // namespace sanwang::api
