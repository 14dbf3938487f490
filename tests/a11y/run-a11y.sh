#!/bin/sh
# Runs check-accessibility.py against the app under a virtual X server, in a private D-Bus session with the AT-SPI
# bus, as a Linux screen reader would see it. Exits 77 (skipped) only when the AT-SPI bus cannot be started.
# Usage: run-a11y.sh APP CONTENT_DIR
here=$(dirname "$0")
for tool in dbus-run-session xvfb-run /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || { echo "a11y: skipped: $tool is missing (packages dbus, xvfb, at-spi2-core)"; exit 77; }
done
/usr/bin/python3 -c "import pyatspi" 2>/dev/null || { echo "a11y: skipped: python3-pyatspi is missing"; exit 77; }
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" sh -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    for i in 1 2 3 4 5 6 7 8 9 10; do
        dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
        sleep 0.5
    done
    if ! dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1; then
        echo "a11y: skipped: the AT-SPI bus did not start"; kill $launcher; exit 77
    fi
    /usr/bin/python3 "$0" "$1" "$2"
    code=$?
    kill $launcher
    exit $code' "$here/check-accessibility.py" "$1" "$2"
