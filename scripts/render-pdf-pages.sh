#!/usr/bin/env bash
# Renders the first pages of a full draft's PDF to PNG, to look at with your own eyes.
#   scripts/render-pdf-pages.sh [OUT-DIR] [PAGES] [RESOLUTION]
# OUT-DIR defaults to bench/out/pdf-pages, PAGES to 14, RESOLUTION (dpi) to 60.
# The draft is a "full draft" (pactdesk.testing.samples.full_items: every field
# filled with ~400 words of Polish, Greek, Bulgarian, German, French, Czech and
# Romanian, data points and references), made in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-bench/out/pdf-pages}"
pages="${2:-14}"
dpi="${3:-60}"
PY=".venv/bin/python"; [ -x "$PY" ] || PY="python3"
command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: install poppler-utils (scripts/setup.sh test)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/page-*.png
PACTDESK_HOME="$work/home" "$PY" - "$work" "$out/full-draft.pdf" <<'PYEOF'
import sys
from pathlib import Path

from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
from pactdesk.services.drafts import Draft
from pactdesk.services.pdf_export import export_pdf
from pactdesk.testing.samples import full_items

work, target = Path(sys.argv[1]), Path(sys.argv[2])
draft = Draft.create(work / "full.pactdesk", framework=shipped_framework("pact-2010"),
                     framework_raw=shipped_framework_bytes("pact-2010"), member_state="PL",
                     cycle=2010, language="pl", author="render-pdf-pages")
draft.save_many(full_items(draft.framework), author="render-pdf-pages")
export_pdf(draft, target)
draft.close()
PYEOF
pdftoppm -png -r "$dpi" -f 1 -l "$pages" "$out/full-draft.pdf" "$out/page"
echo "Wrote $(ls "$out"/page-*.png | wc -l) pages of $out/full-draft.pdf to $out/page-*.png"
