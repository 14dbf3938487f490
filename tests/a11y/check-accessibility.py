#!/usr/bin/python3
"""What a screen reader (Orca) receives from IsletGuide, read through AT-SPI on every smoke-test page in both scripts.

Drives `isletguide --accessibility-tour` page by page and counts, per page, the defects of issue 16: an interactive
object with no name or without its checked/selected state; a name that is Markdown or HTML rather than what is shown;
an article or trial whose full text cannot be read through names or the Text interface; a page without a heading, or an
article whose sections are not headings; a chart without a text alternative; a dialog not exposed as a dialog.
Usage: check-accessibility.py APP CONTENT_DIR (run inside a D-Bus session with the AT-SPI bus; see run-a11y.sh).
"""
import json
import os
import re
import subprocess
import sys

import pyatspi

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "entry", "text", "link",
               "page tab", "spin button", "slider", "password text", "menu item"}
MARKUP = re.compile(r"\*\*|\]\(|<a |</|^#+ |\(source:")
SCRIPT_KEYS = {"hans": "zh-Hans", "hant": "zh-Hant"}
ARTICLE_ID = "reading-results"  # the article and trial the smoke routes open (qml/Main.qml smokeRoutes)
TRIAL_ID = "zimislecel"


def plain_lines(markdown):
    """The lines of a Markdown body as a reader sees them: no heading or list marks, no bold, links as their label."""
    lines = []
    for line in markdown.splitlines():
        line = re.sub(r"^\s*(#+|-|\d+\.)\s+", "", line)
        line = re.sub(r"\[([^\]\n]+)\]\([^)\s]+\)", r"\1", line).replace("**", "").strip()
        if line:
            lines.append(line)
    return lines


def squeeze(text):
    return re.sub(r"\s+", "", text)


def expected_texts(content_dir, script):
    key = SCRIPT_KEYS[script]
    with open(os.path.join(content_dir, "articles", f"{ARTICLE_ID}.{key}.md"), encoding="utf-8") as f:
        body = f.read()
    with open(os.path.join(content_dir, "trials.json"), encoding="utf-8") as f:
        trial = next(t for t in json.load(f)["trials"] if t["id"] == TRIAL_ID)
    trial_texts = [v[key] for v in trial.values() if isinstance(v, dict) and isinstance(v.get(key), str) and v[key]]
    headings = sum(1 for line in body.splitlines() if line.startswith("#"))
    return {"article": (plain_lines(body), headings), "trial-detail": (trial_texts, 0)}


def states(obj):
    return set(obj.getState().getStates())


def walk(obj, found, all_states=False):
    """Every object under OBJ that is visible, depth first, in reading order; with ALL_STATES also those scrolled out
    of view (Qt reports them as not visible), as a screen reader reaches them by scrolling."""
    try:
        if not all_states and pyatspi.STATE_VISIBLE not in states(obj):
            return
        found.append(obj)
        for child in obj:
            if child is not None:
                walk(child, found, all_states)
    except Exception:  # an object that went away while being read
        return


def spoken(obj):
    text = ""
    try:
        text = obj.queryText().getText(0, -1)
    except NotImplementedError:
        pass
    return obj.name or text


def check_page(app, page, expected):
    objects = []
    walk(app, objects)
    content = []  # the whole of the page shown, scrolled out of view or not; not the header or the navigation
    for page_tab in (o for o in objects if o.getRoleName() == "page tab" and pyatspi.STATE_SHOWING in states(o)):
        walk(page_tab, content, all_states=True)
    defects = []
    for o in objects:
        role = o.getRoleName()
        name = spoken(o)
        s = states(o)
        showing = pyatspi.STATE_SHOWING in s
        if role in INTERACTIVE and pyatspi.STATE_SENSITIVE in s and not name.strip():
            defects.append(f"unnamed {role}")
        if role == "page tab" and showing and not any(pyatspi.STATE_SELECTED in states(t) for t in o.parent):
            defects.append(f"page tab '{name}': no tab of its list is selected")
        if MARKUP.search(name):
            defects.append(f"{role} name is markup, not what is shown: '{name[:60]}'")
        if role == "label" and showing and not name.strip() and pyatspi.STATE_SENSITIVE in s and o.childCount == 0:
            defects.append("text with no name")
        if role in {"chart", "canvas", "image", "unknown"} and showing and not name.strip():
            defects.append(f"{role} without a text alternative")
    if not any(o.getRoleName() == "heading" for o in objects):  # the header's page title counts
        defects.append("no heading on the page")
    route = page.split("-", 1)[1]
    if route == "disclaimer" and not any(o.getRoleName() in {"dialog", "alert"} for o in objects):
        defects.append("the notice is not exposed as a dialog")
    if route in expected:
        texts, headings = expected[route]
        readable = squeeze("".join(spoken(o) for o in content))
        for text in texts:
            if squeeze(text) not in readable:
                defects.append(f"text not readable: '{text[:40]}…'")
        found = sum(1 for o in content if o.getRoleName() == "heading")
        if found < headings + 1:
            defects.append(f"{found} headings exposed, the page has {headings + 1}")
    return defects


def find_app(name):
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == name:
            return app
    return None


def main():
    app_path, content_dir = sys.argv[1], sys.argv[2]
    expected = {script: expected_texts(content_dir, script) for script in SCRIPT_KEYS}
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    tour = subprocess.Popen([app_path, "--accessibility-tour"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env)
    total, pages = 0, 0
    for line in tour.stdout:
        line = line.strip()
        if line == "done":
            break
        if not line.startswith("page "):
            continue
        page = line[5:]
        app = find_app("IsletGuide")
        defects = check_page(app, page, expected[page.split("-")[0]]) if app else ["the app is not on the AT-SPI bus"]
        print(f"{page}: {len(defects)} defects", flush=True)
        for d in defects:
            print(f"    {d}")
        total += len(defects)
        pages += 1
        tour.stdin.write("next\n")
        tour.stdin.flush()
    tour.stdin.close()
    code = tour.wait(timeout=30)
    print(f"a11y: {pages} pages, {total} defects")
    return 0 if total == 0 and pages > 0 and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
