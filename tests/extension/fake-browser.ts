/**
 * An in-memory stand-in for the parts of webextension-polyfill that the settings and the options
 * page use, for unit tests (the real polyfill throws outside an extension); see `fake` below.
 */
import { vi } from 'vitest';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: Changes, area: string) => void;

export interface FakeBrowser {
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    managed: { get(keys?: null): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
  permissions: {
    request: ReturnType<typeof vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>>;
    contains: ReturnType<typeof vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>>;
    remove: ReturnType<typeof vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>>;
  };
  runtime: { id: string; sendMessage: ReturnType<typeof vi.fn<(message: unknown) => Promise<unknown>>> };
  i18n: { getUILanguage(): string };
}

export interface FakeBrowserControl {
  browser: FakeBrowser;
  /** What storage.local holds, to read and to seed (seeding does not fire onChanged). */
  local: Map<string, unknown>;
  /** The policy, as storage.managed answers it. */
  managed: Record<string, unknown>;
  uiLanguage: string;
  /** Makes the next storage.local.get reject. */
  failNextRead(error: Error): void;
  /** Writes as another tab would: storage changes and onChanged fires. */
  writeFromElsewhere(items: Record<string, unknown>): Promise<void>;
  /** Changes the policy and fires onChanged for the managed area. */
  setPolicy(managed: Record<string, unknown>): void;
  reset(): void;
}

export function createFakeBrowser(): FakeBrowserControl {
  const listeners = new Set<ChangeListener>();
  let failure: Error | undefined;
  const control: FakeBrowserControl = {
    local: new Map(),
    managed: {},
    uiLanguage: 'en-US',
    failNextRead(error) {
      failure = error;
    },
    async writeFromElsewhere(items) {
      await control.browser.storage.local.set(items);
    },
    setPolicy(managed) {
      control.managed = managed;
      for (const listener of [...listeners]) listener({}, 'managed');
    },
    reset() {
      control.local.clear();
      control.managed = {};
      control.uiLanguage = 'en-US';
      failure = undefined;
      listeners.clear();
      control.browser.permissions.request.mockReset().mockResolvedValue(true);
      control.browser.permissions.contains.mockReset().mockResolvedValue(true);
      control.browser.permissions.remove.mockReset().mockResolvedValue(true);
      control.browser.runtime.sendMessage.mockReset().mockResolvedValue({ packs: [] });
    },
    browser: {
      storage: {
        local: {
          async get(keys) {
            if (failure) {
              const error = failure;
              failure = undefined;
              throw error;
            }
            const names = keys === null || keys === undefined ? [...control.local.keys()] : typeof keys === 'string' ? [keys] : keys;
            const result: Record<string, unknown> = {};
            for (const name of names) if (control.local.has(name)) result[name] = structuredClone(control.local.get(name));
            return result;
          },
          async set(items) {
            const changes: Changes = {};
            for (const [key, value] of Object.entries(items)) {
              changes[key] = { oldValue: control.local.get(key), newValue: structuredClone(value) };
              control.local.set(key, structuredClone(value));
            }
            for (const listener of [...listeners]) listener(changes, 'local');
          },
          async remove(keys) {
            const changes: Changes = {};
            for (const key of typeof keys === 'string' ? [keys] : keys) {
              if (!control.local.has(key)) continue;
              changes[key] = { oldValue: control.local.get(key) };
              control.local.delete(key);
            }
            if (Object.keys(changes).length > 0) for (const listener of [...listeners]) listener(changes, 'local');
          },
        },
        managed: {
          async get() {
            return structuredClone(control.managed);
          },
        },
        onChanged: {
          addListener: (listener) => void listeners.add(listener),
          removeListener: (listener) => void listeners.delete(listener),
        },
      },
      permissions: {
        request: vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>().mockResolvedValue(true),
        contains: vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>().mockResolvedValue(true),
        remove: vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>().mockResolvedValue(true),
      },
      runtime: { id: 'ramah-test', sendMessage: vi.fn<(message: unknown) => Promise<unknown>>().mockResolvedValue({ packs: [] }) },
      i18n: { getUILanguage: () => control.uiLanguage },
    },
  };
  return control;
}

/**
 * The one fake that a test file's mock and its test share:
 * `vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }))`.
 */
export const fake = createFakeBrowser();
