#!/usr/bin/env bash
# Times whosaid beside `wc -w` on one corpus, and measures start-up, the
# one-core vs two-core speed-up on a folder, peak memory on a long JSONL
# stream, how time grows with the input, and the time and memory per byte of
# hostile input shapes. Prints one line per figure; the corpus is the
# project's own fixture articles repeated (no third-party text).
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
# A tenth of the corpus, for how time grows with the input.
corpus = (work / "corpus.txt").read_text()
(work / "tenth.txt").write_text(corpus[: len(corpus) // 10])
# Hostile shapes, each a few MB, made of the fixtures' own words.
words = [w.strip(".?!“”\"") for w in " ".join(articles).split()]
words = [w for w in words if w]
shapes = work / "shapes"
shapes.mkdir()
prose = " ".join(words)
(shapes / "paragraph-without-full-stop.txt").write_text((prose + " ") * ((4 << 20) // len(prose) + 1))
(shapes / "100k-quote-marks.txt").write_text(" ".join(f"“{words[i % len(words)]}” said {words[(i * 7) % len(words)]}." for i in range(50_000)))
(shapes / "50k-sources.txt").write_text("\n\n".join(f"Ana {chr(65 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}{chr(97 + i // 17576 % 26)}, a clerk, said the port will close." for i in range(50_000)))
(shapes / "unattributed-paragraph-figure-last.txt").write_text("the mill will close and " * 170_000 + "then 42 apples.\n")
(shapes / "10k-nested-brackets.txt").write_text(("(" * 10_000 + "the mayor said the port will close" + ")" * 10_000 + ".\n\n") * 200)
with open(work / "stream.jsonl", "w") as out:
    size, i = 0, 0
    while size < stream_mb << 20:
        line = json.dumps({"id": i, "text": articles[i % len(articles)]}) + "\n"
        out.write(line); size += len(line); i += 1
PY

seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1; }
# Two commands whose times are compared, run in turn three times (A B A B A
# B): prints the fastest time and the largest peak of each, A's first; a run
# that /usr/bin/time could not measure is left out. A shared host's load only
# ever adds time, and run in turn a burst of it falls on both sides of a
# ratio instead of on whichever ran during it.
#   best_of_3_pair A_COMMAND... ::: B_COMMAND...
best_of_3_pair() {
  local -a first=() second=()
  while [[ $1 != ::: ]]; do first+=("$1"); shift; done
  shift
  second=("$@")
  for _ in 1 2 3; do
    echo "a $(seconds "${first[@]}" || true)"
    echo "b $(seconds "${second[@]}" || true)"
  done | awk 'NF < 3 { next }
              { t = $2 + 0; m = $3 + 0 }
              !($1 in s) || t < s[$1] { s[$1] = t }
              m > kb[$1] { kb[$1] = m }
              END { print s["a"], kb["a"], s["b"], kb["b"] }'
}
bytes=$(stat -c %s "$work/corpus.txt")

read -r wc_s _ ws_s ws_kb < <(best_of_3_pair wc -w "$work/corpus.txt" \
  ::: "$bin" check --no-config --threads 1 --format json "$work/corpus.txt")
mbps() { python3 -c "print(f'{$bytes / 1e6 / max($1, 1e-9):.1f}')"; }
echo "corpus: $((bytes >> 20)) MiB of fixture articles"
echo "wc -w:             $(mbps "$wc_s") MB/s"
echo "whosaid (1 core):  $(mbps "$ws_s") MB/s, peak $((ws_kb / 1024)) MiB ($(python3 -c "print(f'{$ws_kb * 1024 / $bytes:.1f}')")x the input)"
echo "ratio:             $(python3 -c "print(f'{$ws_s / max($wc_s, 1e-9):.1f}')")x the time of wc -w"

# News prose, when the PolNeAR evaluation set sits beside the project
# (../shared/eval, or $WHOSAID_NEWS_JSONL): read at run time into the
# temporary folder, never copied into the project. Fixture articles are
# denser in quotes and sources than news, so their figures are the harder.
news_jsonl=${WHOSAID_NEWS_JSONL:-../shared/eval/polnear-train.jsonl}
if [[ -f "$news_jsonl" ]]; then
  python3 - "$news_jsonl" "$work/news.txt" "$corpus_mb" <<'PY'
import json, sys
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    size = 0
    while size < int(sys.argv[3]) << 20:
        for t in texts:
            out.write(t + "\n\n"); size += len(t.encode()) + 2
PY
  news_bytes=$(stat -c %s "$work/news.txt")
  read -r nwc_s _ nws_s nws_kb < <(best_of_3_pair wc -w "$work/news.txt" \
    ::: "$bin" check --no-config --threads 1 --format json "$work/news.txt")
  python3 -c "
b, wc, ws, kb = $news_bytes, $nwc_s, $nws_s, $nws_kb
print(f'news prose ({b >> 20} MiB of PolNeAR texts): wc -w {b / 1e6 / max(wc, 1e-9):.1f} MB/s, '
      f'whosaid {b / 1e6 / max(ws, 1e-9):.1f} MB/s ({ws / max(wc, 1e-9):.1f}x the time), '
      f'peak {kb >> 10} MiB ({kb * 1024 / b:.1f}x the input)')"
fi

start=$(date +%s%N)
for _ in $(seq 20); do "$bin" check --no-config "$work/six-kb.txt" > /dev/null || true; done
echo "start-up (6 kB article): $(( ($(date +%s%N) - start) / 20000000 )) ms a run"

read -r one _ two _ < <(best_of_3_pair "$bin" check --no-config --threads 1 --format line "$work/folder" \
  ::: "$bin" check --no-config --threads 2 --format line "$work/folder")
echo "folder of 10,000 articles: ${one} s on 1 thread, ${two} s on 2 ($(python3 -c "print(f'{$one / max($two, 1e-9):.2f}')")x)"

read -r st_s st_kb < <(seconds "$bin" check --no-config --input-format jsonl --format jsonl "$work/stream.jsonl" || true)
echo "JSONL stream of ${stream_mb} MiB: ${st_s} s, peak $((st_kb / 1024)) MiB"

# The whole corpus is timed again beside its tenth, each run in turn.
read -r tenth_s _ whole_s _ < <(best_of_3_pair "$bin" check --no-config --threads 1 --format json "$work/tenth.txt" \
  ::: "$bin" check --no-config --threads 1 --format json "$work/corpus.txt")
echo "growth: a tenth of the corpus in ${tenth_s} s, all of it in ${whole_s} s ($(python3 -c "print(f'{$whole_s / max($tenth_s, 1e-9):.1f}')")x the time for 10x the input)"

# Peak memory of every output format on the whole corpus, per input byte (on
# a small input the process's own few MiB would weigh): a renderer that
# builds its whole document in memory shows here (SARIF once cost 45x).
by_format=""
for format in text line json yaml sarif github rdjsonl jsonl; do
  read -r _ f_kb < <(seconds "$bin" check --no-config --threads 1 --format "$format" "$work/corpus.txt" || true)
  by_format+=" $format $(python3 -c "print(f'{$f_kb * 1024 / $bytes:.1f}')")x"
done
echo "peak memory by format (the corpus):$by_format"

# Per byte, against the corpus: seconds per MB, and peak memory per input byte.
for shape in "$work"/shapes/*.txt; do
  shape_bytes=$(stat -c %s "$shape")
  read -r sh_s sh_kb < <(seconds "$bin" check --no-config --threads 1 --format json "$shape" || true)
  python3 -c "
b, s, kb, cb, cs = $shape_bytes, $sh_s, $sh_kb, $bytes, $ws_s
print(f'shape $(basename "$shape" .txt): {b / 1e6:.1f} MB in {s} s, '
      f'{(s / b) / max(cs / cb, 1e-12):.1f}x the corpus time per byte, peak {kb * 1024 / b:.1f}x the input')"
done
