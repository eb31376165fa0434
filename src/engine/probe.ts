import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

type Stream = { codec_type?: string; codec_name?: string; height?: number; bit_rate?: string };

/** What a finished file really holds, e.g. "720p" or "mp3 128k"; undefined if ffprobe cannot tell. */
export async function describeFile(file: string, ffmpegPath?: string): Promise<string | undefined> {
  const ffprobe = ffmpegPath ? path.join(path.dirname(ffmpegPath), "ffprobe") : "ffprobe";
  try {
    const { stdout } = await run(ffprobe, [
      "-v", "error", "-show_entries", "stream=codec_type,codec_name,height,bit_rate", "-of", "json", file,
    ]);
    const streams = (JSON.parse(stdout) as { streams?: Stream[] }).streams ?? [];
    const video = streams.find((s) => s.codec_type === "video" && s.height);
    if (video) return `${video.height}p`;
    const audio = streams.find((s) => s.codec_type === "audio");
    if (!audio?.codec_name) return undefined;
    const kbps = Number(audio.bit_rate) / 1000;
    return kbps ? `${audio.codec_name} ${Math.round(kbps)}k` : audio.codec_name;
  } catch {
    return undefined;
  }
}
