// A stream of acknowledged case changes, for the durability test: files matters in the
// demo district and takes each through accept, resolve and rate, printing
// "ack CASE SEQ STATE" on standard output after each change has committed. The test kills
// this process at a random moment and then checks that every acknowledged change is there.
// SEED chooses the grids, so a failing run can be replayed.
//
//   durability_writer DB_URL HOME [SEED]
#include <cstdint>
#include <iostream>
#include <random>
#include <string>

#include "cli/context.h"
#include "cli/demo_district.h"
#include "geo/geojson.h"

namespace {

using sanwang::Status;

Status Run(const std::string& url, const std::string& home, std::uint32_t seed) {
  sanwang::Config config;
  config.db_url = url;
  config.home = home;
  SW_ASSIGN_OR_RETURN(auto ctx, sanwang::cli::Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  std::string item;
  for (const auto& [code, i] : ctx->catalog().items()) {
    if (i.tier == "grid") {
      item = code;
      break;
    }
  }
  auto grids = ctx->org().OfKind("grid");
  std::mt19937 rng(seed);
  SW_ASSIGN_OR_RETURN(auto reporter, ctx->ActorFor("resident01"));
  for (int n = 0;; ++n) {
    const auto* grid = grids[rng() % grids.size()];
    auto shape = sanwang::geo::ParseGeometry(grid->geometry);
    sanwang::cases::NewCase c;
    c.item_code = item;
    c.title = "持久性测试 " + std::to_string(n);
    c.location = sanwang::geo::Centroid(*shape);
    SW_ASSIGN_OR_RETURN(auto filed, ctx->engine().Submit(c, reporter));
    std::cout << "ack " << filed.id << " 2 " << filed.state << std::endl;
    SW_ASSIGN_OR_RETURN(auto handler, ctx->ActorFor(sanwang::cli::DemoHandlerFor(*grid)));
    sanwang::cases::TransitionRequest rate("rate");
    rate.satisfied = true;
    for (const auto& [req, actor] : {std::pair{sanwang::cases::TransitionRequest{"accept"}, handler},
                                     std::pair{sanwang::cases::TransitionRequest{"resolve", "done"}, handler},
                                     std::pair{rate, reporter}}) {
      SW_ASSIGN_OR_RETURN(auto change, ctx->engine().Apply(filed.id, req, actor));
      std::cout << "ack " << filed.id << " " << change.event.seq << " " << change.event.to_state << std::endl;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: durability_writer DB_URL HOME [SEED]\n";
    return 2;
  }
  const std::uint32_t seed =
      argc == 4 ? static_cast<std::uint32_t>(std::stoul(argv[3])) : std::random_device{}();
  Status status = Run(argv[1], argv[2], seed);
  std::cerr << "durability_writer: " << status.ToString() << "\n";
  return 1;
}
