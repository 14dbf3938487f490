#!/bin/sh
# Runs the app's smoke test (every page, both scripts, one PNG each) with real OpenGL frames under a virtual X server
# when xvfb-run is available, as a phone renders them; otherwise with the offscreen platform's software renderer.
# Usage: run-smoke.sh APP OUTPUT_DIR
app=$1
out=$2
if command -v xvfb-run >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb "$app" --smoke-test "$out"
fi
exec env QT_QPA_PLATFORM=offscreen "$app" --smoke-test "$out"
