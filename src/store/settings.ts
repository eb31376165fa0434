import type { PrismaClient } from "../generated/prisma/client.js";

/** Server-wide settings in the database, so every instance and every restart sees the same. */
export class SettingStore {
  constructor(private readonly prisma: PrismaClient) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.prisma.setting.findUnique({ where: { key } }))?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }
}
