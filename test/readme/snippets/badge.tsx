import { StatusBadge } from 'react-connect-status';

// A cell of a table of streams: the last status's label, its icon and its code. Given a
// hook's controller (docs/integrations.md, "The hook"), it shows the retry countdown too.
export const StatusCell = ({ status }: { status: number }) => (
  <td>
    <StatusBadge status={status} showCode />
  </td>
);
