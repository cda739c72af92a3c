/**
 * Installed packs as `storage.local` keeps them. The pack's JSON is stored as it was validated, and
 * is the last good version: a refresh that fails or is refused leaves it in place and records why.
 */
import type { PackError } from '../../engine/packs/schema.js';

export type PackSource =
  /** Chosen from a file on the options page. */
  | { type: 'file'; name: string }
  /** Fetched from an https URL the agent entered; refreshed on schedule. */
  | { type: 'url'; url: string }
  /** Fetched from an https URL in the admin's policy; it cannot be removed or turned off. */
  | { type: 'policy'; url: string }
  /** The agent's own phrases, saved from the sidebar. */
  | { type: 'personal' };

export interface PackProblem {
  /** When it happened, in milliseconds since the epoch. */
  at: number;
  /** One line for the list: "HTTP 404", "2 errors in the pack", "not reachable". */
  message: string;
  /** The places in the file, when the pack was refused. */
  errors: PackError[];
}

export interface InstalledPack {
  /** The pack's own id, unique among installed packs. */
  id: string;
  name: string;
  version: string;
  languages: string[];
  source: PackSource;
  enabled: boolean;
  /** The validated pack, as JSON. */
  json: unknown;
  installedAt: number;
  /** When the stored version was last replaced by a newer good one. */
  updatedAt: number;
  /** When its URL was last asked, successfully or not. */
  checkedAt?: number;
  etag?: string;
  lastModified?: string;
  /** The last refresh's problem; cleared by the next good one. */
  problem?: PackProblem;
}

/** A pack URL of the admin's policy that could not be installed yet: there is no last good version to keep. */
export interface PolicyPackProblem {
  url: string;
  problem: PackProblem;
}

/** The key of the ordered list of installed packs in `storage.local`. */
export const PACKS_KEY = 'packs';

/** The key of the policy pack URLs that failed to install, in `storage.local`. */
export const POLICY_PACK_PROBLEMS_KEY = 'policyPackProblems';

/** The id of the agent's own pack, made from phrases saved in the sidebar. */
export const PERSONAL_PACK_ID = 'personal';
