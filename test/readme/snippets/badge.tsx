import { StatusBadge } from 'react-connect-status';

// A table of streams, each with its last status: the badge shows the state's label and code.
export function StreamRow({ name, status }: { name: string; status: number }) {
  return (
    <tr>
      <td>{name}</td>
      <td>
        <StatusBadge status={status} showCode />
      </td>
    </tr>
  );
}
