#!/usr/bin/env bash
# Renders the hotline's prompt catalog to 8 kHz mono 16-bit audio for Asterisk.
# Run with --help for usage. Needs Debian's espeak-ng and sox (apt-get install espeak-ng sox).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
catalog="$here/../../ivr/src/main/resources/prompts/catalog.properties"
out="$here/out/yinling"
overrides=""
extras=()
# Mandarin. Not plain "cmn": Debian 12's espeak-ng 1.51 reads each character's pinyin tone number in
# English with it ("好" as "hao two", espeak-ng issues #1028/#1236). "cmn-latn-pinyin" is the same
# Mandarin voice, differing only in reading Latin letters as pinyin, which the catalog has none of.
voice="cmn-latn-pinyin"
rate=120
# The slow set (--pace slow) for elders whose record asks for slower prompts: espeak-ng's rate lower still.
slow_rate=90
pace="normal"
rate_given=0
out_given=0
recorded_only=0
format="wav"
force=0
digits=""
hold=""

usage() {
  cat <<'EOF'
Usage: render-prompts.sh [options]

Renders every prompt of the catalog (one "id=text" line each) to <out>/<id>.<format>,
8000 Hz, mono, 16-bit, with espeak-ng's Mandarin voice at a slow rate, for Asterisk's
STREAM FILE <sound directory>/<id> (hotline.ivr.sound-directory, default "yinling").

Options:
  --catalog FILE    the prompt catalog (default: ivr/src/main/resources/prompts/catalog.properties)
  --out DIR         where the sound files go (default: config/prompts/out/yinling); copy or point
                    it to /var/lib/asterisk/sounds/yinling on the Asterisk box
  --overrides DIR   recorded voice: a file DIR/<id>.(wav|mp3|flac|ogg|sln|gsm) replaces the
                    rendered one for that id (converted to the output format, never re-synthesised)
  --extra FILE      also render the texts the IVR could not cover: log lines
                    "MISSING-PROMPT say.<hash> <text>" (the application log will do) or "say.<hash>=<text>"
                    lines; may be given several times
  --voice NAME      espeak-ng voice (default: cmn-latn-pinyin, Mandarin; see the note in this script)
  --rate WPM        espeak-ng speed in words a minute (default: 120; espeak's own is 175)
  --pace PACE       normal (default) or slow: the set for elders whose record asks for slower
                    prompts, at 90 words a minute into config/prompts/out/yinling-slow unless --rate
                    or --out say otherwise; it belongs at /var/lib/asterisk/sounds/yinling-slow
                    (<hotline.ivr.sound-directory>-slow)
  --recorded-only   write only the prompts --overrides has a recording of: a dialect set
                    (<sound directory>-<set>, hotline.voice.prompt-sets), whose missing pieces the
                    IVR plays from the standard set, so no synthetic Mandarin ends up in it
  --format FMT      wav (default), sln (raw signed 16-bit, Asterisk's native slin) or gsm
  --asterisk-digits DIR
                    also render the number words Asterisk itself says in Chinese (queue position and
                    hold time: digits/0..9, 10..90, hundred, thousand, wan, minus), into DIR, which
                    belongs at /var/lib/asterisk/sounds/zh/digits
  --hold-music DIR  also render the hold sound of the agents' queue (a soft two-note chime every six
                    seconds, so a waiting caller knows the line is alive) to DIR/yinling-hold.<format>;
                    DIR belongs at /var/lib/asterisk/moh/yinling (config/asterisk/musiconhold.conf)
  --force           render everything again
  -h, --help        this text

Idempotent: a prompt is rendered again only when its text, the voice, the rate, the format or
its recorded override changed (<out>/.rendered remembers what each file was made from).
Writes <out>/lengths.txt ("id=milliseconds"), which the dial command reads with --lengths.
EOF
}

die() { echo "render-prompts: $*" >&2; exit 2; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --catalog) catalog="${2:?--catalog needs a file}"; shift 2 ;;
    --out) out="${2:?--out needs a directory}"; out_given=1; shift 2 ;;
    --overrides) overrides="${2:?--overrides needs a directory}"; shift 2 ;;
    --extra) extras+=("${2:?--extra needs a file}"); shift 2 ;;
    --voice) voice="${2:?--voice needs a name}"; shift 2 ;;
    --rate) rate="${2:?--rate needs a number}"; rate_given=1; shift 2 ;;
    --pace) pace="${2:?--pace needs normal or slow}"; shift 2 ;;
    --recorded-only) recorded_only=1; shift ;;
    --format) format="${2:?--format needs wav, sln or gsm}"; shift 2 ;;
    --force) force=1; shift ;;
    --asterisk-digits) digits="${2:?--asterisk-digits needs a directory}"; shift 2 ;;
    --hold-music) hold="${2:?--hold-music needs a directory}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

case "$pace" in
  normal) ;;
  slow)
    [[ $rate_given -eq 1 ]] || rate=$slow_rate
    [[ $out_given -eq 1 ]] || out="$here/out/yinling-slow" ;;
  *) die "--pace must be normal or slow" ;;
esac
[[ $recorded_only -eq 0 || -n "$overrides" ]] || die "--recorded-only needs --overrides"
[[ -r "$catalog" ]] || die "cannot read the catalog $catalog"
[[ "$rate" =~ ^[0-9]+$ ]] || die "--rate must be a number of words a minute"
case "$format" in wav|sln|gsm) ;; *) die "--format must be wav, sln or gsm" ;; esac
[[ -z "$overrides" || -d "$overrides" ]] || die "no override directory $overrides"
command -v espeak-ng >/dev/null || die "espeak-ng is missing (apt-get install espeak-ng)"
command -v sox >/dev/null || die "sox is missing (apt-get install sox)"
mkdir -p "$out"

# id<TAB>text lines: the catalog, then the extra texts (an id already seen keeps its first text).
prompts="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$prompts" "$work"' EXIT

read_catalog() {
  local line id text n=0
  while IFS= read -r line || [[ -n "$line" ]]; do
    n=$((n + 1))
    line="${line#"${line%%[![:space:]]*}"}"
    [[ -z "$line" || "$line" == \#* ]] && continue
    [[ "$line" == *=* ]] || die "$1:$n is not id=text: $line"
    id="${line%%=*}"; id="${id%"${id##*[![:space:]]}"}"
    text="${line#*=}"; text="${text#"${text%%[![:space:]]*}"}"
    [[ "$id" =~ ^[A-Za-z0-9_.-]+$ ]] || die "$1:$n has a bad id: $id"
    printf '%s\t%s\n' "$id" "$text"
  done < "$1"
}

read_extra() {
  local line id text
  while IFS= read -r line || [[ -n "$line" ]]; do
    if [[ "$line" =~ MISSING-PROMPT\ (say\.[0-9a-f]+)\ (.+)$ ]]; then
      id="${BASH_REMATCH[1]}"; text="${BASH_REMATCH[2]}"
    elif [[ "$line" =~ ^(say\.[0-9a-f]+)=(.+)$ ]]; then
      id="${BASH_REMATCH[1]}"; text="${BASH_REMATCH[2]}"
    else
      continue
    fi
    printf '%s\t%s\n' "$id" "$text"
  done < "$1"
}

read_catalog "$catalog" > "$prompts"
for f in "${extras[@]+"${extras[@]}"}"; do
  [[ -r "$f" ]] || die "cannot read $f"
  read_extra "$f" >> "$prompts"
done
# First text wins for an id (a log repeats its lines).
awk -F'\t' '!seen[$1]++' "$prompts" > "$work/prompts" && mv "$work/prompts" "$prompts"

manifest="$out/.rendered"
touch "$manifest"

# 8 kHz mono 16-bit in the chosen container; trims espeak's long silences to a short pause.
convert() {
  local in="$1" dest="$2"
  local tmp="$work/out.$format"
  local type=(-b 16)
  [[ "$format" == sln ]] && type=(-t raw -e signed-integer -b 16)
  [[ "$format" == gsm ]] && type=(-t gsm)
  sox "$in" -r 8000 -c 1 "${type[@]}" "$tmp" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0.05 0.15 norm -3 2>/dev/null \
    || sox "$in" -r 8000 -c 1 "${type[@]}" "$tmp"
  mv "$tmp" "$dest"
}

override_of() {
  local id="$1" ext
  [[ -z "$overrides" ]] && return 1
  for ext in wav mp3 flac ogg sln gsm; do
    if [[ -f "$overrides/$id.$ext" ]]; then echo "$overrides/$id.$ext"; return 0; fi
  done
  return 1
}

length_ms() {
  local file="$1" bytes
  case "$format" in
    sln) bytes=$(stat -c %s "$file"); echo $((bytes * 1000 / 16000)) ;;
    gsm) bytes=$(stat -c %s "$file"); echo $((bytes / 33 * 20)) ;;   # 33-byte frames of 20 ms
    *) soxi -D "$file" | awk '{ printf "%d", $1 * 1000 + 0.5 }' ;;
  esac
}

rendered=0; recorded=0; unchanged=0
: > "$work/lengths"
declare -A done_before=() length_before=()
while IFS=$'\t' read -r id stamp ms; do done_before["$id"]="$stamp"; length_before["$id"]="${ms:-}"; done < "$manifest"
: > "$work/manifest"

while IFS=$'\t' read -r id text; do
  dest="$out/$id.$format"
  if src="$(override_of "$id")"; then
    stamp="recorded $(sha1sum < "$src" | cut -c1-16)"
  elif [[ $recorded_only -eq 1 ]]; then
    rm -f "$dest"   # no recording (any more): the IVR takes this piece from the standard set
    continue
  else
    src=""
    stamp="$voice $rate $(printf '%s' "$text" | sha1sum | cut -c1-16)"
  fi
  if [[ $force -eq 0 && -f "$dest" && "${done_before[$id]:-}" == "$stamp" ]]; then
    unchanged=$((unchanged + 1))
  elif [[ -n "$src" ]]; then
    if [[ "$src" == *.sln ]]; then
      sox -t raw -e signed-integer -b 16 -r 8000 -c 1 "$src" "$work/in.wav"
      src="$work/in.wav"
    fi
    convert "$src" "$dest"
    recorded=$((recorded + 1))
  else
    espeak-ng -v "$voice" -s "$rate" -w "$work/tts.wav" -- "$text"
    convert "$work/tts.wav" "$dest"
    rendered=$((rendered + 1))
  fi
  if [[ $force -eq 0 && "${done_before[$id]:-}" == "$stamp" && -n "${length_before[$id]:-}" ]]; then
    ms="${length_before[$id]}"
  else
    ms="$(length_ms "$dest")"
  fi
  printf '%s\t%s\t%s\n' "$id" "$stamp" "$ms" >> "$work/manifest"
  printf '%s=%s\n' "$id" "$ms" >> "$work/lengths"
done < "$prompts"
cp "$work/manifest" "$manifest"

# Asterisk's own Chinese number words (main/say.c, ast_say_number_full_zh): digits/<n> for 0-9 and
# the tens, then hundred, thousand, wan. Few and quick: rendered every time.
if [[ -n "$digits" ]]; then
  mkdir -p "$digits"
  words=(0 零 1 一 2 二 3 三 4 四 5 五 6 六 7 七 8 八 9 九 10 十 20 二十 30 三十 40 四十 50 五十
         60 六十 70 七十 80 八十 90 九十 hundred 百 thousand 千 wan 万 minus 负)
  for ((i = 0; i < ${#words[@]}; i += 2)); do
    espeak-ng -v "$voice" -s "$rate" -w "$work/tts.wav" -- "${words[i + 1]}"
    convert "$work/tts.wav" "$digits/${words[i]}.$format"
  done
  echo "$(( ${#words[@]} / 2 )) Asterisk number words in $digits"
fi

# The queue's hold sound (musiconhold.conf [yinling-hold]): not speech, so not trimmed or normalised
# like a prompt; quiet, with the silence kept, because Asterisk loops it for the whole wait.
if [[ -n "$hold" ]]; then
  mkdir -p "$hold"
  sox -n -r 8000 -c 1 -b 16 "$work/c5.wav" synth 0.4 sine 523.25 fade h 0.05 0.4 0.15 vol 0.3
  sox -n -r 8000 -c 1 -b 16 "$work/e5.wav" synth 0.6 sine 659.25 fade h 0.05 0.6 0.35 vol 0.3
  sox "$work/c5.wav" "$work/e5.wav" "$work/hold.wav" pad 0 5
  case "$format" in
    sln) sox "$work/hold.wav" -t raw -e signed-integer -b 16 "$hold/yinling-hold.sln" ;;
    gsm) sox "$work/hold.wav" -t gsm "$hold/yinling-hold.gsm" ;;
    *) cp "$work/hold.wav" "$hold/yinling-hold.wav" ;;
  esac
  echo "hold sound in $hold/yinling-hold.$format"
fi

# Lengths for the simulator (dial --lengths), and a summary.
lengths="$out/lengths.txt"
{ echo "# Milliseconds each prompt plays, written by render-prompts.sh"; cat "$work/lengths"; } > "$lengths"

total=$(wc -l < "$work/lengths")   # with --recorded-only, the recorded ones
awk -F= -v total="$total" -v r="$rendered" -v o="$recorded" -v u="$unchanged" -v out="$out" '
  { ms[NR] = $2; sum += $2; if (NR == 1 || $2 < min) { min = $2; minid = $1 } if ($2 > max) { max = $2; maxid = $1 } }
  END {
    printf "%d prompts in %s: %d rendered, %d from recordings, %d unchanged\n", total, out, r, o, u
    printf "durations: total %.1f s, mean %.2f s, shortest %.2f s (%s), longest %.2f s (%s)\n",
      sum / 1000, sum / NR / 1000, min / 1000, minid, max / 1000, maxid
  }' "$work/lengths"
