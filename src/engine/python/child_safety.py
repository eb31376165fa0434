"""What every yt-dlp run gets before it starts, in the warm host's children and the fresh engine.

- Paths are literal: yt-dlp would expand "$VAR", "${VAR}" and "~" in output templates and paths
  (a folder named "$HOME/..." would write to the server's home, a title "${API_TOKEN}" would name
  a file after the token). Nothing a request or a site supplies is an environment expansion.
- Writes are confined: a run may create, change, move or remove files only under the folders it
  was given (the download and thumbnail folders, its cookies copy); anything else is refused
  with PermissionError, so the run fails and nothing lands elsewhere.
- Subtitles and thumbnails are written only with the extensions of subtitle and image formats
  (a site's "<track src=x.pth>" is written as .vtt, never as a .pth file).
- The connect-time address guard (url_guard), unless private addresses are allowed.
- With the guard on, ffmpeg never downloads: it resolves names itself, past the guard, so the
  native downloaders (which connect through the guard) do every fetch, and a stream only ffmpeg
  could fetch (SAMPLE-AES HLS, RTMP, RTSP) fails with a clear error instead.
- Cookies go only to the hosts they were set for: yt-dlp 2023.03.04 put them in a Cookie header
  that followed redirects to other hosts (CVE-2023-35934); the cookie jar adds them per request.
- File names from titles never start with "-" or "." and carry no bidirectional controls.
"""
import os
import re
import sys

import url_guard

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
LEADING = re.compile(r"^[\s.\-]+")
SUBTITLE_EXTENSIONS = {"vtt", "srt", "ass", "ssa", "ttml", "dfxp", "lrc", "sbv", "srv1", "srv2", "srv3", "json3"}
THUMBNAIL_EXTENSIONS = {"jpg", "jpeg", "png", "webp", "gif", "bmp"}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def prepare(allow_private, allowed_networks=(), writable=None):
    sys.dont_write_bytecode = True
    literal_paths()
    safe_file_names()
    allowed_sidecars()
    cookies_per_request()
    if writable is not None:
        confine_writes(writable)
    if allow_private:
        return
    url_guard.install(allowed_networks)
    no_ffmpeg_downloads()


def literal_paths():
    module = sys.modules["yt_dlp.YoutubeDL"]
    module.expand_path = lambda path: path
    module.YoutubeDL._outtmpl_expandpath = staticmethod(lambda outtmpl: outtmpl)


def safe_file_names():
    module = sys.modules["yt_dlp.YoutubeDL"]
    sanitize = module.sanitize_filename

    def safe(value, *args, **kwargs):
        name = BIDI_CONTROLS.sub("", sanitize(value, *args, **kwargs))
        return LEADING.sub("", name) or "_"

    module.sanitize_filename = safe


def allowed_sidecars():
    """Subtitles and thumbnails keep their extension only when it is a subtitle or image format;
    any other (".pth", ".html", ".php") is written as .vtt or .jpg (the server checks a thumbnail's
    bytes afterwards, and a subtitle is only ever served as text)."""
    from yt_dlp.utils import determine_ext

    module = sys.modules["yt_dlp.YoutubeDL"]
    YoutubeDL = module.YoutubeDL
    select_subtitles = YoutubeDL.process_subtitles
    write_thumbnails = YoutubeDL._write_thumbnails

    def safe_ext(ext, allowed, default):
        return ext if str(ext).lower() in allowed else default

    def subtitles(self, *args, **kwargs):
        chosen = select_subtitles(self, *args, **kwargs)
        for sub in (chosen or {}).values():
            sub["ext"] = safe_ext(sub.get("ext"), SUBTITLE_EXTENSIONS, "vtt")
        return chosen

    def image_ext(url, default="jpg"):
        return safe_ext(determine_ext(url, default), THUMBNAIL_EXTENSIONS, "jpg")

    def thumbnails(self, label, info_dict, *args, **kwargs):
        for thumbnail in info_dict.get("thumbnails") or []:
            thumbnail["ext"] = image_ext(thumbnail.get("url", ""))  # newer yt-dlp names the file by it
        module.determine_ext = image_ext  # 2023.03.04 reads the extension off the URL here
        try:
            return write_thumbnails(self, label, info_dict, *args, **kwargs)
        finally:
            module.determine_ext = determine_ext

    YoutubeDL.process_subtitles = subtitles
    YoutubeDL._write_thumbnails = thumbnails


def cookies_per_request():
    sys.modules["yt_dlp.YoutubeDL"].YoutubeDL._calc_cookies = lambda self, url: None


def confine_writes(writable):
    roots = [os.path.realpath(path) for path in writable if path]
    allowed_files = {os.devnull}

    def inside(path):
        if isinstance(path, int) or path is None:
            return True  # an open descriptor: checked when it was opened
        real = os.path.realpath(os.fsdecode(path))
        return real in allowed_files or any(real == root or real.startswith(root + os.sep) for root in roots)

    def refuse(path):
        raise PermissionError(13, "writing outside the download folder is refused", os.fsdecode(path))

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            writes = any(c in mode for c in "wax+") if isinstance(mode, str) else bool((flags or 0) & WRITE_FLAGS)
            if writes and not inside(path):
                refuse(path)
        elif event == "os.rename":
            for path in args[:2]:
                if not inside(path):
                    refuse(path)
        elif event in ("os.remove", "os.rmdir", "os.mkdir", "os.truncate", "os.chmod", "os.utime", "os.symlink", "os.link", "shutil.rmtree"):
            paths = args[:2] if event in ("os.symlink", "os.link") else args[:1]
            for path in paths:
                if not inside(path):
                    refuse(path)

    sys.addaudithook(hook)
    if roots:
        os.chdir(roots[0])


def no_ffmpeg_downloads():
    from yt_dlp.downloader import external

    def refuse(self, *args, **kwargs):
        self.report_error(
            "this stream can only be fetched by ffmpeg, which connects past the address guard; "
            "refused (ALLOW_PRIVATE_ADDRESSES=true allows ffmpeg to download)"
        )
        return False

    external.FFmpegFD.real_download = refuse
