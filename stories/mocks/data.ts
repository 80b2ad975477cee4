/**
 * The fixtures behind the mock CONNECT API: one tenant, two namespaces, a handful of streams.
 * Plain data, shared by the handlers (what the server knows) and the play functions (what a
 * person should see).
 */

export const TENANT = 'acme';
/** Every endpoint lives under this path, as CONNECT's data services do. */
export const API = `/api/v1/tenants/${TENANT}`;
export const TOKEN_URL = '/api/token';

export interface StreamDef {
  Id: string;
  Name: string;
  Description?: string;
}

export interface Stream extends StreamDef {
  TypeId: string;
  Unit: string;
}

export interface Namespace {
  Id: string;
  Description: string;
}

export const namespaces: Namespace[] = [
  { Id: 'plant-a', Description: 'Plant A, production' },
  { Id: 'plant-b', Description: 'Plant B, restricted' },
];

export const streams: Stream[] = [
  { Id: 'pump-01.flow', Name: 'Pump 1 flow', TypeId: 'float', Unit: 'm³/h' },
  { Id: 'pump-01.pressure', Name: 'Pump 1 pressure', TypeId: 'float', Unit: 'bar' },
  { Id: 'tank-03.level', Name: 'Tank 3 level', TypeId: 'float', Unit: '%' },
  { Id: 'boiler-02.temp', Name: 'Boiler 2 temperature', TypeId: 'float', Unit: '°C' },
];

/** The last value of each stream, as a data read returns it. */
export const latest: Record<string, number> = {
  'pump-01.flow': 42.5,
  'pump-01.pressure': 3.2,
  'tank-03.level': 76,
  'boiler-02.temp': 88.1,
};

export const ranges = ['1h', '24h', '30d'] as const;
export type Range = (typeof ranges)[number];
/** How many stored values a read of each range returns. */
export const valuesPerRange: Record<Range, number> = { '1h': 60, '24h': 1440, '30d': 43200 };

/** Operation ids the mock service stamps on its errors, fixed so stories can show them. */
export const operationIds = {
  unavailable: 'op-503-7d1e2f',
  signedOut: 'op-401-a41c9b',
  noRole: 'op-403-5be2d0',
  notFound: 'op-404-0c7f11',
  bulk: 'op-207-93ad4e',
  conflict: 'op-409-e2b7c3',
  stale: 'op-412-48f0aa',
  timeout: 'op-408-c3d5e9',
  server: 'op-500-9f3b2c',
} as const;

/** Eight streams to import; two clash with what is there and one has an ID the service rejects. */
export const importBatch: StreamDef[] = [
  { Id: 'line-4.speed', Name: 'Line 4 speed' },
  { Id: 'line-4.torque', Name: 'Line 4 torque' },
  { Id: 'line-4.current', Name: 'Line 4 current' },
  { Id: 'pump-01.flow', Name: 'Pump 1 flow rate' },
  { Id: 'line-4.vibration', Name: 'Line 4 vibration' },
  { Id: 'boiler-02.temp', Name: 'Boiler temperature' },
  { Id: 'line 4/oil temp', Name: 'Line 4 oil temperature' },
  { Id: 'line-4.power', Name: 'Line 4 power' },
];
