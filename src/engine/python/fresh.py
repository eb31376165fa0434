"""The fresh engine's yt-dlp: one process per task, with the same safety as the warm host's children.

  python3 fresh.py GUARD_JSON YTDLP -- ARGV...
GUARD_JSON is {"allowPrivate": bool, "allow": [network, ...], "writable": [folder or file, ...]}; YTDLP is "" (the installed
yt_dlp), a release file (a zip Python imports), or a yt-dlp Python script (run as its own main).
"""
import json
import os
import runpy
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
guard, ytdlp, argv = json.loads(sys.argv[1]), sys.argv[2], sys.argv[4:]
if ytdlp and zipfile.is_zipfile(ytdlp):
    sys.path.insert(0, ytdlp)

import yt_dlp  # noqa: E402

import child_safety  # noqa: E402

child_safety.prepare(guard.get("allowPrivate", False), guard.get("allow", []), guard.get("writable", []))
if ytdlp and not zipfile.is_zipfile(ytdlp):
    sys.argv = [ytdlp, *argv]
    runpy.run_path(ytdlp, run_name="__main__")
else:
    yt_dlp.main(argv)
