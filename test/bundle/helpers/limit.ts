/** At most `n` pwsh processes at a time per test file: the suite must fit two cores. */
export function limiter(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await job();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/** The limiter every bundle test shares within its process. */
export const pwshSlot = limiter(Number(process.env.FRAGBUNDLE_PWSH_JOBS ?? 2));
