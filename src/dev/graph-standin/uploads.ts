/**
 * Resumable upload sessions, as OneDrive/SharePoint run them: the upload URL
 * is pre-authenticated (a bearer token sent to it is refused), chunks must
 * arrive in order, a GET on the URL tells where to resume.
 */
import { StandinHttpError, type SiteStore } from './store';
import type { RouteResponse } from './routes';

interface Session {
  readonly id: string;
  readonly path: string;
  readonly conflictBehavior: string;
  received: Uint8Array[];
  receivedBytes: number;
  total?: number;
  done: boolean;
}

export class UploadSessions {
  private readonly sessions = new Map<string, Session>();
  private counter = 0;

  constructor(
    private readonly store: SiteStore,
    private readonly uploadOrigin: string,
    private readonly driveItem: (path: string) => Record<string, unknown>,
  ) {}

  create(path: string, conflictBehavior: string): Record<string, unknown> {
    this.counter += 1;
    const id = `session-${this.counter}`;
    this.sessions.set(id, { id, path, conflictBehavior, received: [], receivedBytes: 0, done: false });
    return {
      uploadUrl: `${this.uploadOrigin}/upload/${id}?tempauth=standin`,
      expirationDateTime: new Date(Date.parse(this.store.now()) + 3600_000).toISOString(),
      nextExpectedRanges: ['0-'],
    };
  }

  private find(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) throw new StandinHttpError(404, 'itemNotFound', 'The upload session was not found.');
    return session;
  }

  status(id: string): RouteResponse {
    const session = this.find(id);
    return { status: 200, body: { nextExpectedRanges: session.done ? [] : [`${session.receivedBytes}-`] } };
  }

  chunk(id: string, contentRange: string | null, bytes: Uint8Array): RouteResponse {
    const session = this.find(id);
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(contentRange ?? '');
    if (!match) throw new StandinHttpError(400, 'invalidRange', 'Content-Range is missing or malformed.');
    const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (start !== session.receivedBytes || end - start + 1 !== bytes.length || (session.total !== undefined && session.total !== total)) {
      throw new StandinHttpError(416, 'invalidRange', `The uploaded fragment overlaps or skips data. Expected ${session.receivedBytes}-.`);
    }
    session.total = total;
    session.received.push(bytes);
    session.receivedBytes += bytes.length;
    if (session.receivedBytes < total) {
      return { status: 202, body: { nextExpectedRanges: [`${session.receivedBytes}-`] } };
    }
    const whole = new Uint8Array(total);
    let offset = 0;
    for (const part of session.received) {
      whole.set(part, offset);
      offset += part.length;
    }
    const { created } = this.store.putFile(session.path, whole, session.conflictBehavior);
    session.done = true;
    return { status: created ? 201 : 200, body: this.driveItem(session.path) };
  }
}
