import type { Messages } from '../messages';

/**
 * German, imported on its own (`react-connect-status/locales/de`) so apps without it do not
 * ship it. Written to the same copy guide as the English, not translated word for word: formal
 * "Sie", "wir" when the service failed, one word per thing ("Eintrag", "anmelden", "Support").
 */
export const de: Messages = {
  locale: 'de',
  states: {
    '200': {
      label: 'OK',
      title: 'Anfrage abgeschlossen',
      message: 'Die Anfrage wurde ausgeführt.',
      advice: 'Sie müssen nichts weiter tun.',
    },
    '201': {
      label: 'Angelegt',
      title: 'Angelegt',
      message: 'Der neue Eintrag wurde angelegt.',
      advice: 'Sie müssen nichts weiter tun.',
    },
    '202': {
      label: 'In Warteschlange',
      title: 'Zur Verarbeitung vorgemerkt',
      message: 'Wir haben die Anfrage angenommen und arbeiten noch daran.',
      advice: 'Sehen Sie etwas später nach dem Ergebnis.',
    },
    '204': {
      label: 'Erledigt',
      title: 'Erledigt',
      message: 'Die Änderung wurde übernommen. Es gibt nichts weiter anzuzeigen.',
      advice: 'Sie müssen nichts weiter tun.',
    },
    '207': {
      label: 'Teilweise fehlgeschlagen',
      title: 'Einige Einträge wurden nicht übernommen',
      message: 'Ein Teil der Anfrage hat geklappt, einige Einträge aber nicht.',
      advice:
        'Prüfen Sie die fehlgeschlagenen Einträge, korrigieren Sie sie und senden Sie sie erneut.',
    },
    '302': {
      label: 'Schon vorhanden',
      title: 'Schon vorhanden',
      message: 'Ein gleicher Eintrag ist bereits da, deshalb wurde nichts geändert.',
      advice: 'Sie müssen nichts tun. Sie können den vorhandenen Eintrag verwenden.',
    },
    '400': {
      label: 'Ungültige Anfrage',
      title: 'Anfrage konnte nicht verarbeitet werden',
      message:
        'Der Dienst konnte die gesendeten Daten nicht annehmen. Dieselben Daten noch einmal zu senden, hilft nicht.',
      advice:
        'Prüfen Sie die Angaben des Dienstes, ändern Sie die Anfrage und senden Sie sie erneut.',
    },
    '401': {
      label: 'Abgemeldet',
      title: 'Ihre Sitzung ist abgelaufen',
      message:
        'Wir konnten nicht bestätigen, wer Sie sind. Eine Anmeldung gilt höchstens eine Stunde.',
      advice: 'Melden Sie sich neu an und versuchen Sie es dann noch einmal.',
    },
    '403': {
      label: 'Kein Zugriff',
      title: 'Sie haben keinen Zugriff darauf',
      message: 'Ihrem Konto fehlt die Rolle, die für diesen Eintrag nötig ist.',
      advice: 'Bitten Sie Ihre Administration, Ihnen Zugriff zu geben.',
    },
    '404': {
      label: 'Nicht gefunden',
      title: 'Eintrag nicht gefunden',
      message: 'Er wurde vielleicht gelöscht, oder die ID oder der Namespace stimmt nicht.',
      advice: 'Prüfen Sie ID und Namespace oder wählen Sie den Eintrag erneut in der Liste aus.',
    },
    '405': {
      label: 'Nicht erlaubt',
      title: 'Diese Aktion ist hier nicht möglich',
      message: 'Dieser Eintrag lässt sich so nicht ändern. Vielleicht ist er schreibgeschützt.',
      advice:
        'Wählen Sie eine andere Aktion oder wenden Sie sich an den Support, wenn Sie diese brauchen.',
    },
    '408': {
      label: 'Zeitüberschreitung',
      title: 'Die Anfrage hat zu lange gedauert',
      message:
        'Der Dienst hat aufgehört zu warten, bevor die Anfrage fertig war. Das liegt oft an großen Abfragen.',
      advice:
        'Wählen Sie einen kürzeren Zeitraum oder weniger Einträge, oder versuchen Sie es erneut.',
    },
    '409': {
      label: 'Konflikt',
      title: 'Konflikt mit einem vorhandenen Eintrag',
      message: 'Ein Eintrag mit derselben ID existiert schon, aber mit einer anderen Definition.',
      advice: 'Laden Sie neu, vergleichen Sie beide Versionen und entscheiden Sie, welche bleibt.',
    },
    '412': {
      label: 'Anderswo geändert',
      title: 'Jemand anderes hat den Eintrag geändert',
      message:
        'Er wurde geändert, nachdem Sie ihn geöffnet haben. Ihre Änderung wurde deshalb nicht gespeichert.',
      advice: 'Laden Sie die aktuelle Version und nehmen Sie Ihre Änderung dann erneut vor.',
    },
    '429': {
      label: 'Zu viele Anfragen',
      title: 'Gerade zu viele Anfragen',
      message: 'Der Dienst begrenzt, wie oft er angefragt werden kann. Das geht schnell vorbei.',
      advice: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    '500': {
      label: 'Serverfehler',
      title: 'Bei uns ist etwas schiefgelaufen',
      message: 'Im Dienst ist ein unerwarteter Fehler aufgetreten. Das kann vorübergehend sein.',
      advice:
        'Versuchen Sie es erneut. Passiert es wieder, wenden Sie sich mit der Vorgangs-ID an den Support.',
    },
    '502': {
      label: 'Gateway-Fehler',
      title: 'Fehlerhafte Antwort vom Dienst',
      message:
        'Ein Server auf dem Weg zum Dienst hat eine unbrauchbare Antwort bekommen. Das dauert meist nicht lange.',
      advice: 'Versuchen Sie es gleich noch einmal.',
    },
    '503': {
      label: 'Nicht verfügbar',
      title: 'Dienst vorübergehend nicht verfügbar',
      message: 'Der Dienst ist ausgelastet oder wird gewartet. Das ist meist nur vorübergehend.',
      advice: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    '504': {
      label: 'Gateway-Zeitüberschreitung',
      title: 'Dienst hat nicht rechtzeitig geantwortet',
      message: 'Ein Server auf dem Weg zum Dienst hat nicht länger auf dessen Antwort gewartet.',
      advice: 'Versuchen Sie es gleich noch einmal.',
    },
    offline: {
      label: 'Keine Verbindung',
      title: 'Dienst nicht erreichbar',
      message:
        'Es kam keine Antwort. Ihr Gerät ist vielleicht offline, oder das Netzwerk blockiert den Dienst.',
      advice: 'Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
    },
    timeout: {
      label: 'Dauerte zu lange',
      title: 'Warten auf Antwort abgebrochen',
      message:
        'Die Anfrage hat länger gedauert, als diese Anwendung zulässt. Wir warten nicht mehr.',
      advice: 'Versuchen Sie es erneut oder fragen Sie weniger Daten auf einmal ab.',
    },
    aborted: {
      label: 'Abgebrochen',
      title: 'Anfrage abgebrochen',
      message: 'Die Anfrage wurde gestoppt, bevor sie fertig war.',
      advice: 'Starten Sie sie erneut, wenn Sie sie noch brauchen.',
    },
    '1xx': {
      label: 'In Bearbeitung',
      title: 'Noch in Bearbeitung',
      message: 'Der Dienst bearbeitet die Anfrage noch.',
      advice: 'Warten Sie, bis sie abgeschlossen ist.',
    },
    '2xx': {
      label: 'Erfolgreich',
      title: 'Anfrage erfolgreich',
      message: 'Der Dienst hat die Anfrage angenommen.',
      advice: 'Sie müssen nichts weiter tun.',
    },
    '3xx': {
      label: 'Verschoben',
      title: 'An anderer Stelle gefunden',
      message: 'Der Dienst verweist für diesen Eintrag auf einen anderen Ort.',
      advice: 'Aktualisieren Sie die Ansicht oder öffnen Sie den Eintrag erneut.',
    },
    '4xx': {
      label: 'Problem mit der Anfrage',
      title: 'Der Dienst konnte die Anfrage nicht annehmen',
      message: 'An der Anfrage muss sich etwas ändern, damit sie funktioniert.',
      advice:
        'Prüfen Sie die Angaben des Dienstes oder wenden Sie sich mit der Vorgangs-ID an den Support.',
    },
    '5xx': {
      label: 'Dienstfehler',
      title: 'Im Dienst ist ein Fehler aufgetreten',
      message: 'Auf der Seite des Dienstes ist etwas fehlgeschlagen. Das kann vorübergehend sein.',
      advice: 'Versuchen Sie es gleich noch einmal.',
    },
    unknown: {
      label: 'Unbekannt',
      title: 'Etwas ist schiefgelaufen',
      message: 'Wir konnten nicht feststellen, was mit dieser Anfrage passiert ist.',
      advice: 'Versuchen Sie es erneut. Passiert es wieder, wenden Sie sich an den Support.',
    },
  },
  ui: {
    severity: { success: 'Erfolg', info: 'Hinweis', warning: 'Warnung', error: 'Fehler' },
    code: 'Code {code}',
    retry: 'Erneut versuchen',
    retryNow: 'Jetzt versuchen',
    cancel: 'Abbrechen',
    dismiss: 'Schließen',
    retrying: 'Neuer Versuch läuft…',
    retryIn: 'Neuer Versuch in {seconds} s',
    retryInShort: '{seconds} s',
    retryAt: 'Neuer Versuch um {time}',
    attempt: 'Versuch {attempt} von {max}',
    recovered: 'Alles wieder in Ordnung. Der neue Versuch hat geklappt.',
    recoveredTitle: 'Alles wieder in Ordnung',
    recoveredMessage: 'Der neue Versuch hat geklappt.',
    exhausted: {
      one: 'Nach {max} Versuch klappt es noch immer nicht. Prüfen Sie den Status des Dienstes oder wenden Sie sich an den Support.',
      other:
        'Nach {max} Versuchen klappt es noch immer nicht. Prüfen Sie den Status des Dienstes oder wenden Sie sich an den Support.',
    },
    waitingForConnection: 'Offline. Neuer Versuch, sobald Sie wieder online sind.',
    cancelled: 'Automatische Versuche gestoppt.',
    waitSeconds: 'Der Dienst hat um {seconds} s Pause gebeten. Versuchen Sie es danach erneut.',
    tryAfter: 'Versuchen Sie es ab {time} erneut.',
    detailsFromService: 'Angaben des Dienstes',
    reasonLabel: 'Grund',
    resolutionLabel: 'Was Sie tun können',
    textLabel: 'Antwort',
    showMore: 'Mehr anzeigen',
    showLess: 'Weniger anzeigen',
    operationId: 'Vorgangs-ID',
    copy: 'Vorgangs-ID kopieren',
    copied: 'Kopiert',
    copyFailed: 'Markieren Sie die ID und kopieren Sie sie',
    partialFailedOf: '{failed} von {total} fehlgeschlagen',
    partialFailed: '{failed} fehlgeschlagen',
    partialFailedAtLeast: 'Mindestens {failed} fehlgeschlagen',
    partialGroup: '{count} mit Code {status}',
    partialMore: '{count} weitere anzeigen',
    item: 'Eintrag',
    itemAt: 'Eintrag {position}',
    nextStep: {
      none: 'Weiter',
      wait: 'Erneut nachsehen',
      retry: 'Erneut versuchen',
      'fix-input': 'Anfrage ändern',
      'sign-in': 'Anmelden',
      'request-access': 'Zugriff anfordern',
      'check-address': 'Zurück',
      reload: 'Neu laden',
      'review-items': 'Fehlgeschlagene Einträge prüfen',
      'contact-support': 'Support kontaktieren',
      'check-connection': 'Erneut versuchen',
    },
  },
};
