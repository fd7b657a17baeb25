/** Interns strings so token columns can hold small integer ids instead of string objects. */
export class StringStore {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [""];

  constructor() {
    this.ids.set("", 0);
  }

  intern(value: string): number {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    const id = this.values.length;
    this.values.push(value);
    this.ids.set(value, id);
    return id;
  }

  /** The id of a string already interned, or -1. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get(id: number): string {
    return this.values[id] ?? "";
  }

  get size(): number {
    return this.values.length;
  }
}
