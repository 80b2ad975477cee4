import { HttpResponse } from 'msw';
import { operationIds, type Stream, type StreamDef } from './data';
import { connectError } from './respond';

/**
 * A bulk create as CONNECT answers it: 201 when every item worked, 207 with `Data` (what worked)
 * and `ChildErrors` (what failed, each with its own `StatusCode`) when only some did.
 */
export function importStreams(batch: StreamDef[], known: Map<string, Stream>, validId: RegExp) {
  const created: Stream[] = [];
  const failed: object[] = [];
  for (const item of batch) {
    const existing = known.get(item.Id);
    if (!validId.test(item.Id)) {
      failed.push({
        StatusCode: 400,
        Id: item.Id,
        Error: 'The stream ID is not valid.',
        Reason: 'IDs may use letters, digits, dots, dashes and underscores only.',
        Resolution: 'Rename the stream and import it again.',
      });
    } else if (existing && existing.Name !== item.Name) {
      failed.push({
        StatusCode: 409,
        Id: item.Id,
        Error: 'The stream already exists with a different definition.',
        Reason: `It is named "${existing.Name}".`,
        Resolution: 'Use another ID, or match the existing name.',
      });
    } else {
      const stream = existing ?? { ...item, TypeId: 'float', Unit: '' };
      known.set(item.Id, stream);
      created.push(stream);
    }
  }
  if (failed.length === 0) return HttpResponse.json(created, { status: 201 });
  return connectError(207, {
    OperationId: operationIds.bulk,
    Error: 'Not all streams were created.',
    Data: created,
    ChildErrors: failed,
  });
}
