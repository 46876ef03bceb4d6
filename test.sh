#!/usr/bin/env bash
# Set up and run the whole test suite: a .venv with the test extras, Chromium and a CJK font
# for the browser tests (from Debian, when missing and we are root), then pytest.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x .venv/bin/python ]; then
    python3.11 -m venv .venv
fi
.venv/bin/pip install -q -e '.[test]'

if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; } ||
        echo "test.sh: could not install chromium; the browser tests will not run" >&2
fi

exec .venv/bin/pytest -q "$@"
