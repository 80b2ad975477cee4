import { type FormEvent, useId, useState } from 'react';
import { StatusAlert } from '../../src';
import { copy } from './copy';
import { shown, useLayer } from './layer';
import { Panel } from './Panel';

/**
 * CONNECT's "get or create": 201 for a new stream, 302 when an identical one is there (the
 * browser follows it; the client reports it from `response.redirected`), 409 when one with the
 * same ID differs.
 */
export function CreateForm({ ns, onOpen }: { ns: string; onOpen: (id: string) => void }) {
  const create = useLayer().useCreate(ns);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const idField = useId();
  const nameField = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.run({ Id: id.trim(), Name: name.trim() }).catch(shown);
  };
  const result = create.error ?? create.data?.status ?? null;
  const existing = create.data?.status === 302 ? create.data.stream : undefined;
  return (
    <Panel title={copy.create}>
      <form onSubmit={submit}>
        <label htmlFor={idField}>{copy.streamId}</label>
        <input id={idField} value={id} required onChange={(event) => setId(event.target.value)} />
        <label htmlFor={nameField}>{copy.name}</label>
        <input
          id={nameField}
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
        />
        <div className="dash__actions">
          <button type="submit" disabled={create.pending}>
            {create.pending ? copy.creating : copy.createButton}
          </button>
        </div>
      </form>
      <StatusAlert
        status={result}
        method="POST"
        headingLevel={4}
        action={
          existing && (
            <button type="button" className="rcs-button" onClick={() => onOpen(existing.Id)}>
              {copy.openExisting(existing.Name)}
            </button>
          )
        }
      />
    </Panel>
  );
}
