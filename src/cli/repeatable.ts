/**
 * Commander's reducer for an option given once per value (`--actors a.tsv --actors b.tsv`). A
 * variadic option (`--actors <files...>`) would also swallow the file arguments after it.
 */
export function collectFiles(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
