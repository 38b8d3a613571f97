#!/usr/bin/env bash
# Builds the developer tree (the tests, examples, the command-line tool, benchmarks where Google
# Benchmark is found, fuzz targets under clang++) optimised, with the developer build's warnings as
# errors, nothing suppressed: g++ and clang++, each at -O2 and -O3, with NDEBUG as in a Release build.
# Build only: the tests run in the presets (-O0: dev, clang, asan-ubsan). Some of g++'s warnings
# (-Wrestrict, -Wstringop-overflow, -Wmaybe-uninitialized, -Warray-bounds) come from its optimiser
# and are never seen at -O0, and NDEBUG removes the uses in assert().
#
#     tools/check_optimisation_levels.sh                 # all four: g++ -O2, g++ -O3, clang++ -O2, clang++ -O3
#     tools/check_optimisation_levels.sh clang++ 3       # one compiler, one level
#
# Trees go to build/opt-<gcc|clang>-O<level>. Every build runs to the end (ninja -k 0) so that one run
# lists every failing file; the script fails when any build failed. .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

compilers=(g++ clang++)
levels=(2 3)
if (($# > 0)); then compilers=("$1"); fi
if (($# > 1)); then levels=("$2"); fi
if (($# > 2)); then
  echo "usage: $0 [g++|clang++ [2|3]]" >&2
  exit 2
fi

failed=()
for cxx in "${compilers[@]}"; do
  for level in "${levels[@]}"; do
    case "${cxx}" in
      *clang++*) name=clang ;;
      *g++*) name=gcc ;;
      *) name=$(basename "${cxx}") ;;
    esac
    dir="build/opt-${name}-O${level}"
    echo "== ${cxx} -O${level}: ${dir}"
    begin=$SECONDS
    # Header verification compiles each header with nothing calling it: nothing for the optimiser to
    # see, and it runs in the dev and clang presets already. The static and runtime test files are
    # compiled in batches (TRADESTAT_UNITY_TESTS): the optimiser sees the same functions and calls;
    # the test preset compiles each file on its own.
    if cmake -S . -B "${dir}" -G Ninja --log-level=WARNING \
         -D CMAKE_BUILD_TYPE=Release \
         -D "CMAKE_CXX_COMPILER=${cxx}" \
         -D "CMAKE_CXX_FLAGS_RELEASE=-O${level} -DNDEBUG" \
         -D TRADESTAT_DEVELOPER_MODE=ON \
         -D TRADESTAT_VERIFY_HEADERS=OFF \
         -D TRADESTAT_UNITY_TESTS=ON \
         -D TRADESTAT_INSTALL=OFF >/dev/null &&
       cmake --build "${dir}" -- -k 0; then
      echo "== ${cxx} -O${level}: ok ($((SECONDS - begin)) s)"
    else
      echo "== ${cxx} -O${level}: FAILED ($((SECONDS - begin)) s)"
      failed+=("${cxx} -O${level}")
    fi
  done
done

if ((${#failed[@]})); then
  echo "== warnings as errors: failed at ${failed[*]}" >&2
  exit 1
fi
echo "== warnings as errors: clean with ${compilers[*]} at$(printf ' -O%s' "${levels[@]}") ($SECONDS s)"
