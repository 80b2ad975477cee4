import type { StatusKey } from '../../core/types';
import type { Messages } from '../messages';
import { enBrief } from './en-brief';

/**
 * English, the default. Written for people working in a dashboard, following the copy guide:
 * what happened (title), why (message), what to do now (advice). No jargon, no blame.
 */
/** Each state's message (why) and advice (what to do now); its label and title are in enBrief. */
const sentences: Record<StatusKey, [message: string, advice: string]> = {
  '200': ['The request went through.', 'No action needed.'],
  '201': ['The new item was created.', 'No action needed.'],
  '202': [
    "We've accepted the request and are still working on it.",
    'Check back in a little while to see the result.',
  ],
  '204': ['The change went through. There is nothing more to show.', 'No action needed.'],
  '207': [
    'Part of the request worked, but some items failed.',
    'Review the failed items, fix them and send those again.',
  ],
  '302': [
    'An identical item is already there, so nothing was changed.',
    'No action needed. You can use the existing item.',
  ],
  '400': [
    "The service couldn't accept what was sent. Sending it again unchanged won't work.",
    'Check the details from the service, change the request and send it again.',
  ],
  '401': [
    "We couldn't confirm who you are. Sign-in sessions last up to an hour.",
    'Sign in again, then try once more.',
  ],
  '403': [
    "Your account doesn't have the role this item needs.",
    'Ask an administrator to give you access.',
  ],
  '404': [
    'It may have been deleted, or the ID or namespace may be wrong.',
    'Check the ID and the namespace, or pick the item again from the list.',
  ],
  '405': [
    "This item can't be changed this way. It may be read-only.",
    'Use a different action, or contact support if you need this one.',
  ],
  '408': [
    'The service stopped waiting before the request finished. Large reads often cause this.',
    'Try a shorter time range or fewer items, or try again.',
  ],
  '409': [
    'An item with the same ID already exists with a different definition.',
    'Reload, compare the two versions, then decide which one to keep.',
  ],
  '412': [
    "It was updated after you opened it, so your change wasn't saved.",
    'Reload to get the latest version, then make your change again.',
  ],
  '429': [
    'The service is limiting how often it can be asked. This passes quickly.',
    'Wait a moment, then try again.',
  ],
  '500': [
    'The service ran into an unexpected problem. It may be temporary.',
    'Try again. If it keeps happening, contact support with the operation ID.',
  ],
  '502': [
    'A server on the way to the service got an answer it could not use. This is usually brief.',
    'Try again in a moment.',
  ],
  '503': [
    'The service is busy or under maintenance. This is usually temporary.',
    'Wait a moment, then try again.',
  ],
  '504': [
    'A server on the way to the service gave up waiting for its answer.',
    'Try again in a moment.',
  ],
  offline: [
    'No answer came back. Your device may be offline, or the network is blocking the service.',
    'Check your connection, then try again.',
  ],
  timeout: [
    'The request took longer than this app allows, so we stopped waiting.',
    'Try again, or ask for less data at once.',
  ],
  aborted: ['The request was stopped before it finished.', 'Run it again if you still need it.'],
  '1xx': ['The service is still handling the request.', 'Wait for it to finish.'],
  '2xx': ['The service accepted the request.', 'No action needed.'],
  '3xx': [
    'The service pointed to another location for this item.',
    'Refresh to follow it, or open the item again.',
  ],
  '4xx': [
    'Something about the request needs to change before it can work.',
    'Check the details from the service, or contact support with the operation ID.',
  ],
  '5xx': ['Something failed on the service side. It may be temporary.', 'Try again in a moment.'],
  unknown: [
    "We couldn't tell what happened with this request.",
    'Try again. If it keeps happening, contact support.',
  ],
};

const states = {} as Messages['states'];
for (const key of Object.keys(sentences) as StatusKey[]) {
  const [message, advice] = sentences[key];
  states[key] = { ...enBrief.states[key], message, advice };
}

export const en: Messages = {
  locale: 'en',
  states,
  ui: {
    ...enBrief.ui,
    severity: { success: 'Success', info: 'Information', warning: 'Warning', error: 'Error' },
    retry: 'Try again',
    retryNow: 'Retry now',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    attempt: 'Attempt {attempt} of {max}',
    recovered: 'Back to normal. The retry worked.',
    recoveredTitle: 'Back to normal',
    recoveredMessage: 'The retry worked.',
    exhausted: {
      one: 'Still not working after {max} try. Check the service status, or contact support.',
      other: 'Still not working after {max} tries. Check the service status, or contact support.',
    },
    cancelled: 'Automatic retries stopped.',
    waitSeconds: 'Try again after the {seconds} s pause the service asked for.',
    tryAfter: 'Try again after {time}.',
    detailsFromService: 'Details from the service',
    reasonLabel: 'Reason',
    resolutionLabel: 'What to do',
    textLabel: 'Response',
    showMore: 'Show more',
    showLess: 'Show less',
    operationId: 'Operation ID',
    copy: 'Copy operation ID',
    copied: 'Copied',
    copyFailed: 'Select the ID and copy it',
    partialGroup: '{count} with code {status}',
    partialMore: 'Show {count} more',
    item: 'Item',
    itemAt: 'Item {position}',
    // A status page's action for each next step: what the app's link or button does.
    nextStep: {
      none: 'Continue',
      wait: 'Check again',
      retry: 'Try again',
      'fix-input': 'Change the request',
      'sign-in': 'Sign in',
      'request-access': 'Request access',
      'check-address': 'Go back',
      reload: 'Reload',
      'review-items': 'Review the failed items',
      'contact-support': 'Contact support',
      'check-connection': 'Try again',
    },
  },
};
