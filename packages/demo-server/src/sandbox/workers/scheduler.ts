export interface Job {
  tick: () => void | Promise<void>;
}

/**
 * Runs background jobs on a short interval. One pass at a time: a slow
 * webhook receiver delays the next pass instead of stacking requests.
 */
export function startScheduler(jobs: Job[], intervalMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const pass = async () => {
    for (const job of jobs) {
      try {
        await job.tick();
      } catch (error) {
        console.error('[sandbox] background job failed', error);
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    stop: async (): Promise<void> => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
