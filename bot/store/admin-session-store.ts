/**
 * Where admin sessions are kept: in the store, so a sign-in on one instance holds on every other
 * one and across restarts. Only a hash of each session id is kept, never the id itself.
 */
export interface AdminSessionStore {
  /** Keeps a session until `expiresAt`; sessions that ended before `now` are deleted on the way. */
  startAdminSession(idHash: string, expiresAt: Date, now: Date): Promise<void>;
  /** Whether a session with this id hash exists and has not ended at `now`. */
  isAdminSessionLive(idHash: string, now: Date): Promise<boolean>;
  endAdminSession(idHash: string): Promise<void>;
}
