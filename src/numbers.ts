/** Four decimals: the project convention for every number that leaves the library. */
export function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
