// Descriptors describeStatus made, so a controller an app builds around one can be trusted to
// hold well-typed words and details (see asController), and a forged one cannot. Apart from
// describeStatus itself, so checking a controller does not bring every word along.
const described = new WeakSet<object>();

export function markDescribed<T extends object>(descriptor: T): T {
  described.add(descriptor);
  return descriptor;
}

/** Whether `value` is a descriptor returned by describeStatus. Never throws. */
export function isDescriptor(value: unknown): boolean {
  return typeof value === 'object' && value !== null && described.has(value);
}
