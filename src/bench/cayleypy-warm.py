#!/usr/bin/env python3
"""CayleyPy's warm BFS times: each algorithm run R times in one process, the first run (numba and torch warm-up)
reported apart from the median of the others. The counterpart of `cayley bench FAMILY:N --warmup 1 --repeat R-1`,
for library users who run many graphs in one process.

    /usr/bin/python3 src/bench/cayleypy-warm.py FAMILY N [--algos bfs_bitmask,bfs_numpy] [--repeat R] [--threads T]

Set-up as for src/bench/vs-cayleypy.sh: Debian's python3-torch python3-numpy python3-numba for /usr/bin/python3, the
CayleyPy copy CAYLEYPY_SRC (default ../shared/peers/cayleypy) and the harness CAYLEYPY_HARNESS (default
../shared/peers/run_cayleypy.py), whose stubs for modules BFS does not need are reused. Prints one JSON line per
algorithm: first-run seconds, the median of the rest, and the layer sizes.
"""
import argparse
import importlib.util
import json
import os
import statistics
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("family")
ap.add_argument("n", type=int)
ap.add_argument("--algos", default="bfs_bitmask,bfs_numpy")
ap.add_argument("--repeat", type=int, default=4)
ap.add_argument("--threads", type=int, default=2)
args = ap.parse_args()
if args.repeat < 2:
    sys.exit("--repeat must be at least 2 (the first run is the warm-up)")
src = os.environ.get("CAYLEYPY_SRC", os.path.join(root, "..", "shared", "peers", "cayleypy"))
harness_path = os.environ.get("CAYLEYPY_HARNESS", os.path.join(root, "..", "shared", "peers", "run_cayleypy.py"))
sys.path.insert(0, os.path.abspath(src))
spec = importlib.util.spec_from_file_location("run_cayleypy", harness_path)
harness = importlib.util.module_from_spec(spec)
spec.loader.exec_module(harness)
harness._install_stubs()  # pylint: disable=protected-access
import torch  # noqa: E402  pylint: disable=wrong-import-position
import cayleypy as cp  # noqa: E402  pylint: disable=wrong-import-position

torch.set_num_threads(args.threads)
graph_def, _ = harness._make_graph_def(cp, args.family, args.n, {})  # pylint: disable=protected-access
graph = cp.CayleyGraph(graph_def, device="cpu")
for algo in args.algos.split(","):
    times, layers = [], None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        if algo == "bfs_bitmask":
            sizes = list(cp.bfs_bitmask(graph, max_diameter=10**6))
        elif algo == "bfs_numpy":
            sizes = list(cp.bfs_numpy(graph, max_diameter=10**6))
        elif algo == "bfs":
            sizes = list(graph.bfs(max_diameter=10**6, max_layer_size_to_store=1).layer_sizes)
        else:
            sys.exit(f"unknown algorithm {algo}")
        times.append(time.perf_counter() - t0)
        layers = [int(x) for x in sizes]
    print(json.dumps({"family": args.family, "n": args.n, "algo": algo, "threads": args.threads,
                      "first_s": round(times[0], 4), "warm_median_s": round(statistics.median(times[1:]), 4),
                      "warm_runs": len(times) - 1, "layer_sizes": layers}), flush=True)
