import { execFile } from "node:child_process";
import { open } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { createFile, Log, MP4BoxBuffer, type Movie } from "mp4box";

Log.setLogLevel(Log.error);

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

/** Bytes read per step, and steps at most, while mp4box looks for the movie header (it skips media data). */
const CHUNK = 64 * 1024;
const MAX_READS = 64;
const MP4_FAMILY = new Set([".mp4", ".m4v", ".mov"]);

/**
 * The video height of an MP4/MOV file, read from its header with mp4box in a few milliseconds
 * (ffprobe costs a fifth of a second of CPU to start); undefined when it is not one, or has none.
 */
export async function mp4VideoHeight(file: string): Promise<number | undefined> {
  if (!MP4_FAMILY.has(path.extname(file).toLowerCase())) return undefined;
  const handle = await open(file, "r");
  try {
    const mp4 = createFile();
    let movie: Movie | undefined;
    mp4.onReady = (info) => (movie = info);
    mp4.onError = () => {};
    let position = 0;
    for (let reads = 0; !movie && reads < MAX_READS; reads++) {
      const buffer = new ArrayBuffer(CHUNK);
      const { bytesRead } = await handle.read(new Uint8Array(buffer), 0, CHUNK, position);
      if (bytesRead === 0) break;
      position = mp4.appendBuffer(MP4BoxBuffer.fromArrayBuffer(buffer.slice(0, bytesRead), position), bytesRead < CHUNK);
    }
    return movie?.videoTracks[0]?.video?.height || undefined;
  } catch {
    return undefined; // a damaged header: ffprobe will tell
  } finally {
    await handle.close();
  }
}
