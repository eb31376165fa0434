"""One long-lived Apprise for every notifier: imported once, a few deliveries at a time.

Every connection it makes goes through the connect-time address guard (url_guard), whatever the
scheme, redirect or DNS answer; a notifier created with allowPrivateAddress skips it for its own
deliveries only. URLs are read by Apprise's own parser, so what is shown is what is reached.
  python3 -s -E apprise_worker.py '{"allow": [network, ...], "threads": N, "localSchemes": [scheme, ...]}'
Protocol, one JSON object per line:
  in:  {"op": "send", "id": N, "url": U, "title": T, "body": B, "allowPrivate": bool}
       {"op": "describe", "id": N, "url": U}
  out: {"id": N, "ok": bool, "error": TEXT|null}
       {"id": N, "shown": MASKED|null, "error": TEXT|null}
"""
import json
import logging
import os
import re
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import url_guard  # noqa: E402

from apprise import Apprise  # noqa: E402

logging.disable(logging.CRITICAL)  # Apprise logs URLs with their tokens
# Schemes that notify this machine itself (its desktop, its programs), not a service.
LOCAL = {"dbus", "kde", "qt", "glib", "gnome", "macosx", "windows"}
MASKED = re.compile(r"^.\.\.\..$|^\*+$")
settings = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
local = threading.local()
url_guard.install(
    settings.get("allow", []),
    bypass=lambda: getattr(local, "allow_private", False),
    on_refused=lambda: setattr(local, "refused", True),
)
REFUSED = "the target is not a public address; refused (addNotifier with allowPrivateAddress: true reaches private addresses)"
lock = threading.Lock()


def answer(message):
    with lock:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()


def instantiate(url):
    scheme = url.split("://", 1)[0].lower()
    if scheme in LOCAL and scheme not in settings.get("localSchemes", []):
        return None, f"{scheme}:// notifies the server's own desktop; not allowed unless ALLOW_NOTIFIER_SCHEMES names it"
    plugin = Apprise.instantiate(url, suppress_exceptions=True)
    if plugin is None:
        return None, "Apprise does not recognise this URL"
    return plugin, None


def mask(segment):
    if len(segment) <= 2 or MASKED.match(segment):
        return segment
    return f"{segment[0]}...{segment[-1]}"


def shown(plugin):
    """Apprise's own private rendering (passwords and tokens it knows are secret masked), without
    the query, and every path segment masked too (topics, channel ids and keys live there)."""
    private = plugin.url(privacy=True).split("?", 1)[0]
    scheme, rest = private.split("://", 1)
    authority, _, path = rest.partition("/")
    segments = [mask(s) for s in path.split("/") if s]
    return f"{scheme}://{authority}/{'/'.join(segments)}"


def send(command):
    plugin, error = instantiate(command["url"])
    if error:
        return {"id": command["id"], "ok": False, "error": error}
    local.allow_private, local.refused = bool(command.get("allowPrivate")), False
    try:
        ok = plugin.notify(title=command.get("title", ""), body=command.get("body", ""))
    except Exception:  # a plugin's own failure: reported as not delivered, never with its text (it may hold tokens)
        ok = False
    finally:
        local.allow_private = False
    failure = REFUSED if local.refused else "Apprise could not deliver it"
    return {"id": command["id"], "ok": bool(ok), "error": None if ok else failure}


def describe(command):
    plugin, error = instantiate(command["url"])
    return {"id": command["id"], "shown": shown(plugin) if plugin else None, "error": error}


def run(handler, command):
    try:
        answer(handler(command))
    except Exception as error:  # never leave a caller waiting
        answer({"id": command.get("id"), "ok": False, "shown": None, "error": f"the notifier worker failed ({type(error).__name__})"})


def main():
    pool = ThreadPoolExecutor(max_workers=max(1, int(settings.get("threads", 4))))
    handlers = {"send": send, "describe": describe}
    for line in sys.stdin:
        if not line.strip():
            continue
        command = json.loads(line)
        pool.submit(run, handlers[command["op"]], command)
    pool.shutdown(wait=True)


if __name__ == "__main__":
    main()
