import type { Project } from '../domain/types.js';

export type AuthLevel = 'secret' | 'public' | 'session';

export interface AuthInfo {
  project: Project;
  level: AuthLevel;
  /** Set for `session` auth: the one customer the credential may touch. */
  sessionCustomerId?: string;
}

export type SandboxEnv = { Variables: { auth: AuthInfo } };
