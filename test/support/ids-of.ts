import type { ConnectError } from '../../src';

/** Every id a ConnectError carries: operation ids, child ids, parameter keys. */
export function idsOf(error: ConnectError): string[] {
  const ids: string[] = [];
  if (error.operationId) ids.push(error.operationId);
  ids.push(...Object.keys(error.parameters ?? {}));
  for (const child of [...(error.childErrors ?? []), ...(error.partial?.items ?? [])]) {
    if (child.id) ids.push(child.id);
    if (child.operationId) ids.push(child.operationId);
    ids.push(...Object.keys(child.parameters ?? {}));
  }
  return ids;
}
