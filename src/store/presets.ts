import type { Preset, PresetFields } from "../domain/preset.js";
import type { PrismaClient } from "../generated/prisma/client.js";

/** A preset's name is taken (the unique index said so). */
export class DuplicateNameError extends Error {}

const isDuplicate = (error: unknown) => (error as { code?: string }).code === "P2002" || /Unique constraint/i.test(String((error as Error).message));

/**
 * Every statement on the preset table. A preset made the default is written first, then the
 * others stop being it; should two requests race, the one changed last is the default.
 */
export class PresetStore {
  constructor(private readonly prisma: PrismaClient) {}

  list(): Promise<Preset[]> {
    return this.prisma.preset.findMany({ orderBy: [{ name: "asc" }] });
  }

  get(id: string): Promise<Preset | null> {
    return this.prisma.preset.findUnique({ where: { id } });
  }

  byName(name: string): Promise<Preset | null> {
    return this.prisma.preset.findUnique({ where: { name } });
  }

  defaultPreset(): Promise<Preset | null> {
    return this.prisma.preset.findFirst({ where: { isDefault: true }, orderBy: [{ updatedAt: "desc" }] });
  }

  async create(id: string, fields: PresetFields): Promise<Preset> {
    const created = await this.prisma.preset.create({ data: { id, ...fields } }).catch(renamed);
    if (fields.isDefault) await this.onlyDefault(id);
    return created;
  }

  /** The preset after the change; null if there is none with that id. */
  async update(id: string, fields: Partial<PresetFields>): Promise<Preset | null> {
    const [updated] = await this.prisma.preset.updateManyAndReturn({ where: { id }, data: fields }).catch(renamed);
    if (updated && fields.isDefault) await this.onlyDefault(id);
    return updated ?? null;
  }

  async setHasCookies(id: string, hasCookies: boolean): Promise<Preset | null> {
    const [updated] = await this.prisma.preset.updateManyAndReturn({ where: { id }, data: { hasCookies } });
    return updated ?? null;
  }

  /** Whether there was one to delete. */
  async delete(id: string): Promise<boolean> {
    return (await this.prisma.preset.deleteMany({ where: { id } })).count > 0;
  }

  private async onlyDefault(id: string): Promise<void> {
    await this.prisma.preset.updateMany({ where: { isDefault: true, id: { not: id } }, data: { isDefault: false } });
  }
}

const renamed = (error: unknown): never => {
  throw isDuplicate(error) ? new DuplicateNameError() : error;
};
