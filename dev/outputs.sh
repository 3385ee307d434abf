#!/usr/bin/env bash
# Writes every command's output (all formats, the HTML page, the workbook's
# sheets, stderr and exit codes) over the samples, tests/reports and, where it
# exists, ../shared into one folder, so that a change meant to keep behaviour
# can be checked byte for byte:
#   bash dev/outputs.sh /tmp/before; (change); bash dev/outputs.sh /tmp/after
#   diff -r /tmp/before /tmp/after
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: dev/outputs.sh OUT_DIR}
rm -rf "$out"; mkdir -p "$out"
cargo build --release --quiet || exit 2
apa=$PWD/target/release/apa
export APA_CACHE_DIR=${APA_CACHE_DIR:-$(mktemp -d)} COLUMNS=120 NO_COLOR=1
unset APA_REPORTS APA_SITE
export APA_LIBRARY=/nonexistent/apa-library # never a library a person made

n=0
run() { # name, then the arguments
  local name=$1; shift
  n=$((n + 1))
  "$apa" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo "$?" >"$out/$name.rc"
}

sets=("samples:" "reports:tests/reports")
[ -d ../shared ] && sets+=("shared:../shared")
for s in "${sets[@]}"; do
  tag=${s%%:*}; path=${s#*:}
  p=(); [ -n "$path" ] && p=("$path")
  run "$tag.parse.jsonl" parse "${p[@]}" --format jsonl
  run "$tag.parse.json" parse "${p[@]}" --format json
  run "$tag.parse.table" parse "${p[@]}"
  for f in table csv json jsonl markdown; do
    run "$tag.grades.$f" grades "${p[@]}" --format "$f"
    run "$tag.matrix.$f" grades --matrix "${p[@]}" --format "$f"
    run "$tag.findings.$f" findings "${p[@]}" --format "$f"
    run "$tag.inspections.$f" inspections "${p[@]}" --format "$f"
    run "$tag.latest.$f" inspections --latest "${p[@]}" --format "$f"
    run "$tag.summary.$f" inspections --latest --summary "${p[@]}" --format "$f"
    run "$tag.summary-region.$f" inspections --summary --by region "${p[@]}" --format "$f"
    run "$tag.themes.$f" themes "${p[@]}" --format "$f"
    run "$tag.check.$f" check "${p[@]}" --format "$f"
    run "$tag.compare.$f" compare bromley bexley "${p[@]}" --format "$f"
    run "$tag.compare-nb.$f" compare kirklees --neighbours "${p[@]}" --format "$f"
    run "$tag.compare-london.$f" compare --region london "${p[@]}" --format "$f"
    run "$tag.trend.$f" trend bromley "${p[@]}" --format "$f"
    run "$tag.trend-nb.$f" trend kirklees --neighbours "${p[@]}" --format "$f"
    run "$tag.grades-filter.$f" grades --council bromley --neighbours --year 2023 "${p[@]}" --format "$f"
  done
  run "$tag.check-policy.json" check "${p[@]}" --council bromley --fail-below good --area overall_effectiveness --format json
  run "$tag.report" report "${p[@]}" -o "$out/$tag.report.html"
  run "$tag.export" export xlsx "${p[@]}" -o "$out/$tag.xlsx"
  if [ -f "$out/$tag.xlsx" ]; then
    mkdir -p "$out/$tag.xlsx.d"
    (cd "$out/$tag.xlsx.d" && unzip -q -o ../"$tag.xlsx" 'xl/worksheets/*' 'xl/sharedStrings.xml' 'xl/workbook.xml' 'xl/styles.xml' 2>/dev/null)
    rm "$out/$tag.xlsx"
  fi
done
for f in table csv json jsonl markdown; do
  run "councils.$f" councils --format "$f"
done
run schema schema
run help --help
for c in parse grades findings inspections themes compare trend councils export report check cache; do
  run "help.$c" "$c" --help
done
sed -i "s#$out#OUT#g" "$out"/*.err
echo "$n runs written to $out" >&2
