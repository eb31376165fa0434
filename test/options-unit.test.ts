import { describe, expect, it } from "vitest";
import { checkFolderTemplate } from "../src/domain/folder-template.js";
import { checkOptions, mergeOptions } from "../src/domain/options.js";
import { folderTemplate, optionFlags } from "../src/engine/option-flags.js";
import { checkCookies } from "../src/presets/cookies.js";

/** The parts of options and presets that need no yt-dlp: checks, merging, compiling, the cookies format. */

describe("folder templates", () => {
  it.each([
    ["/etc", /relative/],
    ["~/x", /relative/],
    ["a/../b", /"\." or "\.\."/],
    ["..", /"\." or "\.\."/],
    ["a\\b", /backslash/],
    ["a\u0000b", /control/],
    ["{nope}", /not a placeholder/],
    ["{title", /"\{" or "\}"/],
    ["a/b/c/d/e/f", /5 folders/],
  ])("refuses %j", (template, reason) => {
    expect(() => checkFolderTemplate(template, "options.folder")).toThrow(reason);
  });

  it("compiles placeholders to yt-dlp fields with a fallback, escapes literal %, and uses values known ahead made safe", () => {
    expect(checkFolderTemplate("Music//{uploader}/", "f")).toBe("Music/{uploader}");
    expect(folderTemplate("100%/{uploader}/{upload_date}", {})).toBe("100%%/%(uploader|unknown).80B/%(upload_date|unknown)s/");
    expect(folderTemplate("{playlist_title}", { playlist_title: "../../etc/passwd" })).toBe("_.._etc_passwd/");
    expect(folderTemplate(undefined, {})).toBe("");
  });
});

describe("options", () => {
  it("name the field at fault", () => {
    expect(() => checkOptions({ rateLimit: 10 })).toThrow(/^options\.rateLimit:/);
    expect(() => checkOptions({ subtitles: { languages: ["en", "--exec"], embed: false, automatic: false } })).toThrow(/^options\.subtitles\.languages:/);
    expect(() => checkOptions({ sponsorBlockMark: ["ads"] })).toThrow(/^options\.sponsorBlockMark:/);
    expect(() => checkOptions({ container: "avi" as never })).toThrow(/^options\.container:/);
  });

  it("override a preset's field by field; null clears one", () => {
    const preset = { container: "mkv" as const, subtitles: { languages: ["en"], embed: true, automatic: false }, folder: "{uploader}" };
    expect(mergeOptions(preset, { subtitles: { languages: ["de"] } as never, folder: null, rateLimit: 2048 })).toEqual({
      container: "mkv",
      subtitles: { languages: ["de"], embed: true, automatic: false },
      rateLimit: 2048,
    });
  });

  it("compile to flags, never to raw text", () => {
    expect(optionFlags("video", { container: "mkv", subtitles: { languages: ["en", "de"], embed: true, format: "srt", automatic: true }, sponsorBlockRemove: ["sponsor", "intro"], rateLimit: 102400 })).toEqual({
      mergeOutputFormat: "mkv",
      remuxVideo: "mkv",
      writeSubs: true,
      subLangs: "en,de",
      writeAutoSubs: true,
      convertSubs: "srt",
      embedSubs: true,
      sponsorblockRemove: "sponsor,intro",
      limitRate: "102400",
    });
    expect(optionFlags("audio", { container: "mkv" })).toEqual({ audioFormat: "mp3" });
  });
});

describe("cookies files", () => {
  const line = "example.com\tTRUE\t/\tTRUE\t1999999999\tsession\tsecret-value";
  it("accepts the Netscape format and adds its header", () => {
    expect(checkCookies(`${line}\n`)).toBe(`# Netscape HTTP Cookie File\n${line}\n`);
    expect(checkCookies(`# Netscape HTTP Cookie File\n#HttpOnly_${line}\n`)).toContain("#HttpOnly_");
  });

  it("names the bad line, never its content", () => {
    for (const text of ["secret-value only\n", `${line}\nexample.com\tMAYBE\t/\tTRUE\t0\tx\tsecret-value\n`, "# just a comment\n"]) {
      let message = "";
      try {
        checkCookies(text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^cookies: (line \d+|holds no cookie)/);
      expect(message).not.toContain("secret-value");
    }
    expect(() => checkCookies("x".repeat(1024 * 1024 + 1))).toThrow(/at most/);
  });
});
