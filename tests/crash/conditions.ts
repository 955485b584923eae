/**
 * Waiting for a client's condition: `until(done)` resolves once `done()`
 * holds or the socket has closed, checked each time the client calls
 * `check()` (after every frame it reads, and when the socket closes).
 */
export class Conditions {
  private readonly waiters = new Set<() => void>();

  constructor(private readonly isOpen: () => boolean) {}

  until(done: () => boolean): Promise<void> {
    if (done() || !this.isOpen()) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = () => {
        if (done() || !this.isOpen()) {
          this.waiters.delete(waiter);
          resolve();
        }
      };
      this.waiters.add(waiter);
    });
  }

  check(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
