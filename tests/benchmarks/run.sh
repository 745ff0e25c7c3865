#!/usr/bin/env bash
# Measures fast-committee against minimal Qt programs doing the least possible same work, in one run,
# and writes docs/benchmarks.md. Issue #7 item 2 and issue #6 item 4.
#
#   tests/benchmarks/run.sh [--with-libreoffice] [--runs N] [--build DIR] [--out FILE] [--no-qbench]
#
# --with-libreoffice  installs libreoffice-calc-nogui with apt when soffice is missing (root or sudo),
#                     then times `soffice --headless --convert-to pdf` of the same 40-row table against
#                     `fast-committee export pdf`. Without it, and without soffice, that line is skipped.
# --runs N            whole-process runs per measurement (default 7); the median is reported.
# --build DIR         the Release build directory (default build-release); the generated databases are
#                     cached in DIR/bench-data (delete it to regenerate).
#
# Every process runs with QT_QPA_PLATFORM=offscreen: it needs no X server, paints into memory the same
# way on every machine, and leaves the figures free of a window manager's and a GPU's timing. The
# application and its baseline alternate run by run, so that a load on the machine weighs on both alike;
# the ratio is the figure to compare between machines, the times are this machine's.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build-release"
out="$root/docs/benchmarks.md"
runs=7
with_libreoffice=0
qbench=1
while [ $# -gt 0 ]; do
    case "$1" in
    --with-libreoffice) with_libreoffice=1 ;;
    --runs) runs="$2"; shift ;;
    --build) build="$2"; shift ;;
    --out) out="$2"; shift ;;
    --no-qbench) qbench=0 ;;
    *) echo "usage: $0 [--with-libreoffice] [--runs N] [--build DIR] [--out FILE] [--no-qbench]" >&2; exit 2 ;;
    esac
    shift
done
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 FAST_COMMITTEE_OPERATOR=benchmarks
unset FAST_COMMITTEE_DB
# The window reopens the last database from QSettings: a private configuration keeps the user's apart.
export XDG_CONFIG_HOME="$build/bench-data/config" XDG_RUNTIME_DIR="$build/bench-data/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

benches=(bench_import bench_candidates bench_ranking bench_pdf bench_summary bench_importundo bench_notetoranking)
baselines=(baseline_label baseline_candidates baseline_csvimport baseline_summary baseline_ranking baseline_pdf)
echo "== build (Release, $build)"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target fast-committee "${benches[@]}" "${baselines[@]}" >/dev/null
app="$build/fast-committee"
bin="$build/tests"
data="$build/bench-data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== databases (cached in $data)"
for n in 1000 10000 100000; do
    if [ ! -f "$data/$n/committee.sqlite" ]; then
        rm -rf "${data:?}/$n"
        extra=()
        [ "$n" = 100000 ] && extra=(--scored-fraction 0.1)
        python3 "$root/tests/tools/generate_committee.py" --candidates "$n" --out "$data/$n" --exe "$app" "${extra[@]}"
    fi
done
# One file of 10 000 rows: the 100 promotions' files of the 10 000 database, one header.
csv10k="$data/import-10000.csv"
if [ ! -f "$csv10k" ]; then
    first=1
    for f in "$data"/10000/csv/fast*_candidats.csv; do
        if [ $first = 1 ]; then cat "$f"; first=0; else tail -n +2 "$f"; fi
    done >"$csv10k"
fi
# A promotion of 40 laureates (past decisions imported) and the same rows as a plain table.
pdfdb="$data/pdf-40.sqlite"
table40="$data/laureates-40.csv"
if [ ! -f "$pdfdb" ]; then
    {
        printf 'projet;administration;incubateur;type;phase;budget_annuel;montant_demande;description;decision;montant_accorde\r\n'
        for i in $(seq 1 40); do
            printf 'Service numérique n° %d;Ministère de la Transition écologique;beta.gouv.fr;produit;construction;%d 000 €;150 000 €;Simplifier la démarche;laureat;150 000 €\r\n' "$i" $((300 + i))
        done
    } >"$data/laureates-40-import.csv"
    "$app" --db "$pdfdb" promotion add 13 --year 2024 --envelope "6 000 000 €" >/dev/null
    "$app" --db "$pdfdb" import --promotion 13 "$data/laureates-40-import.csv" >/dev/null
fi
{
    printf 'Projet;Administration;Montant accordé\n'
    for i in $(seq 1 40); do printf 'Service numérique n° %d;Ministère de la Transition écologique;150 000,00 €\n' "$i"; done
} >"$table40"
# A fresh database holding promotion 1, copied before each timed import.
importdb="$work/import-template.sqlite"
"$app" --db "$importdb" promotion add 1 --year 2024 --envelope "900 000 000 €" >/dev/null

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME PREPARE_APP APP_COMMAND -- PREPARE_BASE BASE_COMMAND: alternates the two $runs times
# (after one untimed warm-up each, so that both start with the libraries in the page cache) and sets
# app_ms, base_ms, app_cpu, base_cpu, app_rss (MiB, the largest of the runs).
measure() {
    local name="$1" prep_app="$2" prep_base
    shift 2
    local app_cmd=() base_cmd=()
    while [ "$1" != "--" ]; do app_cmd+=("$1"); shift; done
    shift
    prep_base="$1"
    shift
    base_cmd=("$@")
    rm -f "$work/app.samples" "$work/base.samples"
    eval "$prep_app"; "${app_cmd[@]}" >/dev/null 2>&1 || true
    eval "$prep_base"; "${base_cmd[@]}" >/dev/null 2>&1 || true
    for _ in $(seq 1 "$runs"); do
        time_once_to "$work/app" "$prep_app" "${app_cmd[@]}"
        time_once_to "$work/base" "$prep_base" "${base_cmd[@]}"
    done
    app_ms=$(cut -d' ' -f1 "$work/app.samples" | median)
    base_ms=$(cut -d' ' -f1 "$work/base.samples" | median)
    app_cpu=$(cut -d' ' -f2 "$work/app.samples" | median)
    base_cpu=$(cut -d' ' -f2 "$work/base.samples" | median)
    app_rss=$(cut -d' ' -f3 "$work/app.samples" | sort -n | tail -1 | awk '{ printf "%.1f", $1 / 1024 }')
    printf '%-40s app %8.1f ms (cpu %5s)  baseline %8.1f ms (cpu %5s)  ratio %5.2f  peak %s MiB\n' "$name" \
        "$app_ms" "$app_cpu" "$base_ms" "$base_cpu" "$(ratio "$app_ms" "$base_ms")" "$app_rss"
}
# time_once_to WHICH PREPARE COMMAND...: runs PREPARE untimed, then COMMAND; appends "wall_ms cpu_ms
# rss_kib" to WHICH.samples. Wall time from the clock around the process, CPU and peak RSS from GNU time.
time_once_to() {
    local which="$1" prepare="$2"
    shift 2
    eval "$prepare"
    local started ended
    started=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "FAILED: $*" >&2
        cat "$work/stderr" >&2
        exit 1
    }
    ended=$(date +%s%N)
    read -r user system rss <"$work/time"
    awk -v w=$(((ended - started) / 1000)) -v u="$user" -v s="$system" -v m="$rss" \
        'BEGIN { printf "%.1f %.0f %d\n", w / 1000, (u + s) * 1000, m }' >>"$which.samples"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
# met VALUE LIMIT: "yes" when VALUE <= LIMIT
met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "**no**" }'; }

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
fmt() { awk -v v="$1" 'BEGIN { printf (v >= 100) ? "%.0f ms" : "%.1f ms", v }'; }

echo "== whole-process runs ($runs each, median; offscreen)"
for n in 1000 10000 100000; do
    measure "start + first paint, $n candidates" "" "$app" --db "$data/$n/committee.sqlite" --quit-after-show \
        -- "" "$bin/baseline_label"
    limit=3
    [ "$n" = 100000 ] && limit=6
    r=$(ratio "$app_ms" "$base_ms")
    [ "$n" = 10000 ] && start_rss=$app_rss
    label=$(printf '%d' "$n" | sed -E ':a; s/([0-9])([0-9]{3})($| )/\1 \2\3/; ta')
    if [ "$n" = 10000 ]; then
        row "Start to first painted window, $label candidates" "$(fmt "$app_ms") (CPU ${app_cpu} ms)" \
            "$(fmt "$base_ms") (CPU ${base_cpu} ms), bare QApplication + QLabel" "$r×" "—" "—"
    else
        row "Start to first painted window, $label candidates" "$(fmt "$app_ms") (CPU ${app_cpu} ms)" \
            "$(fmt "$base_ms") (CPU ${base_cpu} ms), bare QApplication + QLabel" "$r×" "≤ ${limit}×" "$(met "$r" "$limit")"
    fi
    [ "$n" = 10000 ] && {
        measure "start, 10000: vs a table of the promotion" "" "$app" --db "$data/$n/committee.sqlite" \
            --quit-after-show -- "" "$bin/baseline_candidates" "$data/$n/committee.sqlite" 100
        row "Start, 10 000 candidates, against a QTableView of the shown promotion's 100 rows" "$(fmt "$app_ms")" \
            "$(fmt "$base_ms"), QSqlQuery → QStandardItemModel → QTableView" "$(ratio "$app_ms" "$base_ms")×" "—" "—"
    }
done
row "Peak memory, start + show, 10 000 candidates" "$start_rss MiB" "—" "—" "< 120 MiB" "$(met "$start_rss" 120)"

measure "import 10000 rows" "cp $importdb $work/import.sqlite; rm -f $work/import.sqlite-wal $work/import.sqlite-shm" \
    "$app" --db "$work/import.sqlite" import --promotion 1 "$csv10k" \
    -- "rm -f $work/baseline.sqlite*" "$bin/baseline_csvimport" "$csv10k" "$work/baseline.sqlite"
row "\`import\` of 10 000 rows, whole process (read, check, write, audit)" "$(fmt "$app_ms") (CPU ${app_cpu} ms)" \
    "$(fmt "$base_ms") (CPU ${base_cpu} ms), QFile + split + one prepared INSERT, one transaction" \
    "$(ratio "$app_ms" "$base_ms")×" "< 300 ms" "$(met "$app_ms" 300)"
row "Peak memory, \`import\` of 10 000 rows" "$app_rss MiB" "—" "—" "< 120 MiB" "$(met "$app_rss" 120)"

measure "summary, 10000" "" "$app" --db "$data/10000/committee.sqlite" summary \
    -- "" "$bin/baseline_summary" "$data/10000/committee.sqlite"
row "\`summary\`, 10 000 candidates, whole process" "$(fmt "$app_ms")" "$(fmt "$base_ms"), one SQL SUM … GROUP BY" \
    "$(ratio "$app_ms" "$base_ms")×" "—" "—"

measure "rank, one promotion of the 10000 db" "" "$app" --db "$data/10000/committee.sqlite" rank --promotion 100 \
    -- "" "$bin/baseline_ranking" 100
row "\`rank\` of a promotion (100 candidates, 5 members), whole process" "$(fmt "$app_ms")" \
    "$(fmt "$base_ms"), sort of 100 precomputed scores" "$(ratio "$app_ms" "$base_ms")×" "—" "—"

measure "export pdf, 40 laureates" "rm -f $work/app.pdf" "$app" --db "$pdfdb" export pdf --promotion 13 -o "$work/app.pdf" \
    -- "rm -f $work/base.pdf" "$bin/baseline_pdf" "$table40" "$work/base.pdf"
r=$(ratio "$app_ms" "$base_ms")
row "\`export pdf\`, 40 laureates, whole process" "$(fmt "$app_ms") (CPU ${app_cpu} ms)" \
    "$(fmt "$base_ms") (CPU ${base_cpu} ms), QTextDocument table → QPdfWriter" "$r×" "≤ 2×" "$(met "$r" 2)"

soffice_line=""
if ! command -v soffice >/dev/null 2>&1 && [ $with_libreoffice = 1 ]; then
    echo "== installing libreoffice-calc-nogui (--with-libreoffice)"
    sudo_cmd=()
    [ "$(id -u)" != 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui
fi
if command -v soffice >/dev/null 2>&1; then
    # Its own profile directory, created by the warm-up run, so that no run pays the first start's setup.
    lo_profile="file://$data/lo-profile"
    measure "soffice --convert-to pdf, 40 rows" "rm -f $work/app.pdf" "$app" --db "$pdfdb" export pdf --promotion 13 \
        -o "$work/app.pdf" -- "rm -f $work/lo/laureates-40.pdf" soffice "-env:UserInstallation=$lo_profile" \
        --headless --convert-to pdf --outdir "$work/lo" "$table40"
    r=$(ratio "$base_ms" "$app_ms")
    row "LibreOffice headless converting the same 40-row table (CSV → PDF), whole process" "$(fmt "$app_ms")" \
        "$(fmt "$base_ms"), soffice --headless --convert-to pdf" "LibreOffice takes $r× as long" "many times faster" \
        "$(awk -v r="$r" 'BEGIN { print (r >= 3) ? "yes" : "**no**" }')"
else
    soffice_line="LibreOffice: skipped (soffice is not installed; run with --with-libreoffice to install libreoffice-calc-nogui and measure it)."
    echo "$soffice_line"
fi

qrows=()
if [ $qbench = 1 ]; then
    echo "== in-process QBENCHMARK suites (application function beside its baseline, same run)"
    # qresult BENCH FUNCTION[:ROW]: msecs per iteration
    declare -A qms
    for b in "${benches[@]}"; do
        "$bin/$b" -minimumtotal 1000 >"$work/$b.txt" 2>&1 || { cat "$work/$b.txt"; exit 1; }
        # "RESULT : Class::function():"data row":" then "     1,234 msecs per iteration ..." give
        # "function:data row<TAB>1234". A result a suite times itself (QTest::setBenchmarkResult, such as
        # the undo alone after an untimed import) comes as "     194 msecs".
        awk '/^RESULT : / { name = substr($0, 10); sub(/^[^:]*::/, "", name); sub(/\(\):?/, ":", name)
                            gsub(/"/, "", name); sub(/:$/, "", name); next }
             /msecs per iteration/ || /^ +[0-9.,]+ msecs$/ { value = $1; gsub(/,/, "", value); print name "\t" value }' \
            "$work/$b.txt" >"$work/$b.tsv"
        while IFS=$'\t' read -r k v; do qms["$k"]="$v"; done <"$work/$b.tsv"
    done
    qrow() { # label app_key base_key
        local a="${qms[$2]:-}" b="${qms[$3]:-}"
        qrows+=("| $1 | $a ms | $b ms | $(ratio "$a" "$b")× |")
    }
    qrow "Import 10 000 rows (parse, check, write, audit; fresh database)" importTenThousandRows baselineTenThousandRows
    qrow "Candidates list of a 10 000-candidate promotion (store read + table model)" applicationModel10000 baselineModel10000
    qrow "Ranking from scratch, 10 000 candidates × 9 members × 5 criteria" "rankFromScratch:10 000 candidates x 9 members x 5 criteria" "baselineSort:10 000 candidates x 9 members x 5 criteria"
    qrow "Re-rank after one note, 10 000 candidates" "changeOneNoteThenRerank:10 000 candidates x 9 members x 5 criteria" "baselineSort:10 000 candidates x 9 members x 5 criteria"
    qrow "PDF of 40 laureates (in memory)" applicationPdf40 baselinePdf40
    qrow "Summary of 100 promotions, 10 000 candidates" applicationSummary10000 baselineSum10000
    qrow "Undo of a 2 000-row import, the command on the store (target < 100 ms)" undoImport2000 baselineDelete2000
    qrow "Undo of a 2 000-row import from the window, candidates tab shown" undoImport2000InWindow baselineDelete2000
    qrow "Typed note to a painted ranking, 200 candidates × 9 members, through the window (target < 5 ms)" typedNoteToPaintedRanking200 baselineSortAndPaint200
    qrow "Typed note to the painted grid alone, 200 candidates × 9 members" typedNoteInGrid200 baselineSortAndPaint200
    printf '%s\n' "${qrows[@]}"
fi

echo "== writing $out"
# What follows the notes marker in the results file (the profile and what was changed) is kept.
notes=""
[ -f "$out" ] && notes="$(sed -n '/^<!-- notes: kept by run.sh -->$/,$p' "$out")"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
dirty=""
[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ] && dirty=" (with uncommitted changes)"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mkdir -p "$(dirname "$out")"
{
    echo "# Benchmarks"
    echo
    echo "Written by \`tests/benchmarks/run.sh\` (\`scripts/benchmarks.sh\` runs it): do not edit by hand, run it again."
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit$dirty"
    echo "- Machine: $cpu, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end of the run"
    echo "- Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6), Release build, QT_QPA_PLATFORM=offscreen"
    echo
    echo "## Whole process"
    echo
    echo "Median of $runs runs, the application and its baseline alternating in the same run; wall time from"
    echo "start to exit, CPU = user + system. A baseline is a minimal Qt program doing the least possible same"
    echo "work (\`tests/benchmarks/baseline_*.cpp\`). On a loaded machine the wall times grow, both alike."
    echo
    echo "| What | Application | Baseline | Ratio | Target | Met? |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    [ -n "$soffice_line" ] && { echo; echo "$soffice_line"; }
    if [ ${#qrows[@]} -gt 0 ]; then
        echo
        echo "## In process (QBENCHMARK)"
        echo
        echo "\`build-release/tests/bench_*\`, each application function beside its baseline function in the same"
        echo "program, milliseconds per iteration (wall clock)."
        echo
        echo "| What | Application | Baseline | Ratio |"
        echo "|---|---|---|---|"
        printf '%s\n' "${qrows[@]}"
    fi
    if [ -n "$notes" ]; then
        echo
        echo "$notes"
    fi
} >"$out"
echo "done: $out"
