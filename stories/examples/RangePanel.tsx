import { useId, useState } from 'react';
import { StatusAlert, useConnectStatus } from '../../src';
import type { Range } from './api';
import { copy } from './copy';
import { useLayer } from './layer';

const ranges = Object.keys(copy.ranges) as Range[];

/** Reads the stored values of a time range. A 30-day read times out (408): pick a shorter one. */
export function RangePanel({ ns, id }: { ns: string; id: string }) {
  const [range, setRange] = useState<Range>('1h');
  const values = useLayer().useRange(ns, id, range);
  const controller = useConnectStatus(values.error, { onRetry: values.reload, method: 'GET' });
  const headingId = useId();
  const count = values.data && new Intl.NumberFormat('en').format(values.data.length);
  return (
    <section aria-labelledby={headingId} className="dash__panel">
      <h4 id={headingId}>{copy.values}</h4>
      <label>
        {copy.range}
        <select value={range} onChange={(event) => setRange(event.target.value as Range)}>
          {ranges.map((option) => (
            <option key={option} value={option}>
              {copy.ranges[option]}
            </option>
          ))}
        </select>
      </label>
      {values.error != null ? (
        <StatusAlert controller={controller} headingLevel={5} />
      ) : (
        <p className="dash__muted">{count ? copy.valueCount(count) : copy.loading}</p>
      )}
    </section>
  );
}
