import type { Messages } from '../messages';

/**
 * Spanish, imported on its own (`react-connect-status/locales/es`) so apps without it do not
 * ship it. Written to the same copy guide as the English, not translated word for word: neutral
 * for Spain and Latin America (formal "usted" imperatives, no "vosotros"), "nosotros" when the
 * service failed, one word per thing ("elemento", "iniciar sesión", "soporte", "ID de operación").
 */
export const es: Messages = {
  locale: 'es',
  states: {
    '200': {
      label: 'OK',
      title: 'Solicitud completada',
      message: 'La solicitud se completó.',
      advice: 'No es necesario hacer nada.',
    },
    '201': {
      label: 'Creado',
      title: 'Creado',
      message: 'Se creó el nuevo elemento.',
      advice: 'No es necesario hacer nada.',
    },
    '202': {
      label: 'En cola',
      title: 'En cola para procesarse',
      message: 'Recibimos la solicitud y todavía estamos trabajando en ella.',
      advice: 'Vuelva a consultar más tarde para ver el resultado.',
    },
    '204': {
      label: 'Listo',
      title: 'Listo',
      message: 'El cambio se aplicó. No hay nada más que mostrar.',
      advice: 'No es necesario hacer nada.',
    },
    '207': {
      label: 'Fallo parcial',
      title: 'Algunos elementos no se procesaron',
      message: 'Parte de la solicitud funcionó, pero algunos elementos fallaron.',
      advice: 'Revise los elementos con error, corríjalos y vuelva a enviarlos.',
    },
    '302': {
      label: 'Ya existe',
      title: 'Ya existe',
      message: 'Ya existe un elemento idéntico, así que no se cambió nada.',
      advice: 'No es necesario hacer nada; puede usar el elemento existente.',
    },
    '400': {
      label: 'Solicitud inválida',
      title: 'No se pudo procesar esta solicitud',
      message:
        'El servicio no pudo aceptar lo que se envió. Enviarlo de nuevo sin cambios no funcionará.',
      advice: 'Revise los detalles del servicio, cambie la solicitud y vuelva a enviarla.',
    },
    '401': {
      label: 'Sesión cerrada',
      title: 'La sesión expiró',
      message: 'No pudimos confirmar su identidad. Las sesiones duran como máximo una hora.',
      advice: 'Inicie sesión de nuevo y vuelva a intentarlo.',
    },
    '403': {
      label: 'Sin acceso',
      title: 'No tiene acceso a este elemento',
      message: 'Su cuenta no tiene el rol que este elemento requiere.',
      advice: 'Solicite acceso a un administrador.',
    },
    '404': {
      label: 'No encontrado',
      title: 'No se encontró este elemento',
      message:
        'Puede que se haya eliminado, o que el ID o el espacio de nombres no sean correctos.',
      advice: 'Revise el ID y el espacio de nombres, o vuelva a elegir el elemento en la lista.',
    },
    '405': {
      label: 'No permitido',
      title: 'Esta acción no está disponible aquí',
      message: 'Este elemento no se puede cambiar de esta forma. Puede que sea de solo lectura.',
      advice: 'Use otra acción, o póngase en contacto con soporte si necesita esta.',
    },
    '408': {
      label: 'Tiempo agotado',
      title: 'La solicitud tardó demasiado',
      message:
        'El servicio dejó de esperar antes de que terminara la solicitud. Suele pasar al leer muchos datos.',
      advice:
        'Pruebe con un intervalo de tiempo más corto o con menos elementos, o vuelva a intentarlo.',
    },
    '409': {
      label: 'Conflicto',
      title: 'Conflicto con un elemento existente',
      message: 'Ya existe un elemento con el mismo ID, pero con otra definición.',
      advice: 'Vuelva a cargar el elemento, compare las dos versiones y decida cuál conservar.',
    },
    '412': {
      label: 'Cambiado por otro',
      title: 'Otra persona cambió este elemento',
      message: 'Se cambió después de que usted lo abriera, así que su cambio no se guardó.',
      advice: 'Vuelva a cargarlo para obtener la versión más reciente y repita su cambio.',
    },
    '429': {
      label: 'Demasiadas solicitudes',
      title: 'Demasiadas solicitudes en este momento',
      message: 'El servicio limita la frecuencia de las solicitudes. Esto se normaliza enseguida.',
      advice: 'Espere un momento y vuelva a intentarlo.',
    },
    '500': {
      label: 'Error del servidor',
      title: 'Algo falló por nuestra parte',
      message: 'El servicio tuvo un problema inesperado. Puede ser temporal.',
      advice: 'Vuelva a intentarlo. Si sigue ocurriendo, envíe el ID de operación a soporte.',
    },
    '502': {
      label: 'Error de pasarela',
      title: 'Respuesta no válida del servicio',
      message: 'Un servidor intermedio recibió una respuesta que no pudo usar. Suele durar poco.',
      advice: 'Vuelva a intentarlo en un momento.',
    },
    '503': {
      label: 'No disponible',
      title: 'Servicio no disponible temporalmente',
      message: 'El servicio está ocupado o en mantenimiento. Suele ser temporal.',
      advice: 'Espere un momento y vuelva a intentarlo.',
    },
    '504': {
      label: 'Sin respuesta',
      title: 'El servicio no respondió a tiempo',
      message: 'Un servidor intermedio dejó de esperar la respuesta del servicio.',
      advice: 'Vuelva a intentarlo en un momento.',
    },
    offline: {
      label: 'Sin conexión',
      title: 'No se pudo conectar con el servicio',
      message:
        'No llegó ninguna respuesta. Puede que su dispositivo no tenga conexión o que la red bloquee el servicio.',
      advice: 'Revise su conexión y vuelva a intentarlo.',
    },
    timeout: {
      label: 'Tardó demasiado',
      title: 'Dejamos de esperar la respuesta',
      message:
        'La solicitud tardó más de lo que permite esta aplicación, así que dejamos de esperar.',
      advice: 'Vuelva a intentarlo o pida menos datos a la vez.',
    },
    aborted: {
      label: 'Cancelado',
      title: 'Solicitud cancelada',
      message: 'La solicitud se detuvo antes de terminar.',
      advice: 'Vuelva a ejecutarla si todavía la necesita.',
    },
    '1xx': {
      label: 'En curso',
      title: 'Todavía en curso',
      message: 'El servicio todavía está procesando la solicitud.',
      advice: 'Espere a que termine.',
    },
    '2xx': {
      label: 'Correcto',
      title: 'Solicitud realizada con éxito',
      message: 'El servicio aceptó la solicitud.',
      advice: 'No es necesario hacer nada.',
    },
    '3xx': {
      label: 'Movido',
      title: 'Encontrado en otra ubicación',
      message: 'El servicio indicó otra ubicación para este elemento.',
      advice: 'Actualice la vista para ir allí, o vuelva a abrir el elemento.',
    },
    '4xx': {
      label: 'Error de solicitud',
      title: 'El servicio no pudo aceptar la solicitud',
      message: 'Hay que cambiar algo de la solicitud para que funcione.',
      advice: 'Revise los detalles del servicio, o envíe el ID de operación a soporte.',
    },
    '5xx': {
      label: 'Error del servicio',
      title: 'El servicio tuvo un problema',
      message: 'Algo falló en el servicio. Puede ser temporal.',
      advice: 'Vuelva a intentarlo en un momento.',
    },
    unknown: {
      label: 'Desconocido',
      title: 'Algo salió mal',
      message: 'No pudimos saber qué pasó con esta solicitud.',
      advice: 'Vuelva a intentarlo. Si sigue ocurriendo, póngase en contacto con soporte.',
    },
  },
  ui: {
    severity: { success: 'Éxito', info: 'Información', warning: 'Advertencia', error: 'Error' },
    code: 'Código {code}',
    retry: 'Reintentar',
    retryNow: 'Reintentar ahora',
    cancel: 'Cancelar',
    dismiss: 'Cerrar',
    retrying: 'Reintentando…',
    retryIn: 'Nuevo intento en {seconds} s',
    retryInShort: '{seconds} s',
    retryAt: 'Nuevo intento: {time}',
    attempt: 'Intento {attempt} de {max}',
    recovered: 'Todo vuelve a funcionar. El nuevo intento salió bien.',
    recoveredTitle: 'Todo vuelve a funcionar',
    recoveredMessage: 'El nuevo intento salió bien.',
    exhausted: {
      one: 'Sigue sin funcionar tras {max} intento. Revise el estado del servicio o póngase en contacto con soporte.',
      // Millions: «1 000 000 de intentos».
      many: 'Sigue sin funcionar tras {max} de intentos. Revise el estado del servicio o póngase en contacto con soporte.',
      other:
        'Sigue sin funcionar tras {max} intentos. Revise el estado del servicio o póngase en contacto con soporte.',
    },
    waitingForConnection: 'Sin conexión. Nuevo intento cuando vuelva la conexión.',
    cancelled: 'Reintentos automáticos detenidos.',
    waitSeconds: 'Vuelva a intentarlo después de la pausa de {seconds} s que pidió el servicio.',
    tryAfter: 'Vuelva a intentarlo a partir de esta hora: {time}.',
    detailsFromService: 'Detalles del servicio',
    reasonLabel: 'Motivo',
    resolutionLabel: 'Qué hacer',
    textLabel: 'Respuesta',
    showMore: 'Mostrar más',
    showLess: 'Mostrar menos',
    operationId: 'ID de operación',
    copy: 'Copiar ID de operación',
    copied: 'Copiado',
    copyFailed: 'Seleccione el ID y cópielo',
    partialFailedOf: 'Con error: {failed} de {total}',
    partialFailed: 'Con error: {failed}',
    partialFailedAtLeast: 'Con error: al menos {failed}',
    partialGroup: '{count} con código {status}',
    partialMore: 'Mostrar {count} más',
    item: 'Elemento',
    itemAt: 'Elemento {position}',
    nextStep: {
      none: 'Continuar',
      wait: 'Volver a consultar',
      retry: 'Reintentar',
      'fix-input': 'Cambiar la solicitud',
      'sign-in': 'Iniciar sesión',
      'request-access': 'Solicitar acceso',
      'check-address': 'Volver',
      reload: 'Volver a cargar',
      'review-items': 'Revisar elementos con error',
      'contact-support': 'Contactar con soporte',
      'check-connection': 'Reintentar',
    },
  },
};
