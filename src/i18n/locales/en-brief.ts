import type { BriefMessages } from '../messages';

/**
 * The English a badge needs: each state's label and title, the retry line, the counts of a
 * partial failure. Apart from the rest of `en` (messages, advice, buttons), so a page of badges
 * does not ship the sentences only an alert shows.
 */
export const enBrief: BriefMessages = {
  locale: 'en',
  // Each state's label (a few words, distinct for every CONNECT code) and title (what happened).
  states: {
    '200': { label: 'OK', title: 'Request complete' },
    '201': { label: 'Created', title: 'Created' },
    '202': { label: 'Queued', title: 'Queued for processing' },
    '204': { label: 'Done', title: 'Done' },
    '207': { label: 'Partly failed', title: "Some items didn't go through" },
    '302': { label: 'Already exists', title: 'Already exists' },
    '400': { label: 'Invalid request', title: "Couldn't process this request" },
    '401': { label: 'Signed out', title: 'Your session has expired' },
    '403': { label: 'No access', title: "You don't have access to this" },
    '404': { label: 'Not found', title: "Couldn't find this item" },
    '405': { label: 'Not allowed', title: "This action isn't available here" },
    '408': { label: 'Timed out', title: 'The request took too long' },
    '409': { label: 'Conflict', title: 'This clashes with an existing item' },
    '412': { label: 'Changed elsewhere', title: 'Someone else changed this item' },
    '429': { label: 'Too many requests', title: 'Too many requests right now' },
    '500': { label: 'Server error', title: 'Something failed on our side' },
    '502': { label: 'Bad gateway', title: 'The service sent a broken answer' },
    '503': { label: 'Unavailable', title: 'Service temporarily unavailable' },
    '504': { label: 'Gateway timeout', title: "The service didn't answer in time" },
    offline: { label: 'Offline', title: "Couldn't reach the service" },
    timeout: { label: 'Took too long', title: 'Stopped waiting for an answer' },
    aborted: { label: 'Cancelled', title: 'Request cancelled' },
    '1xx': { label: 'In progress', title: 'Still in progress' },
    '2xx': { label: 'Succeeded', title: 'Request succeeded' },
    '3xx': { label: 'Moved', title: 'Found in another place' },
    '4xx': { label: 'Request problem', title: "The service couldn't accept this request" },
    '5xx': { label: 'Service error', title: 'The service ran into a problem' },
    unknown: { label: 'Unknown', title: 'Something went wrong' },
  },
  ui: {
    code: 'Code {code}',
    retrying: 'Trying again…',
    retryIn: 'Trying again in {seconds} s',
    retryInShort: '{seconds} s',
    retryAt: 'Trying again at {time}',
    waitingForConnection: "Offline. Trying again when you're back online.",
    partialFailedOf: '{failed} of {total} failed',
    partialFailed: '{failed} failed',
    partialFailedAtLeast: 'At least {failed} failed',
  },
};
