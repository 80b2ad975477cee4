// The public surface, nothing else.

export {
  ConnectErrorBoundary,
  type ConnectErrorBoundaryFallbackProps,
  type ConnectErrorBoundaryProps,
  type ConnectErrorBoundaryResetDetails,
} from './components/ConnectErrorBoundary';
export {
  StatusAlert,
  type StatusAlertBaseProps,
  type StatusAlertControllerProps,
  type StatusAlertProps,
  type StatusAlertStatusProps,
} from './components/StatusAlert';
export {
  StatusBadge,
  type StatusBadgeBaseProps,
  type StatusBadgeControllerProps,
  type StatusBadgeProps,
  type StatusBadgeStatusProps,
} from './components/StatusBadge';
export {
  StatusPage,
  type StatusPageActions,
  type StatusPageBaseProps,
  type StatusPageControllerProps,
  type StatusPageProps,
  type StatusPageStatusProps,
} from './components/StatusPage';
export { catalog, connectCodes, extraCodes, keyForCode } from './core/catalog';
export {
  type ReadConnectErrorOptions,
  readConnectError,
  toConnectError,
} from './core/connect-error';
export { type FactsOptions, statusFacts } from './core/facts';
export { isConnectError } from './core/guards';
export { isRequestFailure } from './core/request-failure';
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
export type { RetryCycle } from './core/retry-cycle';
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
  StatusFacts,
  StatusKey,
} from './core/types';
export { ConnectStatusProvider, type ConnectStatusProviderProps } from './hooks/provider';
export type { StatusEvent, StatusListener } from './hooks/status-events';
export { useMessages } from './hooks/use-messages';
export {
  type ConnectStatus,
  type UseConnectStatusOptions,
  useConnectStatus,
} from './hooks/useConnectStatus';
export { type DescribeOptions, describeStatus } from './i18n/describe';
export { formatMessage, type PluralForms } from './i18n/format';
export { en } from './i18n/locales/en';
export {
  type MessageOverrides,
  type Messages,
  mergeMessages,
  type StateMessages,
  type UiMessages,
} from './i18n/messages';
