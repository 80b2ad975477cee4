// Mount and update N StatusBadges against N plain spans (and the badge's markup by hand).
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { describeStatus, StatusBadge } from '../../src';

type Kind = 'badge' | 'span' | 'markup';
const KINDS: Kind[] = ['badge', 'span', 'markup'];
// Codes with distinct labels, so an update changes every row's text.
const CODES = [200, 201, 202, 204, 207, 302, 400, 401, 403, 404, 405, 408, 409, 412, 500, 503];
const DESCRIBED = CODES.map((code) => describeStatus(code));
const LABELS = DESCRIBED.map((descriptor) => descriptor.label);

/** The badge's own markup written out by hand: tells DOM cost from component cost. */
function Markup({ which }: { which: number }) {
  const d = DESCRIBED[which] as (typeof DESCRIBED)[number];
  return (
    <span
      className="rcs-badge"
      data-severity={d.severity}
      data-size="md"
      data-retry-state="idle"
      data-status-key={d.key}
      title={d.title}
    >
      {d.label}
    </span>
  );
}

function Rows({ kind, count, shift }: { kind: Kind; count: number; shift: number }) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const which = (i + shift) % CODES.length;
    if (kind === 'badge') rows.push(<StatusBadge key={i} status={CODES[which]} />);
    else if (kind === 'markup') rows.push(<Markup key={i} which={which} />);
    else
      rows.push(
        // The baseline: what an app would write by hand, the label text precomputed for free.
        <span key={i} className="bench-pill">
          {LABELS[which]}
        </span>,
      );
  }
  return <div>{rows}</div>;
}

/** Work plus style and layout: reading offsetHeight makes the browser finish the frame's work. */
function timed(work: () => void): number {
  const start = performance.now();
  work();
  void document.body.offsetHeight;
  return performance.now() - start;
}

/** One round: mount `count` rows, then change every row's status once. */
function round(kind: Kind, count: number) {
  const host = document.createElement('div');
  document.body.append(host);
  const root: Root = createRoot(host);
  const mount = timed(() =>
    flushSync(() => root.render(<Rows kind={kind} count={count} shift={0} />)),
  );
  const update = timed(() =>
    flushSync(() => root.render(<Rows kind={kind} count={count} shift={1} />)),
  );
  root.unmount();
  host.remove();
  return { mount, update };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * The kinds take turns within each round (rotating who goes first), so drift (GC, JIT,
 * thermals) hits all alike. Returns medians per kind and phase, and the median of each round's
 * own badge/span and markup/span ratios: on a noisy machine those are steadier than a ratio of
 * two medians taken from different moments.
 */
export function rows(count: number, rounds: number, warmup: number) {
  const samples = new Map(
    KINDS.map((kind) => [kind, { mount: [] as number[], update: [] as number[] }]),
  );
  for (let r = 0; r < warmup + rounds; r++) {
    for (let k = 0; k < KINDS.length; k++) {
      const kind = KINDS[(r + k) % KINDS.length] as Kind;
      const { mount, update } = round(kind, count);
      if (r < warmup) continue;
      samples.get(kind)?.mount.push(mount);
      samples.get(kind)?.update.push(update);
    }
  }
  const of = (kind: Kind) => samples.get(kind) as { mount: number[]; update: number[] };
  const ratios = (kind: Kind, phase: 'mount' | 'update') =>
    median(of(kind)[phase].map((time, i) => time / (of('span')[phase][i] as number)));
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      {
        mount: median(of(kind).mount),
        update: median(of(kind).update),
        ratio: { mount: ratios(kind, 'mount'), update: ratios(kind, 'update') },
      },
    ]),
  );
}
