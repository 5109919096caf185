/**
 * Files in the site's document library at deterministic paths, replaced on
 * every upload (a retried upload never makes a second copy). Up to 4 MB in
 * one PUT; above that an upload session whose URL is pre-authenticated, so
 * no token is ever sent to it.
 */
import { encodePathSegment } from '../odata';
import { RegisterFailure, registerErrorSaying, errorForStatus, isTransient, type RegisterError } from '../errors';
import type { RegisterGraph } from './client';

export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** Upload-session fragments must be multiples of 320 KiB. */
export const CHUNK_SIZE = 10 * 320 * 1024;
const MAX_FRAGMENT_FAILURES = 8;

export interface DriveFile {
  readonly webUrl: string;
  readonly size: number;
}

interface GraphDriveItem {
  webUrl: string;
  size?: number;
}

export function drivePath(siteId: string, path: readonly string[]): string {
  return `/sites/${siteId}/drive/root:/${path.map(encodePathSegment).join('/')}`;
}

function blobOf(bytes: Uint8Array): Blob {
  // A Blob travels through the Graph client untouched in browsers and in Node alike.
  return new Blob([bytes.slice().buffer as ArrayBuffer]);
}

export interface UploadOptions {
  readonly chunkSize?: number;
  readonly simpleLimit?: number;
  /** fetch for the upload URL (not a Graph host: no token, no Graph middleware). */
  readonly fetch?: typeof fetch;
}

export async function uploadFile(graph: RegisterGraph, siteId: string, path: readonly string[], bytes: Uint8Array, options: UploadOptions = {}): Promise<DriveFile> {
  const base = drivePath(siteId, path);
  if (bytes.length <= (options.simpleLimit ?? SIMPLE_UPLOAD_LIMIT)) {
    const item = await graph.send<GraphDriveItem>({
      method: 'PUT',
      path: `${base}:/content?@microsoft.graph.conflictBehavior=replace`,
      body: blobOf(bytes),
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    return { webUrl: item.webUrl, size: item.size ?? bytes.length };
  }
  const session = await graph.send<{ uploadUrl: string }>({
    method: 'POST',
    path: `${base}:/createUploadSession`,
    body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
  });
  const uploaded = await uploadInSession(session.uploadUrl, bytes, options);
  if (uploaded !== 'complete') return uploaded;
  // The last fragment landed but its answer was lost: the file is there, read its address.
  const item = await graph.send<GraphDriveItem>({ method: 'GET', path: base });
  return { webUrl: item.webUrl, size: item.size ?? bytes.length };
}

async function uploadInSession(uploadUrl: string, bytes: Uint8Array, options: UploadOptions): Promise<DriveFile | 'complete'> {
  const send = options.fetch ?? ((input: string | URL, init?: RequestInit) => fetch(input, init));
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  let offset = 0;
  let failures = 0;
  /** After a failed fragment: ask the session where to resume (the fragment may or may not have landed). */
  const resume = async (cause: RegisterError): Promise<number | 'complete'> => {
    for (;;) {
      failures += 1;
      if (failures > MAX_FRAGMENT_FAILURES) throw new RegisterFailure(cause);
      let response: Response;
      try {
        response = await send(uploadUrl, { method: 'GET' });
      } catch (dropped: unknown) {
        cause = registerErrorSaying('network', 'network', []);
        continue;
      }
      if (!response.ok) {
        cause = errorForStatus(response.status, await response.text());
        if (isTransient(cause)) continue;
        throw new RegisterFailure(cause);
      }
      const status = (await response.json()) as { nextExpectedRanges?: string[] };
      const next = status.nextExpectedRanges?.[0];
      return next ? Number(next.split('-')[0]) : 'complete';
    }
  };
  while (offset < bytes.length) {
    const end = Math.min(offset + chunkSize, bytes.length);
    let response: Response | undefined;
    try {
      response = await send(uploadUrl, {
        method: 'PUT',
        headers: { 'Content-Range': `bytes ${offset}-${end - 1}/${bytes.length}` },
        body: blobOf(bytes.subarray(offset, end)),
      });
    } catch (dropped: unknown) {
      response = undefined;
    }
    if (response && response.status === 202) {
      offset = end;
      continue;
    }
    if (response && (response.status === 200 || response.status === 201)) {
      const item = (await response.json()) as GraphDriveItem;
      return { webUrl: item.webUrl, size: item.size ?? bytes.length };
    }
    const cause = response ? errorForStatus(response.status, await response.text()) : registerErrorSaying('network', 'network', []);
    if (response && response.status !== 416 && !isTransient(cause)) throw new RegisterFailure(cause);
    const next = await resume(cause);
    if (next === 'complete') return next;
    offset = next;
  }
  throw new RegisterFailure(registerErrorSaying('unexpected', 'unexpected', [0]));
}

/** Creates the library folder if it is missing (provisioning). */
export async function ensureFolder(graph: RegisterGraph, siteId: string, name: string): Promise<boolean> {
  try {
    await graph.send({ method: 'GET', path: drivePath(siteId, [name]) });
    return false;
  } catch (error: unknown) {
    if (!(error instanceof RegisterFailure) || error.error.code !== 'not-found') throw error;
  }
  await graph.send({
    method: 'POST',
    path: `/sites/${siteId}/drive/root/children`,
    body: { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
  });
  return true;
}
