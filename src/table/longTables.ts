import type { Document } from '../types';
import { ACTOR_COLUMNS, actorRows } from './actorRows';
import { type DataFrame, dfd } from './danfo';
import { SIDE_COLUMNS, sideRows } from './sideRows';
import { SOURCE_TYPE_COLUMNS, sourceTypeRows } from './sourceTypeRows';
import { TERM_COLUMNS, termRows } from './termRows';

/**
 * Plain rows as a danfojs DataFrame with the given column order. Built from arrays (not
 * objects) so danfojs keeps the order; an empty corpus still gets its columns.
 */
export function rowsToDataFrame<R extends object>(
  rows: readonly R[],
  columns: readonly (keyof R & string)[],
): DataFrame {
  const values = rows.map((row) => columns.map((column) => row[column] as unknown));
  return new dfd.DataFrame(values, { columns: [...columns] });
}

/** Actor × document as a DataFrame (rows and order as `actorRows`). */
export function actorTable(documents: readonly Document[]): DataFrame {
  return rowsToDataFrame(actorRows(documents), ACTOR_COLUMNS);
}

/** Loaded-term wording × document as a DataFrame (rows and order as `termRows`). */
export function termTable(documents: readonly Document[]): DataFrame {
  return rowsToDataFrame(termRows(documents), TERM_COLUMNS);
}

/** Source type × document as a DataFrame (rows and order as `sourceTypeRows`). */
export function sourceTypeTable(documents: readonly Document[]): DataFrame {
  return rowsToDataFrame(sourceTypeRows(documents), SOURCE_TYPE_COLUMNS);
}

/** Side × document as a DataFrame (rows and order as `sideRows`). */
export function sideTable(documents: readonly Document[]): DataFrame {
  return rowsToDataFrame(sideRows(documents), SIDE_COLUMNS);
}
