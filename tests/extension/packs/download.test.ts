import { describe, expect, test } from 'vitest';
import { downloadPack } from '../../../src/extension/packs/download.js';
import { fakeFetch } from './helpers.js';

const URL_ = 'https://packs.example.com/acme.json';

/** A body sent in chunks with no Content-Length, as a chunked or streamed answer is. */
function streamed(chunks: number, chunkSize: number): Response {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkSize).fill(0x20));
    },
  });
  return new Response(stream, { status: 200 });
}

describe('downloading a pack', () => {
  test('asks without cookies, without the HTTP cache, without a referrer, with a timeout', async () => {
    const fetch = fakeFetch({ [URL_]: new Response('{}', { headers: { ETag: '"v1"', 'Last-Modified': 'Mon, 01 Dec 2025 08:00:00 GMT' } }) });
    const result = await downloadPack(URL_, {}, { fetch });
    expect(result).toEqual({ status: 'modified', text: '{}', etag: '"v1"', lastModified: 'Mon, 01 Dec 2025 08:00:00 GMT' });
    const [request] = fetch.requests;
    expect(request!.init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' });
    expect(request!.init.signal).toBeInstanceOf(AbortSignal);
    // A first download is not conditional.
    expect(request!.headers).toEqual({});
  });

  test('sends the stored validators as a conditional request, and a 304 says not modified', async () => {
    const fetch = fakeFetch({ [URL_]: new Response(null, { status: 304, headers: { ETag: '"v1"' } }) });
    const result = await downloadPack(URL_, { etag: '"v1"', lastModified: 'Mon, 01 Dec 2025 08:00:00 GMT' }, { fetch });
    expect(result).toEqual({ status: 'not-modified', etag: '"v1"' });
    expect(fetch.requests[0]!.headers).toEqual({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 01 Dec 2025 08:00:00 GMT' });
  });

  test('an HTTP error fails with its status', async () => {
    const fetch = fakeFetch({ [URL_]: new Response('gone', { status: 404, statusText: 'Not Found' }) });
    expect(await downloadPack(URL_, {}, { fetch })).toEqual({ status: 'failed', message: 'the server answered HTTP 404 Not Found' });
  });

  test('a network error (or a server that does not allow CORS) fails and says why it may be', async () => {
    const result = await downloadPack(URL_, {}, { fetch: fakeFetch() });
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/^not reachable \(Failed to fetch\).*CORS/) });
  });

  test('a server that does not answer in time fails with the timeout', async () => {
    const fetch = fakeFetch({
      [URL_]: (request) =>
        new Promise<Response>((_resolve, reject) => request.init.signal!.addEventListener('abort', () => reject(request.init.signal!.reason))),
    });
    const started = Date.now();
    expect(await downloadPack(URL_, {}, { fetch, timeoutMs: 50 })).toEqual({ status: 'failed', message: 'no complete answer within 50 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('the timeout covers the body too: a server that stalls mid-file fails', async () => {
    const fetch = fakeFetch({
      [URL_]: (request) => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"id":'));
            request.init.signal!.addEventListener('abort', () => controller.error(request.init.signal!.reason));
          },
        });
        return new Response(stream);
      },
    });
    expect(await downloadPack(URL_, {}, { fetch, timeoutMs: 100 })).toEqual({ status: 'failed', message: 'no complete answer within 100 ms' });
  });

  test('a file larger than the cap fails, by its Content-Length', async () => {
    const fetch = fakeFetch({ [URL_]: new Response('x'.repeat(10), { headers: { 'Content-Length': '2000000' } }) });
    expect(await downloadPack(URL_, {}, { fetch })).toEqual({ status: 'failed', message: 'the file is larger than 1 MB' });
  });

  test('a file larger than the cap fails also without Content-Length, without reading it all', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const fetch = fakeFetch({ [URL_]: () => new Response(stream) });
    expect(await downloadPack(URL_, {}, { fetch })).toEqual({ status: 'failed', message: 'the file is larger than 1 MB' });
    expect(pulled).toBeLessThan(20);
    // Just under the cap is fine.
    const under = fakeFetch({ [URL_]: () => streamed(10, 1000) });
    expect(await downloadPack(URL_, {}, { fetch: under, maxBytes: 10_000 })).toMatchObject({ status: 'modified' });
    const over = fakeFetch({ [URL_]: () => streamed(11, 1000) });
    expect(await downloadPack(URL_, {}, { fetch: over, maxBytes: 10_000 })).toEqual({ status: 'failed', message: 'the file is larger than 10000 bytes' });
  });

  test('only https: a plain http address is not asked, a redirect to http is refused', async () => {
    const fetch = fakeFetch();
    expect(await downloadPack('http://packs.example.com/acme.json', {}, { fetch })).toEqual({ status: 'failed', message: 'http://packs.example.com/acme.json is not an https address' });
    expect(fetch.requests).toHaveLength(0);
    const redirected = new Response('{}');
    Object.defineProperty(redirected, 'url', { value: 'http://evil.example.com/acme.json' });
    expect(await downloadPack(URL_, {}, { fetch: fakeFetch({ [URL_]: () => redirected }) })).toEqual({
      status: 'failed',
      message: 'the server sent Ramah to http://evil.example.com/acme.json, which is not https',
    });
  });

  test('a file that is not UTF-8 fails', async () => {
    const fetch = fakeFetch({ [URL_]: new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])) });
    expect(await downloadPack(URL_, {}, { fetch })).toEqual({ status: 'failed', message: 'the file is not UTF-8 text' });
  });

  test('a UTF-8 byte order mark is dropped', async () => {
    const fetch = fakeFetch({ [URL_]: new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) });
    expect(await downloadPack(URL_, {}, { fetch })).toMatchObject({ status: 'modified', text: '{}' });
  });
});
