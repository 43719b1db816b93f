/**
 * `groupRollup`: group plain rows by one or more fields and reduce each group to one row, in the
 * spirit of arquero's `groupby().rollup()`. Groups are keyed field by field (a tree of Maps), never
 * by a joined string, so no separator can collide with a value; they come out in the order their
 * first row came in, which keeps results deterministic for a deterministic input.
 *
 * ```ts
 * groupRollup(actorRows(documents), ['actor'], { articles: count(), mentions: sum('mentions') })
 * // → [{ actor: 'India', articles: 4, mentions: 31 }, …]
 * ```
 */

/** Reduces the rows of one group to one value. */
export type Reducer<Row, Value = unknown> = (rows: readonly Row[]) => Value;

/** The output row: the grouping fields, then one field per reducer. */
export type RolledUp<Row, Key extends keyof Row, Rollup extends Record<string, Reducer<Row>>> = Pick<
  Row,
  Key
> & {
  [Name in keyof Rollup]: ReturnType<Rollup[Name]>;
};

interface Group<Row> {
  rows: Row[];
}

export function groupRollup<
  Row extends object,
  Key extends keyof Row,
  Rollup extends Record<string, Reducer<Row>>,
>(rows: readonly Row[], by: readonly Key[], rollup: Rollup): RolledUp<Row, Key, Rollup>[] {
  const root = new Map<unknown, unknown>();
  const groups: Group<Row>[] = [];
  for (const row of rows) {
    let level = root;
    for (let i = 0; i < by.length - 1; i++) {
      const value = row[by[i]];
      let next = level.get(value) as Map<unknown, unknown> | undefined;
      if (next === undefined) level.set(value, (next = new Map()));
      level = next;
    }
    const last = by.length > 0 ? row[by[by.length - 1]] : undefined;
    let group = level.get(last) as Group<Row> | undefined;
    if (group === undefined) {
      group = { rows: [] };
      level.set(last, group);
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups.map(({ rows: members }) => {
    const out: Record<string, unknown> = {};
    for (const key of by) out[key as string] = members[0][key];
    for (const [name, reduce] of Object.entries(rollup)) out[name] = reduce(members);
    return out as RolledUp<Row, Key, Rollup>;
  });
}

/** The number of rows in the group. */
export function count<Row>(): Reducer<Row, number> {
  return (rows) => rows.length;
}

/** The sum of a numeric field over the group. */
export function sum<Row>(
  field: { [K in keyof Row]: Row[K] extends number ? K : never }[keyof Row],
): Reducer<Row, number> {
  return (rows) => {
    let total = 0;
    for (const row of rows) total += row[field] as number;
    return total;
  };
}

/** How many distinct values a field takes in the group. */
export function distinctCount<Row>(field: keyof Row): Reducer<Row, number> {
  return (rows) => new Set(rows.map((row) => row[field])).size;
}

/**
 * The field's value in the group's first row: for fields that do not vary within a group (an
 * actor's side, an entry's category), or where the first row's value is the one wanted.
 */
export function first<Row, Field extends keyof Row>(field: Field): Reducer<Row, Row[Field]> {
  return (rows) => rows[0][field];
}
