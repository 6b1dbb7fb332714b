// A tiny pool for the analysis: runs jobs 0..n-1 on a few threads, each thread taking the
// next job as it finishes one, so uneven jobs (facility types with many or few
// facilities) still keep every core busy. `run(job, worker)` gets the worker's index
// (0..threads-1), so that each worker can keep its own workspace.
#pragma once

#include <cstddef>
#include <functional>

namespace sanwang::circles {

// Threads to use: `requested` when positive, else one per core (at least 1), and never
// more than there are jobs.
int ThreadsFor(int requested, std::size_t jobs);

void RunJobs(std::size_t jobs, int threads, const std::function<void(std::size_t job, int worker)>& run);

}  // namespace sanwang::circles
