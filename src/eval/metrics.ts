import type { Accuracy, Prf } from './types';

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  let f1: number | null = null;
  if (precision !== null && recall !== null)
    f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

export const addPrf = (a: Prf, b: Prf): Prf => prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);

export const addAccuracy = (a: Accuracy, b: Accuracy): Accuracy =>
  accuracy(a.correct + b.correct, a.total + b.total);

/** Counts how many items satisfy a predicate, as an Accuracy. */
export function accuracyOf<T>(items: readonly T[], isCorrect: (item: T) => boolean): Accuracy {
  return accuracy(items.filter(isCorrect).length, items.length);
}
