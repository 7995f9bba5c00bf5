declare module 'damerau-levenshtein' {
  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
  function distance(a: string, b: string, limit?: number): { steps: number; relative: number; similarity: number };
  export = distance;
}
