#!/usr/bin/env bash
# Times whosaid beside `wc -w` on one corpus, and measures start-up, the
# one-core vs two-core speed-up on a folder, and peak memory on a long JSONL
# stream. Prints one line per figure; the corpus is the project's own fixture
# articles repeated (no third-party text).
#
#   scripts/bench.sh [CORPUS_MB] [STREAM_MB]     defaults: 40 and 256
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_mb=${1:-40}
stream_mb=${2:-256}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/release/whosaid"

# Corpus: the fixture articles, repeated.
python3 - "$work" "$corpus_mb" "$stream_mb" <<'PY'
import json, os, pathlib, sys
work, corpus_mb, stream_mb = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
articles = [p.read_text() for p in sorted(pathlib.Path("tests/fixtures/articles").glob("*.txt"))]
with open(work / "corpus.txt", "w") as out:
    size = 0
    while size < corpus_mb << 20:
        for a in articles:
            out.write(a + "\n\n"); size += len(a.encode()) + 2
folder = work / "folder"
folder.mkdir()
for i in range(10_000):
    (folder / f"{i:05}.txt").write_text(articles[i % len(articles)])
(work / "six-kb.txt").write_text(("\n\n".join(articles))[:6000])
with open(work / "stream.jsonl", "w") as out:
    size, i = 0, 0
    while size < stream_mb << 20:
        line = json.dumps({"id": i, "text": articles[i % len(articles)]}) + "\n"
        out.write(line); size += len(line); i += 1
PY

seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1; }
bytes=$(stat -c %s "$work/corpus.txt")

read -r wc_s _ < <(seconds wc -w "$work/corpus.txt")
read -r ws_s ws_kb < <(seconds "$bin" check --no-config --threads 1 --format json "$work/corpus.txt" || true)
mbps() { python3 -c "print(f'{$bytes / 1e6 / max($1, 1e-9):.1f}')"; }
echo "corpus: $((bytes >> 20)) MiB of fixture articles"
echo "wc -w:             $(mbps "$wc_s") MB/s"
echo "whosaid (1 core):  $(mbps "$ws_s") MB/s, peak $((ws_kb / 1024)) MiB ($(python3 -c "print(f'{$ws_kb * 1024 / $bytes:.1f}')")x the input)"
echo "ratio:             $(python3 -c "print(f'{$ws_s / max($wc_s, 1e-9):.1f}')")x the time of wc -w"

start=$(date +%s%N)
for _ in $(seq 20); do "$bin" check --no-config "$work/six-kb.txt" > /dev/null || true; done
echo "start-up (6 kB article): $(( ($(date +%s%N) - start) / 20000000 )) ms a run"

read -r one _ < <(seconds "$bin" check --no-config --threads 1 --format line "$work/folder" || true)
read -r two _ < <(seconds "$bin" check --no-config --threads 2 --format line "$work/folder" || true)
echo "folder of 10,000 articles: ${one} s on 1 thread, ${two} s on 2 ($(python3 -c "print(f'{$one / max($two, 1e-9):.2f}')")x)"

read -r st_s st_kb < <(seconds "$bin" check --no-config --input-format jsonl --format jsonl "$work/stream.jsonl" || true)
echo "JSONL stream of ${stream_mb} MiB: ${st_s} s, peak $((st_kb / 1024)) MiB"
