import { type ChildError, StatusAlert, StatusBadge } from '../../src';
import { importBatch, type Stream } from '../mocks';
import { copy } from './copy';
import { shown, useLayer } from './layer';
import { Panel } from './Panel';

/**
 * Imports a batch in one request. A 207 is a success with failures inside: the alert counts and
 * lists them, and the results table gives every item its own badge.
 */
export function BulkImport({ ns }: { ns: string }) {
  const run = useLayer().useImport(ns);
  const result = run.error ?? run.data?.partial ?? (run.data ? 201 : null);
  return (
    <Panel title={copy.import}>
      <p className="dash__muted">{copy.importHint}</p>
      <div className="dash__actions">
        <button
          type="button"
          disabled={run.pending}
          onClick={() => run.run(importBatch).catch(shown)}
        >
          {run.pending ? copy.importing : copy.importButton(importBatch.length)}
        </button>
      </div>
      <StatusAlert status={result} method="POST" headingLevel={4} />
      {run.data && (
        <Results created={run.data.created} failed={run.data.partial?.childErrors ?? []} />
      )}
    </Panel>
  );
}

function Results({ created, failed }: { created: Stream[]; failed: ChildError[] }) {
  return (
    <table>
      <caption>{copy.results}</caption>
      <thead>
        <tr>
          <th scope="col">{copy.item}</th>
          <th scope="col">{copy.result}</th>
        </tr>
      </thead>
      <tbody>
        {created.map((stream) => (
          <tr key={stream.Id}>
            <th scope="row">
              <code>{stream.Id}</code>
            </th>
            <td>
              <StatusBadge status={201} />
            </td>
          </tr>
        ))}
        {failed.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <code>{item.id}</code>
            </th>
            <td>
              <StatusBadge status={item.status} method="POST" /> {item.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
