// The public surface, nothing else.

export { StatusAlert, type StatusAlertProps } from './components/StatusAlert';
export { StatusBadge, type StatusBadgeProps } from './components/StatusBadge';
export { catalog, connectCodes, extraCodes, keyForCode } from './core/catalog';
export {
  isConnectError,
  type ReadConnectErrorOptions,
  readConnectError,
  toConnectError,
} from './core/connect-error';
export { type DescribeOptions, describeStatus } from './core/describe';
export {
  defaultRetryPolicy,
  isLongWait,
  isSafeToRepeat,
  parseRetryAfter,
  type RetryPolicy,
  resolveRetryPolicy,
  retryAfterFromHeaders,
  retryDelay,
} from './core/retry';
export type {
  CatalogEntry,
  ChildError,
  ConnectError,
  NextStep,
  PartialSummary,
  ProblemDetails,
  RetryGuidance,
  Severity,
  StatusDescriptor,
  StatusDetails,
  StatusKey,
} from './core/types';
export type { RetryCycle } from './hooks/retry-cycle';
export {
  type ConnectStatus,
  type UseConnectStatusOptions,
  useConnectStatus,
} from './hooks/useConnectStatus';
export {
  ConnectStatusProvider,
  type ConnectStatusProviderProps,
  useMessages,
} from './i18n/context';
export { en } from './i18n/en';
export {
  formatMessage,
  type MessageOverrides,
  type Messages,
  mergeMessages,
  type StateMessages,
  type UiMessages,
} from './i18n/messages';
