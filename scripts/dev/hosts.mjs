// Which requests the local servers of `npm run dev` / `npm run cms` answer. They listen on 127.0.0.1,
// but a web page whose own name the attacker points at 127.0.0.1 (DNS rebinding) reaches them too,
// and the browser sends that page's name in Host: only this machine's names are answered, with the
// server's own port (as Vite and webpack-dev-server do since CVE-2025-24010 / CVE-2025-30359).

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** Whether `host` (a Host header) names this machine on `port`: 127.0.0.1, localhost or [::1], with that port. */
export function isLoopbackHost(host, port, extra = []) {
  if (typeof host !== 'string') return false;
  const names = [...LOOPBACK, ...extra];
  return names.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** Whether `origin` (an Origin header) is absent or a page of this machine (any port: the dev server's page calls the CMS backend). */
export function isLoopbackOrigin(origin, extra = []) {
  if (origin === undefined) return true;
  if (typeof origin !== 'string') return false;
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && [...LOOPBACK, ...extra].includes(url.hostname);
}

/** The Host refusal, with a body that says why (a person who typed another name sees it). */
export function refuseHost(res) {
  res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden: this local server answers 127.0.0.1, localhost and [::1] only.\n');
}
