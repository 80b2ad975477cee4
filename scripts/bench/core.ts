// What the Node throughput benchmark calls: the pure core, no React.

export { toConnectError } from '../../src/core/connect-error';
export { describeStatus } from '../../src/i18n/describe';
export { storeWork } from './store';
