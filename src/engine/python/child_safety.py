"""What every yt-dlp run gets before it starts, in the warm host's children and the fresh engine.

- The connect-time address guard (url_guard), unless private addresses are allowed.
- With the guard on, ffmpeg never downloads: it resolves names itself, past the guard, so the
  native downloaders (which connect through the guard) do every fetch, and a stream only ffmpeg
  could fetch (SAMPLE-AES HLS, RTMP, RTSP) fails with a clear error instead.
- File names from titles never start with "-" or "." and carry no bidirectional controls.
"""
import re
import sys

import url_guard

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
LEADING = re.compile(r"^[\s.\-]+")


def prepare(allow_private, allowed_networks=()):
    safe_file_names()
    if allow_private:
        return
    url_guard.install(allowed_networks)
    no_ffmpeg_downloads()


def safe_file_names():
    module = sys.modules["yt_dlp.YoutubeDL"]
    sanitize = module.sanitize_filename

    def safe(value, *args, **kwargs):
        name = BIDI_CONTROLS.sub("", sanitize(value, *args, **kwargs))
        return LEADING.sub("", name) or "_"

    module.sanitize_filename = safe


def no_ffmpeg_downloads():
    from yt_dlp.downloader import external

    def refuse(self, *args, **kwargs):
        self.report_error(
            "this stream can only be fetched by ffmpeg, which connects past the address guard; "
            "refused (ALLOW_PRIVATE_ADDRESSES=true allows ffmpeg to download)"
        )
        return False

    external.FFmpegFD.real_download = refuse
