/**
 * First renders in time slices. A page that connects hundreds of widgets at once would otherwise
 * render them all in one long task: each render runs at once while the current slice lasts, the
 * rest wait for the next one, and the page gets the main thread in between (input, paint).
 */

// Long enough that a page of cards fills in few tasks (each with a frame after it), short enough
// that a slice and its layout stay under 50 ms.
const SLICE = 30;

let deadline: number | undefined;
let waiting: (() => void)[] | undefined;

/** The next task, ahead of other work where `scheduler.yield()` exists. */
export const pause = (): Promise<void> => {
  const {scheduler} = globalThis as {scheduler?: {yield?: () => Promise<void>}};
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

function startSlice() {
  deadline = performance.now() + SLICE;
  void pause().then(nextSlice);
}

function nextSlice() {
  deadline = undefined;
  const jobs = waiting;
  waiting = undefined;
  if (!jobs) return;
  startSlice();
  // Whatever does not fit waits for the slice after, ahead of jobs queued meanwhile.
  while (jobs.length && (performance.now() < (deadline ?? 0) || document.hidden)) jobs.shift()?.();
  if (jobs.length) waiting = [...jobs, ...(waiting ?? [])];
}

// The task that evaluates the script is the first slice: upgrading the widgets already in the page
// spends part of it (1,000 cards: about 75 ms), and their first renders then wait for the next task.
startSlice();

/**
 * Runs `job` now when the current slice has time left (or nothing is painted anyway: a hidden
 * page), else in a later slice; the promise settles once it has run.
 */
export function inSlice(job: () => void | Promise<unknown>): void | Promise<unknown> {
  if (deadline === undefined) startSlice();
  if (!waiting && (performance.now() < (deadline ?? 0) || document.hidden)) return job();
  return new Promise<void>((resolve, reject) => {
    (waiting ??= []).push(() => {
      try {
        job();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}
