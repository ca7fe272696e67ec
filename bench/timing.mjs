// Times simulate() (or, for a scenario with `call: "screen"`, screen()) through the JS contract. Imported as is by Node (bench/run.mjs) and by the
// benchmark page in headless Chromium, so both environments are timed by the same code.

/** The smallest step of performance.now() seen, in µs (Chromium coarsens it; Node does not). */
export function timerResolution() {
  let smallest = Infinity;
  for (let i = 0; i < 200; i += 1) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest * 1000;
}

/** The answer's problem against `expect` of bench/requests.json, or null when it is the one expected. */
export function checkAnswer(answer, expect) {
  if (answer?.ok !== expect.ok) return `ok is ${answer?.ok}, expected ${expect.ok}: ${JSON.stringify(answer).slice(0, 300)}`;
  if ('amountYen' in expect && answer.amountYen !== expect.amountYen) return `amountYen ${answer.amountYen}, expected ${expect.amountYen}`;
  if ('errors' in expect && !(answer.errors?.length >= expect.errors)) return `${answer.errors?.length} errors, expected at least ${expect.errors}`;
  for (const list of ['alternatives', 'hints', 'programs']) {
    if (list in expect && answer[list]?.length !== expect[list]) return `${answer[list]?.length} ${list}, expected ${expect[list]}`;
  }
  return null;
}

/**
 * Times `simulate(request)`: a warm-up of at least `warmupMs` and 1,000 calls, then at least
 * `minCalls` timed calls. When one call is too short for the timer (`resolutionUs`), calls are
 * timed in batches long enough for the timer (at least 100 steps of it), and every sample is the
 * mean of one batch. Returns per-call figures in µs (and the samples, sorted, with `keepSamples`).
 */
export function measure(simulate, request, { minCalls = 10000, minSamples = 1000, warmupMs = 300, resolutionUs, keepSamples = false }) {
  let sink = 0;
  const warmStart = performance.now();
  let warmCalls = 0;
  while (warmCalls < 1000 || performance.now() - warmStart < warmupMs) {
    sink += simulate(request).ok ? 1 : 0;
    warmCalls += 1;
  }
  // A second, timed pass over a known number of calls estimates one call's cost.
  const estStart = performance.now();
  for (let i = 0; i < 500; i += 1) sink += simulate(request).ok ? 1 : 0;
  const estimateUs = ((performance.now() - estStart) * 1000) / 500;

  // Node's timer has sub-µs steps: time each call. Otherwise batch.
  const batch = resolutionUs <= 0.1 ? 1 : Math.max(1, Math.ceil((100 * resolutionUs) / Math.max(estimateUs, 0.01)));
  const samples = Math.max(minSamples, Math.ceil(minCalls / batch));
  const times = new Float64Array(samples);
  for (let s = 0; s < samples; s += 1) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i += 1) sink += simulate(request).ok ? 1 : 0;
    times[s] = ((performance.now() - t0) * 1000) / batch;
  }
  times.sort();
  const at = (q) => times[Math.min(samples - 1, Math.floor(q * samples))];
  return {
    calls: samples * batch,
    batch,
    samples,
    ...(keepSamples ? { times: Array.from(times) } : {}),
    medianUs: at(0.5),
    p95Us: at(0.95),
    p99Us: at(0.99),
    meanUs: times.reduce((a, b) => a + b, 0) / samples,
    minUs: times[0],
    warmupCalls: warmCalls + 500,
    sink,
  };
}

/** Pools the samples of several rounds of `measure` (each with `keepSamples`) into one set of
 *  figures, so that a round disturbed by another process weighs as one round among several. */
export function pool(rounds) {
  const times = rounds.flatMap((r) => r.times).sort((a, b) => a - b);
  const n = times.length;
  const at = (q) => times[Math.min(n - 1, Math.floor(q * n))];
  return {
    rounds: rounds.length,
    calls: rounds.reduce((a, r) => a + r.calls, 0),
    batch: rounds[0].batch,
    samples: n,
    medianUs: at(0.5),
    p95Us: at(0.95),
    p99Us: at(0.99),
    meanUs: times.reduce((a, b) => a + b, 0) / n,
    minUs: times[0],
    roundMediansUs: rounds.map((r) => r.medianUs),
  };
}
