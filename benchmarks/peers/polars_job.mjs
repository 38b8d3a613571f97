// The pipeline benchmark's end-to-end job (benchmarks/pipeline/pipeline_hand.cpp) in Polars for
// Node.js, as a Polars user writes it: a lazy scanCSV of the four columns (Polars pushes the
// projection into its reader, which runs on all cores by default), one groupBy of year, flow and
// partner collected into a small frame, then the three answers from that frame with Polars
// expressions, printed in the text form of benchmarks/pipeline/answers.hpp. Sums are taken out as
// text so that no yuan goes through a JavaScript double.
//
//   node polars_job.mjs FILE.csv
import pl from "nodejs-polars";

const path = process.argv[2];
if (!path) {
  console.error("usage: node polars_job.mjs FILE.csv");
  process.exit(2);
}
const agg = await pl
  .scanCSV(path)
  .select(
    pl.col("period").str.slice(0, 4).cast(pl.Int32).alias("year"),
    pl.col("flow"),
    pl.col("partner"),
    pl.col("value_cny").cast(pl.Int64),
  )
  .filter(pl.col("value_cny").isNotNull())
  .groupBy(["year", "flow", "partner"])
  .agg(pl.col("value_cny").sum().alias("yuan"))
  .collect();

const rows = (df) => df.toRecords();
const text = (e) => e.cast(pl.Utf8);
const out = [];

const totals = await agg
  .lazy()
  .groupBy("year")
  .agg(
    pl.col("yuan").filter(pl.col("flow").eq(pl.lit("export"))).sum().alias("export"),
    pl.col("yuan").filter(pl.col("flow").eq(pl.lit("import"))).sum().alias("import"),
  )
  .sort("year")
  .select(pl.col("year"), text(pl.col("export")), text(pl.col("import")))
  .collect();
for (const r of rows(totals))
  out.push(`total ${r.year} export ${r.export}`, `total ${r.year} import ${r.import}`);

const partners = await agg
  .lazy()
  .filter(pl.col("flow").eq(pl.lit("export")).and(pl.col("year").isIn([2024, 2025])))
  .groupBy("partner")
  .agg(
    pl.col("yuan").filter(pl.col("year").eq(2025)).sum().alias("y2025"),
    pl.col("yuan").filter(pl.col("year").eq(2024)).sum().alias("y2024"),
  )
  .collect();
const top = partners
  .sort(["y2025", "partner"], [true, false])
  .head(10)
  .select("partner", text(pl.col("y2025")));
rows(top).forEach((r, i) => out.push(`top ${i + 1} ${r.partner} ${r.y2025}`));

// (2025 / 2024 - 1) * 100 to one decimal, rounded half away from zero, in exact integers.
function growth(current, prior) {
  if (prior === 0n) return "no base";
  let num = (current - prior) * 1000n;
  let den = prior;
  if (den < 0n) (num = -num), (den = -den);
  const negative = num < 0n;
  const tenths = (2n * (negative ? -num : num) + den) / (2n * den);
  return `${negative && tenths !== 0n ? "-" : ""}${tenths / 10n}.${tenths % 10n} %`;
}
const byCode = partners.sort("partner").select("partner", text(pl.col("y2025")), text(pl.col("y2024")));
for (const r of rows(byCode))
  out.push(`growth ${r.partner} ${r.y2025} ${r.y2024} ${growth(BigInt(r.y2025), BigInt(r.y2024))}`);
process.stdout.write(out.join("\n") + "\n");
