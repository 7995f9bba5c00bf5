/** A seeded random source for the benchmark: the same seed writes the same corpus and questions. */
import prand from 'pure-rand';

export class SeededRandom {
  private readonly rng: prand.RandomGenerator;

  constructor(seed: number) {
    this.rng = prand.xoroshiro128plus(seed);
  }

  /** A whole number from `from` to `to`, both included. */
  int(from: number, to: number): number {
    return prand.unsafeUniformIntDistribution(from, to, this.rng);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  chance(probability: number): boolean {
    return this.int(0, 999_999) < probability * 1_000_000;
  }

  /**
   * An index 0..n-1 with Zipf-like frequencies (rank r drawn with weight 1/r), as words occur in
   * real text: a few very common, a long tail of rare ones. Inverse of the harmonic integral.
   */
  zipf(n: number): number {
    const u = this.int(0, 999_999) / 1_000_000;
    return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1))) - 1);
  }
}
