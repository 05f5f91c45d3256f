/**
 * The campaigns of one ad product under one profile, without holding them in memory: campaign i is
 * generated on demand from (seed, profile, i); only campaigns created, updated or deleted through the
 * API are stored. Ids encode the position, so a lookup by id costs nothing either.
 */
import { hash32 } from '../seeded.js';

const idSpan = 10_000_000; // positions per id prefix
const createdBase = 9_000_000; // ids of created campaigns start here within the prefix

export interface CampaignBookOptions<T> {
  /** How many generated campaigns the profile has. */
  generated: number;
  /** Key that makes this book's ids differ from other products'/profiles' ids. */
  key: string;
  /** Builds generated campaign `index` with the given id. */
  generate: (index: number, campaignId: string) => T;
}

export class CampaignBook<T> {
  private readonly prefix: number;
  private readonly created: T[] = [];
  private readonly changed = new Map<number, T>();

  constructor(private readonly options: CampaignBookOptions<T>) {
    this.prefix = 10_000 + (hash32(options.key) % 89_999);
  }

  get size(): number {
    return this.options.generated + this.created.length;
  }

  idAt(index: number): string {
    const offset = index < this.options.generated ? index : createdBase + (index - this.options.generated);
    return String(this.prefix * idSpan + offset);
  }

  at(index: number): T {
    const changed = this.changed.get(index);
    if (changed !== undefined) return changed;
    if (index < this.options.generated) return this.options.generate(index, this.idAt(index));
    return this.created[index - this.options.generated];
  }

  /** Position of the campaign with this id, or -1. */
  indexOf(campaignId: string | number): number {
    const text = String(campaignId);
    if (!/^\d{1,16}$/.test(text)) return -1;
    const id = Number(text);
    if (Math.floor(id / idSpan) !== this.prefix) return -1;
    const offset = id % idSpan;
    if (offset < this.options.generated && offset < createdBase) return offset;
    if (offset >= createdBase && offset - createdBase < this.created.length) return this.options.generated + offset - createdBase;
    return -1;
  }

  /** Adds a campaign; `build` receives the new id. */
  add(build: (campaignId: string) => T): T {
    const campaign = build(this.idAt(this.size));
    this.created.push(campaign);
    return campaign;
  }

  replace(index: number, campaign: T): void {
    if (index >= this.options.generated) this.created[index - this.options.generated] = campaign;
    else this.changed.set(index, campaign);
  }
}
