"""Checks raw yt-dlp arguments (ALLOW_YTDLP_ARGS=true) with yt-dlp's own option parser.

The parser tells which options the arguments set, whatever spelling or alias was used. Refused:
options that write outside the download folder, run programs, read local files, change what
yt-dlp prints (our protocol), reach the network past the address guard, carry credentials that
would be stored in plain sight, move files through metadata, or retry without end. Every option
of the yt-dlp that runs is either in ALLOWED or in REFUSED; one in neither (a newer yt-dlp's) is
refused until it is classified (test/security/raw-args.test.ts lists the installed yt-dlp's). Used by host.py ("check") and, for ENGINE=fresh, as a script:
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
    "client_certificate_password", "netrc_cmd",
    # metadata that becomes a path (--parse-metadata "...:%(filepath)s" moves another file in)
    "parse_metadata", "metafromtitle",
    # headers sent on every request, redirects included (a Cookie header would follow them)
    "headers",
    # talk to yt-dlp's own site, or print into our protocol
    "call_home", "youtube_print_sig_code", "test",
}

ALLOWED = {
    "addchapters", "addmetadata", "age_limit", "allow_multiple_audio_streams", "allow_multiple_video_streams",
    "allow_playlist_files", "allow_unplayable_formats", "allowed_extractors", "allsubtitles", "ap_mso", "audioformat",
    "audioquality", "autonumber_size", "autonumber_start", "break_on_existing", "break_on_reject", "break_per_url",
    "breaking_match_filter", "buffersize", "check_formats", "clean_infojson", "concat_playlist",
    "concurrent_fragment_downloads", "continue_dl", "convertsubtitles", "convertthumbnails", "date", "dateafter",
    "datebefore", "default_search", "download_ranges", "dynamic_mpd", "embed_infojson", "embedsubtitles",
    "embedthumbnail", "encoding", "extractaudio", "extractor_args", "extractor_retries", "file_access_retries", "fixup",
    "force_generic_extractor", "force_keyframes_at_cuts", "format", "format_sort", "format_sort_force",
    "fragment_retries", "geo_bypass", "geo_bypass_country", "geo_bypass_ip_block", "getcomments",
    "hls_prefer_native", "hls_split_discontinuity", "hls_use_mpegts", "http_chunk_size", "ignore_no_formats_error",
    "ignoreconfig", "ignoreerrors", "include_ads", "keep_fragments", "keepvideo", "lazy_playlist",
    "legacy_server_connect", "listformats_table", "live_from_start", "mark_watched", "match_filter", "matchtitle",
    "max_downloads", "max_filesize", "max_sleep_interval", "max_views", "merge_output_format", "min_filesize",
    "min_views", "no_check_certificate", "no_color", "no_sponsorblock", "no_warnings", "nopart", "noplaylist",
    "nopostoverwrites", "noresizebuffer", "outtmpl_na_placeholder", "overwrites", "playlist_items", "playlist_random",
    "playlist_reverse", "playlistend", "playliststart", "prefer_ffmpeg", "prefer_free_formats", "prefer_insecure",
    "ratelimit", "recodevideo", "referer", "rejecttitle", "remove_chapters", "remuxvideo", "restrictfilenames",
    "retries", "retry_sleep", "skip_playlist_after_errors", "skip_unavailable_fragments", "sleep_interval",
    "sleep_interval_requests", "sleep_interval_subtitles", "socket_timeout", "source_address", "split_chapters",
    "sponskrub_cut", "sponskrub_force", "sponsorblock_chapter_title", "sponsorblock_mark", "sponsorblock_remove",
    "subtitlesformat", "subtitleslangs", "throttledratelimit", "trim_file_name", "updatetime", "useid", "user_agent",
    "wait_for_video", "windowsfilenames", "writeannotations", "writeautomaticsub", "writedescription",
    "writedesktoplink", "writeinfojson", "writelink", "writesubtitles", "writethumbnail", "writeurllink",
    "writewebloclink", "xattr_set_filesize", "xattrs", "youtube_include_dash_manifest", "youtube_include_hls_manifest",
}
MAX_RETRIES = 100
RETRY_OPTIONS = {"retries": "--retries", "fragment_retries": "--fragment-retries", "extractor_retries": "--extractor-retries", "file_access_retries": "--file-access-retries"}


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
        if option is not None and (option.dest in REFUSED or option.dest not in ALLOWED):
            return arg.split("=", 1)[0], None
    try:
        given, positional = parser.parse_args(list(args), values=parser.get_default_values())
    except (ValueError, SystemExit) as failure:
        return None, str(failure) or "yt-dlp could not parse these arguments"
    if positional:
        return None, f"{positional[0][:60]!r} is not an option: URLs and other values without a flag are not accepted"
    defaults = parser.get_default_values()
    unclassified = {o.dest for o in options_by_flag.values()} - ALLOWED
    for dest in sorted(d for d in REFUSED | unclassified if d):  # set another way (a bundled short flag, an abbreviation)
        if getattr(given, dest, None) != getattr(defaults, dest, None):
            return next(f for f, o in options_by_flag.items() if o.dest == dest), None
    return None, endless_retries(args)


def endless_retries(args):
    """Why the retries would not end (infinite, or more than MAX_RETRIES, or no sleep between them), or None."""
    import yt_dlp

    try:
        options = yt_dlp.parse_options(["--ignore-config", *args])[3]
    except (ValueError, SystemExit) as failure:
        return str(failure) or "yt-dlp could not parse these arguments"
    for dest, flag in RETRY_OPTIONS.items():
        count = options.get(dest)
        if count is not None and count > MAX_RETRIES:
            return f"{flag}: at most {MAX_RETRIES} (not infinite)"
    for kind, sleep in (options.get("retry_sleep_functions") or {}).items():
        if any(sleep(n) <= 0 for n in range(3)):
            return f"--retry-sleep {kind}: must wait more than 0 seconds between retries"
    return None


if __name__ == "__main__":
    release = sys.argv[1]
    if release:
        sys.path.insert(0, release)
    refused, failure = check(json.loads(sys.argv[2]))
    print(json.dumps({"refused": refused, "error": failure}))
