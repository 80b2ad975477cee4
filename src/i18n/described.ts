// Descriptors describeStatus made, so a controller an app builds around one can be trusted to
// hold well-typed words and details (see asController), and a forged one cannot. Apart from
// describeStatus itself, so checking a controller does not bring every word along.
const described = new WeakSet<object>();

export function markDescribed<T extends object>(descriptor: T): T {
  described.add(descriptor);
  return descriptor;
}

/** Whether `value` is a descriptor returned by describeStatus. Never throws: a WeakSet holds
 * no primitive, and says so rather than throwing. */
export function isDescriptor(value: unknown): boolean {
  return described.has(value as object);
}
