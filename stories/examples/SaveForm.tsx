import { type FormEvent, useId, useState } from 'react';
import { StatusAlert } from '../../src';
import type { Stream, Versioned } from './api';
import { copy } from './copy';
import { shown, useLayer } from './layer';

interface Props {
  ns: string;
  loaded: Versioned<Stream>;
  reload: () => Promise<unknown>;
}

/**
 * Edits the description and saves with the version it was read at. When someone else saved
 * first (412), the alert offers the way out: reload the latest version, then change it again.
 */
export function SaveForm({ ns, loaded, reload }: Props) {
  const save = useLayer().useSave(ns);
  const [description, setDescription] = useState(loaded.item.Description ?? '');
  const [etag, setEtag] = useState(loaded.etag);
  const [saved, setSaved] = useState(false);
  const inputId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.run({ stream: { ...loaded.item, Description: description }, etag }).then((next) => {
      setEtag(next);
      setSaved(true);
    }, shown);
  };
  const reloadLatest = () => {
    save.reset();
    reload().catch(shown);
  };

  return (
    <form onSubmit={submit}>
      <label htmlFor={inputId}>{copy.description}</label>
      <input
        id={inputId}
        value={description}
        onChange={(event) => {
          setDescription(event.target.value);
          setSaved(false);
        }}
      />
      <div className="dash__actions">
        <button type="submit" disabled={save.pending}>
          {save.pending ? copy.saving : copy.save}
        </button>
        <span role="status">{saved ? copy.saved : ''}</span>
      </div>
      {save.error != null && (
        <StatusAlert
          status={save.error}
          method="PUT"
          headingLevel={4}
          action={
            <button type="button" className="rcs-button" onClick={reloadLatest}>
              {copy.reloadLatest}
            </button>
          }
        />
      )}
    </form>
  );
}
