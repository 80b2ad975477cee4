// describeStatus calls per second in Node, per kind of input: median of several timed rounds.
import { performance } from 'node:perf_hooks';

const ROUND_MS = 300;
const ROUNDS = 7;

function inputs({ toConnectError }) {
  const body = {
    OperationId: 'op-7f3a',
    Error: 'Bad request',
    Reason: 'Field X is out of range.',
    ChildErrors: [{ Id: 'a', StatusCode: 400, Reason: 'No.' }],
  };
  return {
    'a status code (503)': 503,
    'a fetch Response (429, Retry-After)': new Response(null, {
      status: 429,
      headers: { 'Retry-After': '12' },
    }),
    'a thrown network error': new TypeError('Failed to fetch'),
    'a ConnectError (read once, described often)': toConnectError({ status: 400, body }),
    '{ status, body } with a raw JSON body': { status: 400, body: JSON.stringify(body) },
  };
}

/** Operations per second for one input: calls are batched so the clock is read rarely. */
function measure(describeStatus, input) {
  const rates = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < ROUND_MS) {
      for (let i = 0; i < 1000; i++) sink += describeStatus(input).code;
      calls += 1000;
      elapsed = performance.now() - start;
    }
    rates.push((calls / elapsed) * 1000);
  }
  if (sink === -1) console.log(sink); // keeps the calls observable to the JIT
  rates.sort((a, b) => a - b);
  return rates[ROUNDS >> 1];
}

export function throughput(core) {
  const results = {};
  for (const [name, input] of Object.entries(inputs(core))) {
    measure(core.describeStatus, input); // warm-up
    results[name] = measure(core.describeStatus, input);
  }
  return results;
}
