#!/usr/bin/env bash
# The benchmark: apa over the real corpus repeated to 500+ files (each copy made
# unique, so that the cache cannot serve one copy from another), cold and warm,
# against pdftotext over the same files one after another. Release build, and
# whatever cores the machine has (the targets are for 2). Run from anywhere:
#   bash bench/run.sh [COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-16}
corpus=../shared/corpus/pdf
work=$(mktemp -d "${TMPDIR:-/tmp}/apa-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
apa=$PWD/target/release/apa

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "bench: installing poppler-utils for the pdftotext reference" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && apt-get install -y -qq poppler-utils >/dev/null; fi
fi

mkdir -p "$work/reports" "$work/cache"
n=0
for f in "$corpus"/*.pdf; do
  [ "$(head -c 5 "$f")" = "%PDF-" ] || continue   # the archive's HTML pages are not PDFs
  for i in $(seq 1 "$copies"); do
    out="$work/reports/$(basename "$f" .pdf)-copy$i.pdf"
    cp "$f" "$out"
    printf '\n%% apa benchmark copy %d\n' "$i" >> "$out"
    n=$((n + 1))
  done
done

timed() { # prints wall seconds and peak RSS in MB of a command
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  # The last line: GNU time puts "Command exited with non-zero status N" first
  # when a run reports a file it could not read (the corpus has one).
  read -r secs kb < <(tail -n 1 "$work/time")
  echo "$secs $((kb / 1024))"
}

export APA_CACHE_DIR="$work/cache" NO_COLOR=1
read -r cold cold_mb < <(timed "$apa" grades "$work/reports" --format csv)
warm=9999; for _ in 1 2 3; do read -r s _ < <(timed "$apa" grades "$work/reports" --format csv); warm=$(echo "$s $warm" | awk '{print ($1<$2)?$1:$2}'); done
cwarm=9999; for _ in 1 2 3; do read -r s _ < <(timed "$apa" compare bromley bexley --dir "$work/reports"); cwarm=$(echo "$s $cwarm" | awk '{print ($1<$2)?$1:$2}'); done
rows=$("$apa" grades "$work/reports" --format csv | wc -l)
# The analysts' outputs over the whole corpus (../shared/corpus, with extra/),
# from the cache: the HTML report and the workbook.
whole=../shared/corpus
"$apa" report "$whole" -o "$work/report.html" 2>/dev/null || true
rwarm=9999; for _ in 1 2 3; do read -r s _ < <(timed "$apa" report "$whole" -o "$work/report.html"); rwarm=$(echo "$s $rwarm" | awk '{print ($1<$2)?$1:$2}'); done
xwarm=9999; for _ in 1 2 3; do read -r s _ < <(timed "$apa" export xlsx "$whole" -o "$work/corpus.xlsx"); xwarm=$(echo "$s $xwarm" | awk '{print ($1<$2)?$1:$2}'); done

if command -v pdftotext >/dev/null 2>&1; then
  start=$(date +%s.%N)
  for f in "$work"/reports/*.pdf; do pdftotext -layout "$f" /dev/null 2>/dev/null || true; done
  ref=$(echo "$(date +%s.%N) $start" | awk '{printf "%.2f", $1 - $2}')
else
  ref=""
fi

echo "apa benchmark: $n PDF files ($copies copies of each corpus report), $(nproc) cores, $((rows - 1)) grade rows"
echo "  cold  apa grades         ${cold} s  $(echo "$n $cold" | awk '{printf "%.0f", $1/$2}') files/s  peak ${cold_mb} MB   (target: 2x faster than pdftotext, < 300 MB)"
echo "  warm  apa grades         ${warm} s   (target < 0.3 s)"
echo "  warm  apa compare        ${cwarm} s   (target < 0.3 s)"
echo "  warm  apa report         ${rwarm} s   ($whole, one HTML page; target < 1 s)"
echo "  warm  apa export xlsx    ${xwarm} s   ($whole, one workbook; target < 1 s)"
if [ -n "$ref" ]; then
  echo "  pdftotext -layout, one file after another: ${ref} s  $(echo "$n $ref" | awk '{printf "%.0f", $1/$2}') files/s"
  echo "  ratio pdftotext / apa cold: $(echo "$ref $cold" | awk '{printf "%.1f", $1/$2}')x"
else
  echo "  pdftotext not available: no reference ratio"
fi
cargo bench --quiet --bench seeds 2>/dev/null | grep '^seeds:' | sed 's/^/  /'
