#!/usr/bin/env bash
# Build Newsroom desk 新闻编辑部 as a one-folder application with PyInstaller.
#
#   bash packaging/build.sh [--venv DIR] [--dist DIR] [--work DIR]
#
# Makes (or reuses) a virtual environment, installs the newsroom and PyInstaller into it,
# compiles the translations (resources/i18n/*.ts -> .qm) and runs packaging/newsroom.spec.
# The result is DIST/newsroom/ (default: dist/newsroom/ in the repository), with the
# executable DIST/newsroom/newsroom (newsroom.exe and newsroom-cli.exe on Windows).
#
# Environment: PYTHON (the interpreter that makes the venv, default python3),
# NEWSROOM_BUILD_VENV, NEWSROOM_DIST, NEWSROOM_BUILD_DIR (same as the options).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${NEWSROOM_BUILD_VENV:-$ROOT/build/venv}"
DIST="${NEWSROOM_DIST:-$ROOT/dist}"
WORK="${NEWSROOM_BUILD_DIR:-$ROOT/build/pyinstaller}"
PYTHON="${PYTHON:-python3}"

while [ $# -gt 0 ]; do
    case "$1" in
        --venv) VENV="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

step() { printf '\n== %s\n' "$*"; }
start=$(date +%s)
cd "$ROOT"

step "virtual environment: $VENV"
if [ ! -d "$VENV" ]; then
    "$PYTHON" -m venv "$VENV"
fi
if [ -x "$VENV/Scripts/python.exe" ]; then   # Windows (Git Bash, MSYS2)
    BIN="$VENV/Scripts"
else
    BIN="$VENV/bin"
fi
PY="$BIN/python"

step "installing the newsroom and PyInstaller"
extras=()
case "$(uname -s)" in
    # PyInstaller turns the PNG app icon into .ico / .icns with Pillow.
    Darwin|MINGW*|MSYS*|CYGWIN*) extras+=(pillow) ;;
esac
"$PY" -m pip install -q --upgrade pip
# psycopg[binary]: a shared newsroom on PostgreSQL, with libpq inside the wheel.
"$PY" -m pip install -q . "pyinstaller>=6.10" "psycopg[binary]>=3.1" "${extras[@]}"

step "translations"
shopt -s nullglob
ts_files=(resources/i18n/*.ts)
if [ ${#ts_files[@]} -eq 0 ]; then
    echo "no resources/i18n/*.ts: nothing to compile"
else
    lrelease="$BIN/pyside6-lrelease"
    [ -x "$lrelease" ] || [ -x "$lrelease.exe" ] || lrelease="pyside6-lrelease"
    for ts in "${ts_files[@]}"; do
        "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
        echo "$ts -> ${ts%.ts}.qm"
    done
fi

step "PyInstaller"
"$PY" -m PyInstaller packaging/newsroom.spec --noconfirm --clean \
    --distpath "$DIST" --workpath "$WORK" --log-level WARN

app="$DIST/newsroom"
exe="$app/newsroom"
[ -e "$exe.exe" ] && exe="$exe.exe"
"$exe" --version
step "done in $(( $(date +%s) - start )) s"
echo "application folder: $app ($(du -sh "$app" | cut -f1))"
echo "run it:             $exe"
