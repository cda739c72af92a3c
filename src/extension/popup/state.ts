/**
 * What the toolbar popup says about the current tab and what it offers, from the tab's address, the
 * site config the worker resolved for it, and whether Ramah has access to the site. Pure: the popup
 * renders the result and the actions module carries it out.
 */
import { normalizeHostPattern, originPattern, type SiteConfig } from '../settings/index.js';

export const POPUP_STATES = ['builtin', 'enabled', 'disabled', 'policy-enabled', 'policy-disabled', 'needs-access', 'unsupported'] as const;
export type PopupState = (typeof POPUP_STATES)[number];

export type PopupAction = 'enable' | 'disable';

/** Why the state is what it is; each is a message in popup/messages.ts. */
export type PopupReason =
  | 'builtin'
  | 'enabledByYou'
  | 'notEnabled'
  | 'disabledByYou'
  | 'offEverywhere'
  | 'policyEnabled'
  | 'policyDisabled'
  | 'optionsLocked'
  | 'needsAccess'
  | 'policyNeedsAccess'
  | 'notWebPage'
  | 'hidden'
  | 'noAnswer';

export interface PopupView {
  state: PopupState;
  reason: PopupReason;
  /** The page's host name, when it is a web page. */
  host?: string;
  /** The buttons, in order. "Enable" asks for `origin` first when there is one. */
  actions: PopupAction[];
  /** The agent cannot change whether Ramah runs here: the admin decides. */
  locked: boolean;
  policyMessage?: string;
  /** The host permission a site that is not built in needs; built-in helpdesks have theirs from install. */
  origin?: string;
  /** Whether enabling or disabling writes the agent's setting for the host (not where policy decides). */
  writesSetting: boolean;
  /**
   * Where Ramah runs: whether the agent pinned it to the browser's side panel here, and the site
   * (host pattern) whose settings keep that choice.
   */
  sidePanel?: { pinned: boolean; site: string };
}

export interface PopupInput {
  /** The tab's address; undefined when the browser does not show it to Ramah. */
  url: string | undefined;
  /** What the worker resolved for the tab's address; null when it did not answer. */
  config: SiteConfig | null;
  /** Whether Ramah holds the host permission for the page's host. */
  hasAccess: boolean;
}

const unsupported = (reason: PopupReason, host?: string): PopupView => ({ state: 'unsupported', reason, host, actions: [], locked: false, writesSetting: false });

export function popupView(input: PopupInput): PopupView {
  const view = siteView(input);
  const running = view.state === 'builtin' || view.state === 'enabled' || view.state === 'policy-enabled';
  if (!running || !input.config || !view.host) return view;
  return { ...view, sidePanel: { pinned: input.config.sidePanel, site: input.config.site ?? view.host } };
}

function siteView({ url, config, hasAccess }: PopupInput): PopupView {
  if (url === undefined) return unsupported('hidden');
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return unsupported('notWebPage');
  }
  if ((page.protocol !== 'https:' && page.protocol !== 'http:') || !normalizeHostPattern(page.hostname)) return unsupported('notWebPage');
  const host = page.hostname;
  if (!config) return unsupported('noAnswer', host);

  const { enabled, builtin } = config;
  const origin = builtin ? undefined : originPattern(host);
  const needsAccess = enabled.value && !builtin && !hasAccess;
  const base = { host, origin, policyMessage: config.policyMessage };

  // The admin decides, for this site or for all of Ramah's settings: at most access can be granted.
  if (enabled.locked || config.optionsLocked) {
    const reason: PopupReason = enabled.locked ? (enabled.value ? 'policyEnabled' : 'policyDisabled') : 'optionsLocked';
    if (needsAccess) return { ...base, state: 'needs-access', reason: 'policyNeedsAccess', actions: ['enable'], locked: true, writesSetting: false };
    return { ...base, state: enabled.value ? 'policy-enabled' : 'policy-disabled', reason, actions: [], locked: true, writesSetting: false };
  }
  // Off everywhere: a site setting cannot turn it back on, only the options can.
  if (!enabled.value && enabled.from === 'user') return { ...base, state: 'disabled', reason: 'offEverywhere', actions: [], locked: false, writesSetting: false };
  if (needsAccess) return { ...base, state: 'needs-access', reason: 'needsAccess', actions: ['enable', 'disable'], locked: false, writesSetting: true };
  if (enabled.value) return { ...base, state: builtin ? 'builtin' : 'enabled', reason: builtin ? 'builtin' : 'enabledByYou', actions: ['disable'], locked: false, writesSetting: true };
  return { ...base, state: 'disabled', reason: enabled.from === 'site' ? 'disabledByYou' : 'notEnabled', actions: ['enable'], locked: false, writesSetting: true };
}
