/**
 * The flags every Chromium that Ramah's tests and benchmarks start shares: no background traffic, no sync, and a
 * host resolver that sends the named hosts to this machine and makes every other host fail, so that the browser
 * never reaches the network.
 */
export interface QuietChromiumOptions {
  /** The unpacked extension to load, if any. */
  extensionDir?: string;
  /** Host names that resolve to 127.0.0.1, to serve a local page under a helpdesk's name. */
  localHosts?: readonly string[];
  /** Where Chromium writes its NetLog: every request and host lookup of every context, with the bytes sent. */
  netLog?: string;
}

export function quietChromiumArgs({ extensionDir, localHosts = [], netLog }: QuietChromiumOptions = {}): string[] {
  const hostRules = [...localHosts.map((host) => `MAP ${host} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'];
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
    '--no-sandbox',
    `--host-resolver-rules=${hostRules.join(', ')}`,
    // Local helpdesk pages use a self-signed certificate made at test time.
    ...(localHosts.length > 0 ? ['--ignore-certificate-errors'] : []),
    // "Everything" adds the bytes written to each socket, decrypted, so a test can look for text in them.
    ...(netLog ? [`--log-net-log=${netLog}`, '--net-log-capture-mode=Everything'] : []),
  ];
}
