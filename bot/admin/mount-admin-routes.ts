/**
 * The admin page's routes on the bot's own restify server, mounted only when ADMIN_TOKEN is
 * set: `/admin` (the sign-in form, or the page), `/admin/sign-in`, `/admin/sign-out`,
 * `/admin/check` and the JSON behind each panel under `/admin/data/`. Everything but the
 * sign-in form needs the session cookie (HttpOnly, SameSite=Strict, so no other site can post
 * here in an admin's name). Pages fetch nothing: styles are inline and the CSP says so.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import { Engine, verdictMatrix } from '../engine';
import type { EngineOptions } from '../engine';
import { Logger } from '../logging/create-logger';
import { AdminQueries } from '../store/admin-queries';
import { AdminSessionStore } from '../store/admin-session-store';
import { RateCounter } from '../store/rate-counter';
import { AdminSessions, SESSION_COOKIE, SESSION_SECONDS } from './admin-sessions';
import { helpfulPerWeek } from './answer-stats';
import { DocumentCheck, DocumentNameError, checkDocument, checkFileName } from './check-document';
import { groupQuestions } from './group-questions';
import { knowledgeHealth, reviewList } from './knowledge-health';
import { adminPage, signInPage } from './render-admin-page';
import { renderHelpfulChart, renderTickets, renderUnanswered } from './render-activity';
import { renderCheckForm, renderCheckResult } from './render-check';
import { renderHealth, renderReview } from './render-knowledge';
import { renderMatrix } from './render-matrix';
import { html } from './html';

export interface AdminDeps {
  token: string;
  reviewAgeMonths: number;
  knowledgeDir: string;
  /** The bot's knowledge size limits, for the document check. */
  limits?: EngineOptions['limits'];
  engine: () => Engine | undefined;
  queries: AdminQueries;
  /** The bot's store: sessions are kept and wrong tokens counted there, for every instance. */
  store: AdminSessionStore & RateCounter;
  logger: Logger;
  now?: () => Date;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
/** The panels' data, as JSON, for scripts and tests. */
const DATA_PANELS = ['matrix', 'health', 'review', 'unanswered', 'feedback'] as const;
type DataPanel = (typeof DATA_PANELS)[number];

interface UploadedFile {
  path: string;
  name?: string;
  size: number;
}

export function mountAdminRoutes(server: restify.Server, deps: AdminDeps): void {
  const sessions = new AdminSessions({ token: deps.token, store: deps.store });
  const now = deps.now ?? (() => new Date());
  // One check at a time: each builds an index, and the bot's turns come first.
  let checking: Promise<unknown> = Promise.resolve();

  const sendHtml = (res: restify.Response, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
  const signedIn = (req: restify.Request) => sessions.isSignedIn(cookieOf(req, SESSION_COOKIE));
  const notReady = (res: restify.Response) => sendHtml(res, 503, signInPageless('The knowledge is still loading; reload in a moment.'), { 'Retry-After': '5' });

  async function panelData(panel: DataPanel, engine: Engine): Promise<unknown> {
    const { knowledge } = engine;
    switch (panel) {
      case 'matrix':
        return verdictMatrix(knowledge.glossary, knowledge.documents);
      case 'health':
        return knowledgeHealth(knowledge, now(), deps.reviewAgeMonths);
      case 'review':
        return reviewList(knowledge, now(), deps.reviewAgeMonths);
      case 'unanswered':
        return groupQuestions(await deps.queries.questionsToImprove());
      case 'feedback':
        return { weeks: helpfulPerWeek(await deps.queries.votes()), tickets: await deps.queries.ticketCounts() };
    }
  }

  async function renderPage(engine: Engine, check?: DocumentCheck, checkError?: string): Promise<string> {
    const { knowledge } = engine;
    const [groups, votes, tickets] = await Promise.all([deps.queries.questionsToImprove(), deps.queries.votes(), deps.queries.ticketCounts()]);
    return adminPage({
      knowledgeVersion: `${engine.version.hash}, ${engine.version.documents} documents`,
      matrix: renderMatrix(verdictMatrix(knowledge.glossary, knowledge.documents)),
      health: renderHealth(knowledgeHealth(knowledge, now(), deps.reviewAgeMonths), deps.reviewAgeMonths),
      review: renderReview(reviewList(knowledge, now(), deps.reviewAgeMonths)),
      check: html`${renderCheckForm(folderFiles(engine), checkError)}${check ? renderCheckResult(check) : ''}`,
      unanswered: renderUnanswered(groupQuestions(groups)),
      feedback: renderHelpfulChart(helpfulPerWeek(votes)),
      tickets: renderTickets(tickets),
    });
  }

  server.get('/admin', async (req: restify.Request, res: restify.Response) => {
    const engine = deps.engine();
    if (!(await signedIn(req))) sendHtml(res, 200, signInPage());
    else if (!engine) notReady(res);
    else sendHtml(res, 200, await renderPage(engine));
  });

  server.post('/admin/sign-in', async (req: restify.Request, res: restify.Response) => {
    const token = typeof req.body?.token === 'string' ? req.body.token : '';
    const result = await sessions.signIn(token, req.socket.remoteAddress ?? 'unknown');
    if (result.ok) {
      deps.logger.info('admin signed in');
      const secure = req.headers['x-forwarded-proto'] === 'https' || 'encrypted' in req.socket ? '; Secure' : '';
      res.writeHead(303, { ...SECURITY_HEADERS, Location: '/admin', 'Set-Cookie': `${SESSION_COOKIE}=${result.sessionId}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure}` });
      res.end();
      return;
    }
    // The address is not logged: it can identify a person.
    deps.logger.warn({ reason: result.reason }, 'admin sign-in refused');
    if (result.reason === 'rate_limited') sendHtml(res, 429, signInPage('Too many wrong tokens; try again in 15 minutes.'), { 'Retry-After': '900' });
    else sendHtml(res, 401, signInPage('Wrong token.'));
  });

  server.post('/admin/sign-out', async (req: restify.Request, res: restify.Response) => {
    await sessions.signOut(cookieOf(req, SESSION_COOKIE));
    res.writeHead(303, { ...SECURITY_HEADERS, Location: '/admin', 'Set-Cookie': `${SESSION_COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0` });
    res.end();
  });

  server.get('/admin/data/:panel', async (req: restify.Request, res: restify.Response) => {
    const panel = DATA_PANELS.find((p) => p === req.params.panel);
    const engine = deps.engine();
    res.header('Cache-Control', 'no-store');
    if (!(await signedIn(req))) res.send(401, { error: 'Unauthorized', message: 'Sign in at /admin first.' });
    else if (!panel) res.send(404, { error: 'NotFound', message: `No panel '${String(req.params.panel)}'; there are ${DATA_PANELS.join(', ')}.` });
    else if (!engine) res.send(503, { error: 'Starting', message: 'The knowledge is still loading.' });
    else res.send(200, await panelData(panel, engine));
  });

  server.post('/admin/check', async (req: restify.Request, res: restify.Response) => {
    const uploads = Object.values((req as restify.Request & { files?: Record<string, UploadedFile> }).files ?? {});
    try {
      const engine = deps.engine();
      if (!(await signedIn(req))) {
        sendHtml(res, 401, signInPage('Sign in first.'));
        return;
      }
      if (!engine) {
        notReady(res);
        return;
      }
      let candidate: { name: string; markdown: string } | undefined;
      let error: string | undefined;
      try {
        candidate = await readCandidate(req.body ?? {}, uploads, deps.knowledgeDir, folderFiles(engine));
      } catch (problem) {
        if (!(problem instanceof DocumentNameError)) throw problem;
        error = problem.message;
      }
      const run = candidate ? checking.then(() => checkDocument(candidate.name, candidate.markdown, { knowledgeDir: deps.knowledgeDir, limits: deps.limits, served: engine })) : undefined;
      checking = (run ?? checking).catch(() => undefined);
      const check = run ? await run : undefined;
      sendHtml(res, error ? 400 : 200, await renderPage(engine, check, error));
    } finally {
      await Promise.all(uploads.map((u) => fs.rm(u.path, { force: true })));
    }
  });
}

/** The top-level Markdown files of the folder the engine serves (what a check may pick). */
function folderFiles(engine: Engine): string[] {
  const paths = new Set([...engine.knowledge.documents.map((d) => d.path), ...engine.knowledge.problems.map((p) => p.path)]);
  return [...paths].filter((p) => /^[^/]+\.md$/.test(p)).sort();
}

async function readCandidate(fields: Record<string, unknown>, uploads: UploadedFile[], knowledgeDir: string, files: string[]): Promise<{ name: string; markdown: string }> {
  const upload = uploads.find((u) => u.size > 0);
  if (upload) return { name: checkFileName(path.basename(upload.name ?? '')), markdown: await fs.readFile(upload.path, 'utf8') };
  const text = typeof fields.markdown === 'string' ? fields.markdown : '';
  // A form sends a textarea's lines with CRLF whatever was pasted; an uploaded file keeps its own bytes.
  if (text.trim()) return { name: checkFileName(typeof fields.name === 'string' ? fields.name : ''), markdown: text.replace(/\r\n/g, '\n') };
  const existing = typeof fields.existing === 'string' ? fields.existing : '';
  if (existing && files.includes(existing)) return { name: existing, markdown: await fs.readFile(path.join(knowledgeDir, existing), 'utf8') };
  throw new DocumentNameError('Upload a file, paste Markdown or choose a file from the folder.');
}

function cookieOf(req: restify.Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function signInPageless(message: string): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Molnkoll admin</title></head><body><p>${message}</p></body></html>`.value;
}
