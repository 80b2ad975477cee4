import type { Messages } from '../messages';

/**
 * French, imported on its own (`react-connect-status/locales/fr`) so apps without it do not
 * ship it. Written to the same copy guide as the English, not translated word for word: "vous",
 * "nous" when the service failed, one word per thing ("élément", "requête", "se connecter",
 * "ID d'opération", "support"). French typography: a narrow no-break space (U+202F) before
 * : ; ? ! and inside « », a no-break space (U+00A0) between a number and its unit, "…" as one
 * character. Counts are phrased so they read for 1 and for many ("{failed} en échec").
 */
export const fr: Messages = {
  locale: 'fr',
  states: {
    '200': {
      label: 'OK',
      title: 'Requête terminée',
      message: 'La requête a abouti.',
      advice: "Aucune action n'est nécessaire.",
    },
    '201': {
      label: 'Créé',
      title: 'Créé',
      message: 'Le nouvel élément a été créé.',
      advice: "Aucune action n'est nécessaire.",
    },
    '202': {
      label: "En file d'attente",
      title: 'En attente de traitement',
      message: 'Nous avons reçu la requête et son traitement est en cours.',
      advice: 'Consultez le résultat un peu plus tard.',
    },
    '204': {
      label: 'Terminé',
      title: 'Terminé',
      message: "La modification a été prise en compte. Il n'y a rien d'autre à afficher.",
      advice: "Aucune action n'est nécessaire.",
    },
    '207': {
      label: 'Échec partiel',
      title: "Certains éléments n'ont pas abouti",
      message: 'Une partie de la requête a abouti, mais certains éléments ont échoué.',
      advice: 'Examinez les éléments en échec, corrigez-les et renvoyez-les.',
    },
    '302': {
      label: 'Existe déjà',
      title: 'Cet élément existe déjà',
      message: "Un élément identique existe déjà, donc rien n'a été modifié.",
      advice: "Aucune action n'est nécessaire. Vous pouvez utiliser l'élément existant.",
    },
    '400': {
      label: 'Requête invalide',
      title: 'Impossible de traiter cette requête',
      message:
        "Le service n'a pas pu accepter les données envoyées. Les renvoyer telles quelles ne fonctionnera pas.",
      advice: 'Consultez les détails fournis par le service, modifiez la requête et renvoyez-la.',
    },
    '401': {
      label: 'Déconnecté',
      title: 'Votre session a expiré',
      message: "Nous n'avons pas pu confirmer votre identité. Une session dure au plus une heure.",
      advice: 'Reconnectez-vous, puis réessayez.',
    },
    '403': {
      label: 'Accès refusé',
      title: "Vous n'avez pas accès à cet élément",
      message: "Votre compte n'a pas le rôle requis pour cet élément.",
      advice: "Demandez à un administrateur de vous donner l'accès.",
    },
    '404': {
      label: 'Introuvable',
      title: 'Élément introuvable',
      message: "Il a peut-être été supprimé, ou bien l'ID ou l'espace de noms est incorrect.",
      advice:
        "Vérifiez l'ID et l'espace de noms, ou sélectionnez à nouveau l'élément dans la liste.",
    },
    '405': {
      label: 'Action impossible',
      title: "Cette action n'est pas disponible ici",
      message:
        'Cet élément ne peut pas être modifié de cette façon. Il est peut-être en lecture seule.',
      advice:
        'Choisissez une autre action, ou contactez le support si vous avez besoin de celle-ci.',
    },
    '408': {
      label: 'Délai dépassé',
      title: 'La requête a pris trop de temps',
      message:
        "Le service a cessé d'attendre avant la fin de la requête. Les lectures volumineuses en sont souvent la cause.",
      advice: "Choisissez une période plus courte ou moins d'éléments, ou réessayez.",
    },
    '409': {
      label: 'Conflit',
      title: 'Conflit avec un élément existant',
      message: 'Un élément avec le même ID existe déjà, avec une définition différente.',
      advice: 'Rechargez, comparez les deux versions, puis choisissez celle à conserver.',
    },
    '412': {
      label: 'Modifié ailleurs',
      title: "Quelqu'un d'autre a modifié cet élément",
      message:
        "Il a été modifié depuis que vous l'avez ouvert, donc votre modification n'a pas été enregistrée.",
      advice: 'Rechargez pour obtenir la dernière version, puis refaites votre modification.',
    },
    '429': {
      label: 'Trop de requêtes',
      title: 'Trop de requêtes pour le moment',
      message: 'Le service limite la fréquence des requêtes. Cela ne dure pas.',
      advice: 'Patientez un instant, puis réessayez.',
    },
    '500': {
      label: 'Erreur serveur',
      title: 'Un problème est survenu de notre côté',
      message: 'Le service a rencontré un problème inattendu. Il est peut-être temporaire.',
      advice:
        "Réessayez. Si le problème persiste, contactez le support en indiquant l'ID d'opération.",
    },
    '502': {
      label: 'Erreur passerelle',
      title: 'Réponse du service inutilisable',
      message:
        'Un serveur intermédiaire a reçu du service une réponse inutilisable. Cela dure généralement peu.',
      advice: 'Réessayez dans un instant.',
    },
    '503': {
      label: 'Indisponible',
      title: 'Service temporairement indisponible',
      message: "Le service est surchargé ou en maintenance. C'est généralement temporaire.",
      advice: 'Patientez un instant, puis réessayez.',
    },
    '504': {
      label: 'Délai passerelle',
      title: "Le service n'a pas répondu à temps",
      message: "Un serveur intermédiaire a cessé d'attendre la réponse du service.",
      advice: 'Réessayez dans un instant.',
    },
    offline: {
      label: 'Hors ligne',
      title: 'Impossible de joindre le service',
      message:
        "Aucune réponse n'est parvenue. Votre appareil est peut-être hors ligne, ou le réseau bloque le service.",
      advice: 'Vérifiez votre connexion réseau, puis réessayez.',
    },
    timeout: {
      label: 'Trop long',
      title: 'Attente de la réponse interrompue',
      message:
        "La requête a pris plus de temps que cette application ne le permet, donc nous avons cessé d'attendre.",
      advice: 'Réessayez, ou demandez moins de données à la fois.',
    },
    aborted: {
      label: 'Annulé',
      title: 'Requête annulée',
      message: 'La requête a été arrêtée avant la fin.',
      advice: 'Relancez-la si vous en avez encore besoin.',
    },
    '1xx': {
      label: 'En cours',
      title: 'Toujours en cours',
      message: 'Le service traite encore la requête.',
      advice: 'Attendez la fin du traitement.',
    },
    '2xx': {
      label: 'Réussi',
      title: 'Requête réussie',
      message: 'Le service a accepté la requête.',
      advice: "Aucune action n'est nécessaire.",
    },
    '3xx': {
      label: 'Déplacé',
      title: 'Trouvé à un autre endroit',
      message: 'Le service indique un autre emplacement pour cet élément.',
      advice: "Actualisez la page pour le suivre, ou rouvrez l'élément.",
    },
    '4xx': {
      label: 'Requête à revoir',
      title: 'Requête refusée par le service',
      message: 'La requête doit être modifiée pour pouvoir aboutir.',
      advice:
        "Consultez les détails fournis par le service, ou contactez le support en indiquant l'ID d'opération.",
    },
    '5xx': {
      label: 'Erreur du service',
      title: 'Le service a rencontré un problème',
      message: 'Un problème est survenu du côté du service. Il est peut-être temporaire.',
      advice: 'Réessayez dans un instant.',
    },
    unknown: {
      label: 'Inconnu',
      title: 'Un problème est survenu',
      message: "Nous n'avons pas pu déterminer ce qui est arrivé à cette requête.",
      advice: 'Réessayez. Si le problème persiste, contactez le support.',
    },
  },
  ui: {
    severity: {
      success: 'Succès',
      info: 'Information',
      warning: 'Avertissement',
      error: 'Erreur',
    },
    code: 'Code {code}',
    retry: 'Réessayer',
    retryNow: 'Réessayer maintenant',
    cancel: 'Annuler',
    dismiss: 'Fermer',
    retrying: 'Nouvelle tentative…',
    retryIn: 'Nouvelle tentative dans {seconds}\u00a0s',
    retryInShort: '{seconds}\u00a0s',
    retryAt: 'Nouvelle tentative à {time}',
    attempt: 'Tentative {attempt} sur {max}',
    recovered: 'Tout est rétabli. La nouvelle tentative a réussi.',
    recoveredTitle: 'Tout est rétabli',
    recoveredMessage: 'La nouvelle tentative a réussi.',
    exhausted: {
      one: "Toujours en échec après {max} tentative. Vérifiez l'état du service ou contactez le support.",
      // Millions: « 1 000 000 de tentatives ».
      many: "Toujours en échec après {max} de tentatives. Vérifiez l'état du service ou contactez le support.",
      other:
        "Toujours en échec après {max} tentatives. Vérifiez l'état du service ou contactez le support.",
    },
    waitingForConnection: 'Hors ligne. Nouvelle tentative dès votre retour en ligne.',
    cancelled: 'Nouvelles tentatives automatiques arrêtées.',
    waitSeconds: 'Réessayez après la pause de {seconds}\u00a0s demandée par le service.',
    tryAfter: 'Réessayez à partir de {time}.',
    detailsFromService: 'Détails fournis par le service',
    reasonLabel: 'Motif',
    resolutionLabel: 'Que faire',
    textLabel: 'Réponse',
    showMore: 'Afficher plus',
    showLess: 'Afficher moins',
    operationId: "ID d'opération",
    copy: "Copier l'ID d'opération",
    copied: 'Copié',
    copyFailed: "Sélectionnez l'ID et copiez-le",
    partialFailedOf: '{failed} sur {total} en échec',
    partialFailed: '{failed} en échec',
    partialFailedAtLeast: 'Au moins {failed} en échec',
    partialGroup: '{count} avec le code {status}',
    partialMore: 'Afficher {count} de plus',
    item: 'Élément',
    itemAt: 'Élément {position}',
    nextStep: {
      none: 'Continuer',
      wait: 'Vérifier à nouveau',
      retry: 'Réessayer',
      'fix-input': 'Modifier la requête',
      'sign-in': 'Se connecter',
      'request-access': "Demander l'accès",
      'check-address': 'Retour',
      reload: 'Recharger',
      'review-items': 'Voir les éléments en échec',
      'contact-support': 'Contacter le support',
      'check-connection': 'Réessayer',
    },
  },
};
