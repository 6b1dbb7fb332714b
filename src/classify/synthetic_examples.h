// Small labelled Chinese texts for the classifier's tests, written for them: three
// matters, each said in three ways and padded with one of five common closing phrases.
// The rows with closing phrase `held_out_filler` form the test set, the rest train.
#pragma once

#include <string>
#include <vector>

#include "classify/classifier.h"

namespace sanwang::classify::testing {

struct SyntheticSplit {
  std::vector<Example> train;
  std::vector<Example> test;
};

inline SyntheticSplit SyntheticData(int held_out_filler = 4) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> matters = {
      {"A01-001", {"楼道里堆放了很多杂物", "楼梯间堆满了纸箱", "走廊堆积旧家具挡路"}},
      {"A01-002", {"楼上邻居噪音很大", "深夜装修噪音扰民", "广场舞音响太吵"}},
      {"A01-004", {"道路破损坑洼不平", "马路中间出现大坑", "人行道地砖破损翘起"}},
  };
  const std::vector<std::string> fillers = {"请尽快处理", "已经好几天了", "希望社区帮忙解决", "影响居民生活",
                                            "谢谢"};
  SyntheticSplit split;
  for (const auto& [label, phrases] : matters) {
    for (const std::string& phrase : phrases) {
      for (std::size_t f = 0; f < fillers.size(); ++f) {
        Example e{phrase + "，" + fillers[f], label};
        (static_cast<int>(f) == held_out_filler ? split.test : split.train).push_back(e);
      }
    }
  }
  return split;
}

}  // namespace sanwang::classify::testing
