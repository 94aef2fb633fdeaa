#!/usr/bin/env bash
# Fills the working corpora (corpus/<target>/, git-ignored) from the committed seeds and, when it
# is there, the reference corpus in ../shared/corpus (read at run time, never copied into git).
# Files over MAX_BYTES (default 128 KiB) are skipped: they slow every execution.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${SHARED_CORPUS:-$here/../../../shared/corpus}"
max="${MAX_BYTES:-131072}"
mkdir -p "$here/corpus/generate_yaml" "$here/corpus/generate_json"
cp "$here"/seeds/yaml/* "$here/corpus/generate_yaml/"
cp "$here"/seeds/json/* "$here/corpus/generate_json/"
# JSON is YAML too: the JSON seeds also feed the YAML target.
cp "$here"/seeds/json/* "$here/corpus/generate_yaml/"
if [ -d "$shared" ]; then
    n=0
    while IFS= read -r -d '' f; do
        name="shared_$(echo "$f" | sed -e "s|^$shared/||" -e 's|/|_|g')"
        case "$f" in
            *.json) cp "$f" "$here/corpus/generate_json/$name"; cp "$f" "$here/corpus/generate_yaml/$name" ;;
            *) cp "$f" "$here/corpus/generate_yaml/$name" ;;
        esac
        n=$((n + 1))
    done < <(find "$shared" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) -size -"$max"c -print0)
    echo "seeded $n files from $shared"
else
    echo "no reference corpus at $shared: committed seeds only"
fi
