"""Checks raw yt-dlp arguments (ALLOW_YTDLP_ARGS=true) with yt-dlp's own option parser.

The parser tells which options the arguments set, whatever spelling or alias was used. Refused:
options that write outside the download folder, run programs, read local files, change what
yt-dlp prints (our protocol), reach the network past the address guard, or carry credentials
that would be stored in plain sight. Used by host.py ("check") and, for ENGINE=fresh, as a script:
    python3 raw_args.py RELEASE '["--arg", ...]'   ->   {"refused": FLAG|null, "error": TEXT|null}
"""
import json
import sys

REFUSED = {
    # write elsewhere, or read local files
    "outtmpl", "paths", "batchfile", "config_locations", "cookiefile", "cookiesfrombrowser",
    "load_info_filename", "load_pages", "download_archive", "force_write_download_archive",
    "cachedir", "rm_cachedir", "write_pages", "enable_file_urls", "netrc_location", "usenetrc",
    "client_certificate", "client_certificate_key",
    # run programs or load code
    "exec_cmd", "exec_before_dl_cmd", "ffmpeg_location", "external_downloader",
    "external_downloader_args", "postprocessor_args", "add_postprocessors", "sponskrub",
    "sponskrub_path", "sponskrub_args", "bidi_workaround", "update_self", "_", "compat_opts",
    # our protocol: what is printed, and how playlists are listed
    "forceprint", "print_to_file", "progress_template", "progress_with_newline", "quiet",
    "noprogress", "simulate", "skip_download", "dumpjson", "dump_single_json", "print_json",
    "getdescription", "getduration", "getfilename", "getformat", "getid", "getthumbnail",
    "gettitle", "geturl", "listformats", "listsubtitles", "list_thumbnails", "list_extractors",
    "list_extractor_descriptions", "ap_list_mso", "dump_user_agent", "print_help", None,
    "dump_intermediate_pages", "debug_printtraffic", "verbose", "extract_flat", "consoletitle",
    # past the address guard
    "proxy", "geo_verification_proxy", "cn_verification_proxy", "sponsorblock_api",
    # credentials: options are shown on every task; a preset's cookies file is the way to log in
    "username", "password", "videopassword", "ap_username", "ap_password", "twofactor",
    "client_certificate_password",
}


def check(args):
    """(flag refused, None), (None, parse error), or (None, None) when the arguments are allowed."""
    from yt_dlp.options import create_parser

    parser = create_parser()

    def error(message):
        raise ValueError(message)

    parser.error = error
    options_by_flag = {flag: option for option in parser._get_all_options() for flag in option._long_opts + option._short_opts}
    for arg in args:  # the flag as written, when it is one: named in the refusal
        option = options_by_flag.get(arg.split("=", 1)[0])
        if option is not None and option.dest in REFUSED:
            return arg.split("=", 1)[0], None
    try:
        given, positional = parser.parse_args(list(args), values=parser.get_default_values())
    except (ValueError, SystemExit) as failure:
        return None, str(failure) or "yt-dlp could not parse these arguments"
    if positional:
        return None, f"{positional[0][:60]!r} is not an option: URLs and other values without a flag are not accepted"
    defaults = parser.get_default_values()
    for dest in sorted(d for d in REFUSED if d):  # set another way (a bundled short flag, an abbreviation)
        if getattr(given, dest, None) != getattr(defaults, dest, None):
            return next(f for f, o in options_by_flag.items() if o.dest == dest), None
    return None, None


if __name__ == "__main__":
    release = sys.argv[1]
    if release:
        sys.path.insert(0, release)
    refused, failure = check(json.loads(sys.argv[2]))
    print(json.dumps({"refused": refused, "error": failure}))
