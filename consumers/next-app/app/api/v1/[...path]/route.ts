/**
 * Passes the browser's /api/v1/… requests to the CONNECT API (here the simulation the driver
 * starts), as an app's backend-for-frontend would: status, body and Retry-After unchanged.
 * CONNECT_API is read per request, so one build serves any address.
 */
async function proxy(request: Request, { params }: RouteContext<'/api/v1/[...path]'>) {
  const { path } = await params;
  const { search } = new URL(request.url);
  const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.text();
  const upstream = await fetch(`${process.env.CONNECT_API}/api/v1/${path.join('/')}${search}`, {
    method: request.method,
    headers: { 'Content-Type': request.headers.get('Content-Type') ?? 'application/json' },
    body,
    cache: 'no-store',
  });
  const headers = new Headers();
  for (const name of ['Content-Type', 'Retry-After', 'Operation-Id']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('Cache-Control', 'no-store');
  const payload = upstream.status === 204 ? null : await upstream.arrayBuffer();
  return new Response(payload, { status: upstream.status, headers });
}

export { proxy as DELETE, proxy as GET, proxy as POST, proxy as PUT };
