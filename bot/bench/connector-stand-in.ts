/**
 * The Bot Framework connector's side of a conversation, for the HTTP benchmark: accepts every
 * reply the bot posts (`/v3/conversations/{id}/activities/{replyToId}`) and counts them. It runs
 * in its own process so the bot under load does not share its event loop with its replies.
 * Prints one JSON line with its port; GET /count answers how many replies arrived.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';

let replies = 0;
const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/count') {
    response.end(JSON.stringify({ replies }));
    return;
  }
  request.resume();
  request.on('end', () => {
    if (request.method === 'POST' && request.url?.startsWith('/v3/conversations/')) replies++;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: `reply-${replies}` }));
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })));
