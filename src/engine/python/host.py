"""A warm yt-dlp fork server.

Imports yt_dlp once, compiles every extractor's URL pattern, then forks one child per task. A child
leads its own process group, runs yt-dlp's own command line (`yt_dlp.main(argv)`, so flags mean
exactly what they mean to the yt-dlp program) with its stdout and stderr on pipes, and is reaped
here. Protocol, one JSON object per line:
  in (stdin):   {"op": "run", "id": N, "argv": [...], "allowPrivate": bool, "allow": [network, ...],
                 "writable": [folder or file, ...]}
                {"op": "check", "id": N, "args": [...]}   raw arguments, checked here (raw_args.py)
  out (stdout): {"event": "ready", "version": V, "path": P}
                {"event": "started", "id": N, "pid": PID}
                {"event": "output", "id": N, "stream": "stdout"|"stderr", "text": T}
                {"event": "exited", "id": N, "code": C}
                {"event": "checked", "id": N, "refused": FLAG|null, "error": TEXT|null}
When stdin closes (the server died or stopped), every child's process group is killed.
"""
import codecs
import gc
import json
import os
import re
import selectors
import signal
import sys
import zipfile

RELEASE = sys.argv[1] if len(sys.argv) > 1 else ""
FFMPEG = sys.argv[2] if len(sys.argv) > 2 else ""
if RELEASE and zipfile.is_zipfile(RELEASE):
    sys.path.insert(0, RELEASE)  # a yt-dlp release file: a zip Python can import

import yt_dlp  # noqa: E402
from yt_dlp.extractor import gen_extractor_classes  # noqa: E402

import child_safety  # noqa: E402
import raw_args  # noqa: E402

OUT = os.dup(1)  # the protocol; fd 1 itself is handed to children
os.dup2(os.open(os.devnull, os.O_WRONLY), 1)


def send(message):
    data = (json.dumps(message) + "\n").encode()
    while data:
        data = data[os.write(OUT, data):]


def warm():
    """What a fresh yt-dlp pays per run, paid once: every extractor imported, its URL and embed
    patterns compiled (the generic extractor tries them all on each page), ffmpeg's version read."""
    re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 20000)  # keep every compiled pattern
    for ie in gen_extractor_classes():
        ie.suitable("https://example.com/")
        real = getattr(ie, "real_class", ie)  # lazy extractors import their module here
        for pattern in getattr(real, "_EMBED_REGEX", None) or []:
            try:
                re.compile(pattern)
            except (re.error, TypeError):
                pass
    argv = ["--ignore-config", *(["--ffmpeg-location", FFMPEG] if FFMPEG else []), "--", "https://example.com/"]
    options = yt_dlp.parse_options(argv)[3]
    try:
        from yt_dlp.postprocessor.ffmpeg import FFmpegPostProcessor

        FFmpegPostProcessor(yt_dlp.YoutubeDL(options)).available  # cached per ffmpeg path, class-wide
    except Exception:  # an older or newer yt-dlp without this shape: the child pays instead
        pass
    extract_sample_page(options)


def extract_sample_page(options):
    """One generic extraction of a page served here, so its code paths and patterns are warm."""
    import http.server
    import threading

    page = b'<html><head><meta property="og:title" content="warm-up"></head><body><video src="/clip.mp4"></video></body></html>'

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        with yt_dlp.YoutubeDL({**options, "quiet": True, "no_warnings": True, "simulate": True}) as ydl:
            ydl.extract_info(f"http://127.0.0.1:{server.server_port}/page.html", download=False)
    except Exception:
        pass
    finally:
        server.shutdown()  # no thread may be left when the host starts forking
        server.server_close()
        thread.join()


def run_child(argv, guard, out_w, err_w):
    os.setpgid(0, 0)
    os.nice(10)  # downloads are background work: the API answers first
    for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    os.dup2(out_w, 1)
    os.dup2(err_w, 2)
    os.closerange(3, 1024)
    sys.stdin = open(os.devnull)
    child_safety.prepare(guard.get("allowPrivate", False), guard.get("allow", []), guard.get("writable", []))
    code = 0
    try:
        yt_dlp.main(argv)
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    except BaseException as error:  # report, never fall back into the host's loop
        print(f"ERROR: {error}", file=sys.stderr)
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


class Host:
    def __init__(self):
        self.selector = selectors.DefaultSelector()
        self.tasks = {}  # pid -> {"id", "open": readers left}
        self.readers = {}  # fd -> (task id, stream, decoder)
        self.exits = {}  # pid -> exit code, waiting for its pipes to drain
        wake_r, wake_w = os.pipe()
        os.set_blocking(wake_w, False)
        signal.set_wakeup_fd(wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        self.selector.register(wake_r, selectors.EVENT_READ, "wake")
        self.selector.register(sys.stdin.fileno(), selectors.EVENT_READ, "stdin")
        self.stdin = b""

    def start(self, task_id, argv, guard):
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            run_child(argv, guard, out_w, err_w)
        try:
            os.setpgid(pid, pid)  # also here: the parent may signal the group before the child runs
        except OSError:
            pass
        os.close(out_w)
        os.close(err_w)
        self.tasks[pid] = {"id": task_id, "open": 2}
        for fd, stream in ((out_r, "stdout"), (err_r, "stderr")):
            self.readers[fd] = (pid, stream, codecs.getincrementaldecoder("utf-8")("replace"))
            self.selector.register(fd, selectors.EVENT_READ, "output")
        send({"event": "started", "id": task_id, "pid": pid})

    def read_output(self, fd):
        pid, stream, decoder = self.readers[fd]
        chunk = os.read(fd, 65536)
        text = decoder.decode(chunk, final=not chunk)
        if text:
            send({"event": "output", "id": self.tasks[pid]["id"], "stream": stream, "text": text})
        if not chunk:
            self.selector.unregister(fd)
            os.close(fd)
            del self.readers[fd]
            self.tasks[pid]["open"] -= 1
            self.finish(pid)

    def reap(self):
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            code = os.waitstatus_to_exitcode(status)
            self.exits[pid] = code if code >= 0 else 128 - code
            self.finish(pid)

    def finish(self, pid):
        """A task ends once it has exited and everything it wrote has been passed on."""
        task = self.tasks.get(pid)
        if task is None or task["open"] > 0 or pid not in self.exits:
            return
        code = self.exits.pop(pid)
        del self.tasks[pid]
        send({"event": "exited", "id": task["id"], "code": code})

    def read_commands(self):
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            self.shutdown()
        self.stdin += chunk
        *lines, self.stdin = self.stdin.split(b"\n")
        for line in lines:
            if line.strip():
                command = json.loads(line)
                if command["op"] == "run":
                    self.start(command["id"], command["argv"], command)
                elif command["op"] == "check":
                    refused, error = raw_args.check(command["args"])
                    send({"event": "checked", "id": command["id"], "refused": refused, "error": error})

    def shutdown(self):
        for pid in list(self.tasks):
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
        os._exit(0)

    def loop(self):
        while True:
            for key, _ in self.selector.select():
                if key.data == "wake":
                    os.read(key.fd, 4096)
                    self.reap()
                elif key.data == "stdin":
                    self.read_commands()
                else:
                    self.read_output(key.fd)


if __name__ == "__main__":
    warm()
    gc.freeze()  # children's collections then skip the host's objects: fewer copy-on-write pages
    send({"event": "ready", "version": yt_dlp.version.__version__, "path": os.path.dirname(os.path.dirname(yt_dlp.__file__))})
    Host().loop()
