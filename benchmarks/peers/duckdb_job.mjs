// The pipeline benchmark's end-to-end job (benchmarks/pipeline/pipeline_hand.cpp) in DuckDB, as a
// DuckDB user writes it: one SQL scan of the CSV (read_csv, the four columns typed, DuckDB's own
// projection pushdown and parallel reader on all cores, its default) into a small aggregate table,
// then the three answers as SQL over it, printed in the text form of benchmarks/pipeline/answers.hpp.
//
//   node duckdb_job.mjs FILE.csv
import { DuckDBInstance } from "@duckdb/node-api";

const path = process.argv[2];
if (!path) {
  console.error("usage: node duckdb_job.mjs FILE.csv");
  process.exit(2);
}
const instance = await DuckDBInstance.create(":memory:");
const db = await instance.connect();
const lines = async (sql, params) => (await db.runAndReadAll(sql, params)).getRows().map((r) => r[0]);

await db.run(
  `CREATE TEMP TABLE agg AS
     SELECT CAST(substr(period, 1, 4) AS INTEGER) AS year, flow, partner, sum(value_cny)::HUGEINT AS yuan
     FROM read_csv($path, header = true,
                   types = {'period': 'VARCHAR', 'flow': 'VARCHAR', 'partner': 'VARCHAR',
                            'value_cny': 'BIGINT'})
     WHERE value_cny IS NOT NULL
     GROUP BY ALL`,
  { path },
);
// Tenths of a percent, (c - p) * 1000 / p rounded half away from zero, in exact integers.
const growth = `CASE WHEN p = 0 THEN 'no base' ELSE
    (CASE WHEN sign((c - p) * sign(p)) < 0 AND t <> 0 THEN '-' ELSE '' END)
    || (t // 10) || '.' || (t % 10) || ' %' END`;
const out = [
  ...(await lines(`
    SELECT format('total {} export {}', year, coalesce(sum(yuan) FILTER (flow = 'export'), 0)) || chr(10) ||
           format('total {} import {}', year, coalesce(sum(yuan) FILTER (flow = 'import'), 0))
    FROM agg GROUP BY year ORDER BY year`)),
  ...(await lines(`
    WITH partners AS (SELECT partner, coalesce(sum(yuan) FILTER (year = 2025), 0) AS c
                      FROM agg WHERE flow = 'export' AND year IN (2024, 2025) GROUP BY partner)
    SELECT format('top {} {} {}', row_number() OVER (ORDER BY c DESC, partner), partner, c)
    FROM partners ORDER BY c DESC, partner LIMIT 10`)),
  ...(await lines(`
    WITH partners AS (SELECT partner, coalesce(sum(yuan) FILTER (year = 2025), 0) AS c,
                             coalesce(sum(yuan) FILTER (year = 2024), 0) AS p
                      FROM agg WHERE flow = 'export' AND year IN (2024, 2025) GROUP BY partner),
         g AS (SELECT *, CASE WHEN p = 0 THEN 0
                         ELSE (2 * abs((c - p) * 1000) + abs(p)) // (2 * abs(p)) END AS t FROM partners)
    SELECT format('growth {} {} {} ', partner, c, p) || ${growth} FROM g ORDER BY partner`)),
];
process.stdout.write(out.join("\n") + "\n");
