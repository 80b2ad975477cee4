import { type ReactNode, useId } from 'react';

/** A titled region; `aside` sits beside the heading, outside its name (a badge, say). */
export function Panel(props: { title: ReactNode; aside?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="dash__panel" aria-labelledby={id}>
      <div className="dash__header">
        <h3 id={id}>{props.title}</h3>
        {props.aside}
      </div>
      {props.children}
    </section>
  );
}
