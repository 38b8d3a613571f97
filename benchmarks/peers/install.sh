#!/bin/sh
# Installs the peer systems of the end-to-end pipeline benchmark (issue 13), for
# benchmarks/run_pipeline_benchmark.py: pandas from Debian's archive (python3-pandas, run with
# /usr/bin/python3), and DuckDB and Polars for Node.js from the npm registry into
# benchmarks/peers/node_modules (never committed), at the versions pinned in package-lock.json.
#
#   sh benchmarks/peers/install.sh        (as root for apt-get; needs node and npm)
#
# nodejs-polars' platform binary (nodejs-polars-linux-x64-gnu) is a direct dependency: as an optional
# one npm skips it on Node.js 20, since its manifest asks for Node.js 22 (it loads and runs on 20).
set -eu
here=$(cd "$(dirname "$0")" && pwd)

if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt=apt-get; else apt="sudo apt-get"; fi
  $apt update
  DEBIAN_FRONTEND=noninteractive $apt install -y python3-pandas
fi

if ! command -v npm >/dev/null; then
  echo "install.sh: npm not found (Debian: apt-get install -y nodejs npm)" >&2
  exit 1
fi
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
node -e 'import("@duckdb/node-api").then(() => import("nodejs-polars"))
  .then(() => console.log("peers installed: DuckDB, Polars (Node.js), pandas"))'
